/** Where a person's chosen display zone is kept: per person, so a shared computer keeps each one's. */
const keyFor = (userId: string) => `canopy.calendar.zone.${userId}`;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone this person chose to read the calendar in, or the workspace's zone. */
export function readDisplayZone(storage: Pick<Storage, 'getItem'>, userId: string, workspaceZone: string): string {
  let stored: string | null = null;
  try {
    stored = storage.getItem(keyFor(userId));
  } catch {
    // Storage may be blocked: the workspace's zone will do.
  }
  return stored && isTimeZone(stored) ? stored : workspaceZone;
}

/** Remembers the choice; choosing the workspace's own zone forgets it, so it follows that zone. */
export function rememberDisplayZone(storage: Pick<Storage, 'setItem' | 'removeItem'>, userId: string, zone: string, workspaceZone: string): void {
  try {
    if (zone === workspaceZone) storage.removeItem(keyFor(userId));
    else storage.setItem(keyFor(userId), zone);
  } catch {
    // Not remembered across visits; the choice still applies now.
  }
}
