/**
 * Warnings across rows that an editor needs before trusting a GED extract on a map. Nothing here
 * changes an event: each doubt is reported with the line it was seen on.
 */
import { addWarning, eventsByPoint } from './event.ts';
import type { ImportedEvent, ImportReport } from './types.ts';

/**
 * Rows that UCDP codes as an exact location (where_prec 1) but that share one coordinate pair
 * this often are probably a centroid or a default point typed into a derived file.
 */
export const SHARED_POINT_ROWS = 5;

export function warnSharedPoints(events: ImportedEvent[], report: ImportReport): void {
  const byPoint = eventsByPoint(events, (e) => e.extra.where_prec === '1');
  for (const [key, list] of byPoint) {
    if (list.length < SHARED_POINT_ROWS) continue;
    const lines = list.map((e) => e.line);
    const shown = lines.slice(0, 8).join(', ') + (lines.length > 8 ? ', …' : '');
    addWarning(
      report,
      lines[0],
      'where_prec',
      `${list.length} rows coded as an exact location (where_prec 1) share the coordinates ${key} (lines ${shown}): probably a centroid`,
    );
  }
}

/**
 * Duplicate ids: the second and later rows keep their data but get a suffixed id (`123#2`), so a
 * view keyed by id shows both; the warning names both lines.
 */
export function dedupeIds(events: ImportedEvent[], report: ImportReport): void {
  const first = new Map<string, ImportedEvent>();
  const count = new Map<string, number>();
  for (const e of events) {
    const seen = first.get(e.id);
    if (!seen) {
      first.set(e.id, e);
      continue;
    }
    const n = (count.get(e.id) ?? 1) + 1;
    count.set(e.id, n);
    const original = e.id;
    e.id = `${original}#${n}`;
    addWarning(report, e.line, 'id', `duplicate id ${original} (first on line ${seen.line}); kept as ${e.id}`);
  }
}

/** Dates after `today` (YYYY-MM-DD): a typo or a mis-read date order. */
export function warnFutureDates(events: ImportedEvent[], report: ImportReport, today: string): void {
  for (const e of events) {
    if (e.date !== null && e.date > today) addWarning(report, e.line, 'date_start', `date ${e.date} is in the future`);
  }
}
