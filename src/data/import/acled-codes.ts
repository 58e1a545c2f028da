/**
 * ACLED's numeric codes and what they mean, after the ACLED Codebook ("Actor Names, Types, and
 * 'Inter' Codes", "Interaction codes", "Spatial precision codes", "Time precision codes";
 * https://acleddata.com/knowledge-base/codebook/). Kept apart from the importer so the exporter can
 * write the same codes back.
 *
 * Since 2024 ACLED exports `inter1`/`inter2`/`interaction` as text labels; older exports (and
 * spreadsheets made from them) carry the numbers 1–8 and two-digit interaction codes such as "13".
 * Both are accepted and normalised to the label.
 */
import type { DatePrecision, GeoPrecision, PointKind } from './types.ts';

/** Inter codes 1–8, as the codebook names the actor types. */
export const INTER_LABELS: readonly string[] = [
  'State forces',
  'Rebel groups',
  'Political militias',
  'Identity militias',
  'Rioters',
  'Protesters',
  'Civilians',
  'External/Other forces',
];

/** The label for an inter1/inter2 cell: a code 1–8 becomes its label, text stays as given; '' for none. */
export function interLabel(text: string): string {
  const t = text.trim();
  if (/^[1-8]$/.test(t)) return INTER_LABELS[Number(t) - 1] as string;
  return t;
}

/**
 * The label for an interaction cell. The codebook's code joins the two inter codes, lowest first
 * ("13": state forces with political militias); a trailing 0 marks an actor acting alone ("10":
 * state forces only). Written "A-B" / "A only", the shape of ACLED's own text labels, so numeric
 * and text files filter alike. Text labels stay as given.
 */
export function interactionLabel(text: string): string {
  const t = text.trim();
  const m = /^([1-8])([0-8])$/.exec(t);
  if (!m) return t;
  const a = INTER_LABELS[Number(m[1]) - 1] as string;
  if (m[2] === '0') return `${a} only`;
  return `${a}-${INTER_LABELS[Number(m[2]) - 1] as string}`;
}

/**
 * time_precision → the span the reader sees. The codebook: 1 = the source gives the day; 2 = the
 * source gives only a week (or weekend), and ACLED codes a day in the middle of it; 3 = the source
 * gives only the month, and ACLED codes a day in it (mid-month). We never show the coded day as if
 * it were known: 2 spans the coded day ±3 days (a week that contains the reported week or weekend,
 * whichever day of it ACLED picked), 3 spans the calendar month of the coded day.
 */
export function timeSpan(coded: string, precision: number): { date: string; date_end: string; date_precision: DatePrecision } {
  if (precision === 2) return { date: addDays(coded, -3), date_end: addDays(coded, 3), date_precision: 2 };
  if (precision === 3) {
    const [y, m] = coded.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { date: `${coded.slice(0, 7)}-01`, date_end: `${coded.slice(0, 7)}-${String(last).padStart(2, '0')}`, date_precision: 3 };
  }
  return { date: coded, date_end: coded, date_precision: 1 };
}

/**
 * geo_precision → precision and what the point stands for. The codebook: 1 = the named town or
 * place itself; 2 = near a town or in a part of a region, coded at the nearest town (still a real
 * place, less exact: drawn with a halo); 3 = only a larger region is known, coded at its capital or
 * a central point: a stand-in for an area, not a located point.
 */
export function geoPrecision(code: number): { geo_precision: GeoPrecision; point_kind: PointKind } | null {
  if (code === 1) return { geo_precision: 1, point_kind: 'located' };
  if (code === 2) return { geo_precision: 2, point_kind: 'located' };
  if (code === 3) return { geo_precision: 3, point_kind: 'centroid' };
  return null;
}

/** YYYY-MM-DD plus n days (UTC calendar arithmetic, no time zone involved). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
