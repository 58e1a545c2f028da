/**
 * Applies field corrections (from the audit and the date-range table) to research rows, by row id.
 * An amendment for a row or field that does not exist is an error, so a typo cannot pass silently.
 */
/** Fields the research file does not have, which amendment tables add. */
const ADDED_FIELDS = new Set(['date_end', 'fatalities_of']);

export type Amendment = { row: string; field: string; value: string; reason: string };
type Row = { rowId: string; row: Record<string, string> };

export function applyAmendments(rows: readonly Row[], amendments: readonly Amendment[]): Row[] {
  const byId = new Map(rows.map((r) => [r.rowId, { rowId: r.rowId, row: { ...r.row } }]));
  for (const a of amendments) {
    const target = byId.get(a.row.trim());
    if (!target) throw new Error(`amendment for unknown row "${a.row}" (${a.field})`);
    if (!ADDED_FIELDS.has(a.field) && !(a.field in target.row)) {
      throw new Error(`amendment for unknown field "${a.field}" in row ${a.row}`);
    }
    target.row[a.field] = a.value.trim();
  }
  return [...byId.values()];
}
