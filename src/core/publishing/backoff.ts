/** Exponential backoff with full jitter: 30 s, 1, 2, 4… minutes, at most an hour, randomised to spread retries. */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
