/**
 * UCDP GED codes to Claimline's precision bands. Definitions from the UCDP GED Codebook
 * (Högbladh, "UCDP GED Codebook", Department of Peace and Conflict Research, Uppsala University;
 * versions 19.1 onwards), as summarised e.g. in the mapme.biodiversity R package's
 * `calc_fatalities_ucdp` documentation:
 *
 * date_prec (how precisely date_start/date_end are known):
 *   1  the exact date of the event is known;
 *   2  start and end dates span more than one calendar day, but no more than six days;
 *   3  the dates are known to a certain week only;
 *   4  the dates are known to a certain month only;
 *   5  the dates are known to a certain year only.
 *
 * where_prec (what the coordinates stand for):
 *   1  the exact location;
 *   2  a limited area around a named location;
 *   3  a second-order administrative division (ADM2: district, municipality); its centroid is used;
 *   4  a first-order administrative division (ADM1: province); its centroid is used;
 *   5  part of a country larger than ADM1, a point between two named places, a non-independent
 *      island, or a place described only loosely or relative to another;
 *   6  the entire country; its centroid is used;
 *   7  over water or in international airspace; the centroid of the water area or an estimate.
 *
 * event_clarity: 1 a clear, individual event; 2 an aggregate of several events reported
 * together (kept as given in `extra`; not a precision band).
 */
import type { DatePrecision, GeoPrecision, PointKind } from './types.ts';

/** UCDP 1 → day; 2 and 3 (a span, a week) → span of days; 4 and 5 (month, year) → month or coarser. */
export function datePrecision(datePrec: number): DatePrecision | null {
  if (datePrec === 1) return 1;
  if (datePrec === 2 || datePrec === 3) return 2;
  if (datePrec === 4 || datePrec === 5) return 3;
  return null;
}

/**
 * Where the file gives no `date_prec` (a derived extract), the span of the dates says it:
 * one day, up to four weeks (UCDP's week and six-day spans), or longer.
 */
export function datePrecisionFromSpan(start: string, end: string | null): DatePrecision {
  if (end === null || end === start) return 1;
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
  return days <= 27 ? 2 : 3;
}

export type Where = { geo: GeoPrecision; kind: PointKind };

/**
 * 1 is a located point; 2 is near one (still drawn as located, with a halo); 3–5 are centroids of
 * an admin unit or a stand-in point; 6 is a country centroid and 7 water or airspace, which the
 * map must not draw as a located incident.
 */
export function wherePrecision(wherePrec: number): Where | null {
  switch (wherePrec) {
    case 1:
      return { geo: 1, kind: 'located' };
    case 2:
      return { geo: 2, kind: 'located' };
    case 3:
      return { geo: 2, kind: 'centroid' };
    case 4:
    case 5:
      return { geo: 3, kind: 'centroid' };
    case 6:
      return { geo: 3, kind: 'country_centroid' };
    case 7:
      return { geo: 3, kind: 'water_or_air' };
    default:
      return null;
  }
}

export const VIOLENCE_TYPES = ['State-based conflict', 'Non-state conflict', 'One-sided violence'] as const;

/**
 * `type_of_violence` as the code (1–3) or as text in derived files ("state-based",
 * "Non-state conflict", "one sided violence", …). Null when it is neither.
 */
export function violenceType(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (/^[123](\.0+)?$/.test(t)) return VIOLENCE_TYPES[Number.parseInt(t, 10) - 1];
  const words = t.replace(/[\s_-]+/g, ' ');
  if (/^state based( conflict| violence)?$/.test(words)) return VIOLENCE_TYPES[0];
  if (/^non state( conflict| violence)?$/.test(words)) return VIOLENCE_TYPES[1];
  if (/^one sided( violence| conflict)?$/.test(words)) return VIOLENCE_TYPES[2];
  return null;
}

/** A small integer code ("4", "4.0" from a spreadsheet); null when it is anything else. */
export function code(text: string): number | null {
  const t = text.trim();
  return /^\d+(\.0+)?$/.test(t) ? Number.parseInt(t, 10) : null;
}
