/**
 * Whether a record's day range [day, day_end] overlaps the window [from, to] (all inclusive).
 * The map's filter expression in style/time-expressions.ts encodes the same rule.
 *
 * @example matchesWindow({ day: 5, day_end: 7 }, 7, 9) // true
 */
export function matchesWindow(record: { day: number; day_end: number }, from: number, to: number): boolean {
  return record.day <= to && record.day_end >= from;
}

/** The window and the claimant sides the reader has chosen. */
export type ClaimFilter = { from: number; to: number; sides: ReadonlySet<string> };

/** The claims the reader sees for a filter (background records sit on their own strip). */
export function shownClaims<T extends { properties: { context: boolean; day: number; day_end: number; claimant_side: string } }>(
  records: readonly T[],
  filter: ClaimFilter,
): T[] {
  return records.filter((f) => !f.properties.context && isShown(f.properties, filter));
}

/** Whether a record is shown: its days overlap the window and its claimant's side is chosen. */
export function isShown(record: { day: number; day_end: number; claimant_side: string }, filter: ClaimFilter): boolean {
  return filter.sides.has(record.claimant_side) && matchesWindow(record, filter.from, filter.to);
}
