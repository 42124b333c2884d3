export interface TimeZoneOption {
  value: string;
  label: string;
}

let cached: TimeZoneOption[] | null = null;

function offsetOf(zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** Every IANA zone the browser knows, labelled with its current UTC offset. */
export function timeZoneOptions(): TimeZoneOption[] {
  if (cached) return cached;
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  cached = [...zones].sort().map((zone) => {
    const offset = offsetOf(zone);
    return { value: zone, label: offset ? `${zone.replaceAll('_', ' ')} (${offset})` : zone.replaceAll('_', ' ') };
  });
  return cached;
}

/** This browser's zone when it is one the list offers, else UTC. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZoneOptions().some((o) => o.value === zone) ? zone : 'UTC';
}
