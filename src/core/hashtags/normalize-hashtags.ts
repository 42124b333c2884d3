/** "#Tag", "tag" and "＃tag" all become "#Tag"/"#tag"; duplicates (ignoring case) are dropped, order kept. */
export function normalizeHashtags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = `#${raw.trim().replace(/^[#＃]+/, '')}`;
    const key = tag.toLocaleLowerCase();
    if (tag === '#' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
