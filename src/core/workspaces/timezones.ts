const zones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** True for an IANA zone name this runtime knows, e.g. "Europe/Athens". */
export function isTimeZone(value: string): boolean {
  return zones.has(value);
}
