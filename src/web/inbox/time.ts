// How long ago something arrived and how long an answer took, in the reader's language: Intl says
// the units and their plurals, so no locale file has to.

const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** "5 min. ago", "yesterday", "3 wk. ago": the largest unit that fits, rounded. */
export function relativeTime(iso: string, now: number, tag: string): string {
  const format = new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style: 'short' });
  let value = (new Date(iso).getTime() - now) / 1000;
  // A few seconds either way (clocks differ a little) is "now".
  if (Math.abs(value) < 45) return format.format(0, 'second');
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

const durationUnits: Array<[string, number]> = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "1 hour, 5 minutes": the two largest units of a duration, as the language says them. */
export function durationText(seconds: number, tag: string): string {
  const unitText = (unit: string, count: number) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  let rest = Math.max(0, Math.round(seconds));
  const counts = durationUnits.map(([unit, size]) => {
    const count = Math.floor(rest / size);
    rest -= count * size;
    return [unit, count] as const;
  });
  const first = counts.findIndex(([, count]) => count > 0);
  if (first === -1) return unitText('second', 0);
  const parts = counts.slice(first, first + 2).filter(([, count]) => count > 0).map(([unit, count]) => unitText(unit, count));
  return new Intl.ListFormat(tag, { type: 'unit', style: 'short' }).format(parts);
}
