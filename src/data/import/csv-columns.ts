/**
 * What the first rows of each column of a generic CSV look like: how many cells read as numbers,
 * dates, times, links or "lat, lon" pairs, and the numbers' range. The mapping step judges columns
 * by these counts, so a column named `date` full of free text is not trusted and an unnamed column
 * of dates is still found.
 */
import { parseDate, parseTime } from './dates.ts';
import type { CsvRow } from './csv-read.ts';
import { httpUrl, parseNumber } from './values.ts';

/** Rows looked at: enough to judge a column, cheap on a 100k-row file. */
export const SAMPLE_ROWS = 200;

export type ColumnStats = {
  name: string;
  /** Position in the header, for "the first of two candidates". */
  index: number;
  nonEmpty: number;
  numbers: number;
  /** Numbers with a fractional part: coordinates have them, ids and counts do not. */
  fractions: number;
  maxAbs: number;
  /** Numbers beyond ±90: too many in a "latitude" column means the columns are swapped. */
  over90: number;
  dates: number;
  times: number;
  urls: number;
  pairs: number;
  /** Pairs whose first number is beyond ±90, so the pair must be "lon, lat". */
  pairsLonFirst: number;
  /** Non-empty sample values, for the reasons shown to the user. */
  samples: string[];
};

/** A coordinate as exports write it: `40.1`, `40,1` (European decimal comma), `−40.1`. */
export function coordNumber(text: string): number | null {
  const t = text.trim();
  return parseNumber(/^[+-\u2212]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
}

const PAIR = /^\(?\s*([+-]?\d+(?:\.\d+)?)\s*[,; ]\s*([+-]?\d+(?:\.\d+)?)\s*\)?$/;
const WKT = /^POINT\s*Z?\s*\(\s*([+-]?\d+(?:\.\d+)?)\s+([+-]?\d+(?:\.\d+)?)(?:\s+[+-]?\d+(?:\.\d+)?)?\s*\)$/i;

/** Two numbers in one cell, in the order written; `wkt` when it is `POINT (lon lat)`, whose order is fixed. */
export function parsePair(text: string): { a: number; b: number; wkt: boolean } | null {
  const t = text.trim();
  const w = WKT.exec(t);
  if (w) return { a: Number(w[1]), b: Number(w[2]), wkt: true };
  const m = PAIR.exec(t);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a) <= 180 && Math.abs(b) <= 180 ? { a, b, wkt: false } : null;
}

/** A cell that reads as a date, or as a full timestamp (`2024-11-01T10:00:00Z`, `2024-11-01 10:00`). */
export function dateOf(text: string, order: 'dmy' | 'mdy'): string | null {
  const t = text.trim();
  const direct = parseDate(t, order);
  if (direct) return direct;
  const m = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(t);
  return m ? parseDate(m[1], order) : null;
}

/** The time part of a timestamp cell, if it has one. */
export function timeOfStamp(text: string): string | null {
  const t = text.trim();
  return /^\d{4}-\d{2}-\d{2}[T ]\d/.test(t) ? parseTime(t) : null;
}

export function columnStats(header: string[], rows: CsvRow[]): ColumnStats[] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  return header.map((name, index) => {
    const s: ColumnStats = {
      name,
      index,
      nonEmpty: 0,
      numbers: 0,
      fractions: 0,
      maxAbs: 0,
      over90: 0,
      dates: 0,
      times: 0,
      urls: 0,
      pairs: 0,
      pairsLonFirst: 0,
      samples: [],
    };
    for (const row of sample) {
      const v = (row.cells[name] ?? '').trim();
      if (v === '') continue;
      s.nonEmpty++;
      if (s.samples.length < 3) s.samples.push(v.length > 30 ? `${v.slice(0, 30)}…` : v);
      const n = coordNumber(v);
      if (n !== null) {
        s.numbers++;
        if (!Number.isInteger(n)) s.fractions++;
        s.maxAbs = Math.max(s.maxAbs, Math.abs(n));
        if (Math.abs(n) > 90) s.over90++;
      }
      if (dateOf(v, 'mdy')) s.dates++;
      if (parseTime(v) && n === null) s.times++;
      if (httpUrl(v)) s.urls++;
      const p = parsePair(v);
      if (p) {
        s.pairs++;
        if (p.wkt || Math.abs(p.a) > 90) s.pairsLonFirst++;
      }
    }
    return s;
  });
}

/** Share of the non-empty sample cells counted in `n` (0 for an empty column). */
export function share(s: ColumnStats, n: number): number {
  return s.nonEmpty === 0 ? 0 : n / s.nonEmpty;
}

const UNITS = new Set(['deg', 'degree', 'degrees', 'dd', 'wgs84', 'decimal', 'dec', 'n', 'e']);

/**
 * A header compared by meaning: lower case, units and bracketed notes dropped, separators removed,
 * so `Latitude (deg)`, `LAT_DD` and `latitude` compare equal.
 */
export function headerKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const kept = words.filter((w, i) => i === 0 || !UNITS.has(w));
  return kept.join('');
}
