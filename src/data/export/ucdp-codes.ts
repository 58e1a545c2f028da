/**
 * Claimline's bands back to UCDP GED codes, the inverse of src/data/import/ucdp-codes.ts. The
 * importer keeps the raw `where_prec` and `date_prec` in `extra`, because a band covers several
 * codes (where_prec 4 and 5 are both "a centroid of a larger area"): the kept code is written back
 * when it still agrees with the event's band, else the code is derived from the band.
 */
import type { ImportedEvent } from '../import/types.ts';
import { code, datePrecision, wherePrecision } from '../import/ucdp-codes.ts';
import { spanDays } from './csv-write.ts';
import { extraValue } from './extra-columns.ts';

/** where_prec 1–7 for a placed event; the kept code, or null when the event says nothing about precision. */
export function wherePrec(e: ImportedEvent): number | null {
  const kept = code(extraValue(e, 'where_prec'));
  const band = kept === null ? null : wherePrecision(kept);
  if (kept !== null && band && band.geo === e.geo_precision && band.kind === e.point_kind) return kept;
  switch (e.point_kind) {
    case 'water_or_air':
      return 7;
    case 'country_centroid':
      return 6;
    case 'centroid':
      // An ADM2 centroid is UCDP's 3; a coarser area's centroid its 4 (ADM1).
      return e.geo_precision === 1 || e.geo_precision === 2 ? 3 : 4;
    default:
      if (e.geo_precision === 1) return 1;
      if (e.geo_precision === 2) return 2;
      // A located point known only to a wider area: UCDP's 5 ("described loosely or relative to a place").
      if (e.geo_precision === 3) return 5;
      return null;
  }
}

/** date_prec 1–5 for a dated event: the kept code, or derived from the band and the span. */
export function datePrec(e: ImportedEvent, start: string, end: string): number {
  const kept = code(extraValue(e, 'date_prec'));
  if (kept !== null && datePrecision(kept) === e.date_precision) return kept;
  const days = spanDays(start, end);
  if (e.date_precision === 1) return days === 0 ? 1 : 2;
  if (e.date_precision === 2) return days <= 6 ? 2 : 3;
  return days <= 31 ? 4 : 5;
}
