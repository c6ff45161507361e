/**
 * Reads the blockers of a Next_Steps.md-style file: the bullets of its "Risks/Notes" section
 * (heading "Risks/Notes", "Risks / Notes" or "Risks and Notes", any level), checked items excluded.
 */
export function parseRisksNotes(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex(l =>
    /^#{1,6}\s+risks\s*(\/|and|&)\s*notes\b/i.test(l.trim()),
  );
  if (start < 0) return [];
  const level = lines[start].trim().match(/^#+/)![0].length;
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const heading = line.trim().match(/^(#+)\s/);
    if (heading && heading[1].length <= level) break;
    const bullet = line.match(/^\s{0,3}[-*+]\s+(\[( |x|X)\]\s+)?(.+)$/);
    if (bullet && !/x/i.test(bullet[2] ?? '')) {
      items.push(bullet[3].trim());
    }
  }
  return items;
}
