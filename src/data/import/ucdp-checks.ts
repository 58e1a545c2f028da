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
