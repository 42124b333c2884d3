import type { Me, WorkspaceOfMe } from '../api/types.ts';

const KEY = 'canopy.workspace';

export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Storage blocked: the first workspace is used next time instead.
  }
}

/** The workspace this person used last on this browser, else their first one. */
export function lastWorkspace(me: Me): WorkspaceOfMe | undefined {
  let id: string | null = null;
  try {
    id = localStorage.getItem(KEY);
  } catch {
    id = null;
  }
  return me.workspaces.find((w) => w.id === id) ?? me.workspaces[0];
}
