export type SourceSpan = { id: string; start: number; end: number };
export type SourceSegment = { text: string; start: number; spanIds: string[] };

/**
 * Cuts a readout into plain and highlighted segments. Several pledges often quote the same sentence,
 * and quotes may overlap; overlapping spans are merged into one highlight that lists them all.
 */
export function segmentSource(text: string, spans: SourceSpan[]): SourceSegment[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: { start: number; end: number; ids: string[] }[] = [];
  for (const span of valid) {
    const last = groups.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.ids.push(span.id);
    } else {
      groups.push({ start: span.start, end: span.end, ids: [span.id] });
    }
  }
  const segments: SourceSegment[] = [];
  let cursor = 0;
  for (const group of groups) {
    if (group.start > cursor) segments.push({ text: text.slice(cursor, group.start), start: cursor, spanIds: [] });
    segments.push({ text: text.slice(group.start, group.end), start: group.start, spanIds: group.ids });
    cursor = group.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, spanIds: [] });
  return segments;
}
