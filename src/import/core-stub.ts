/**
 * TEMPORARY stand-ins for the shared core (i11-core: dates.ts, values.ts, event.ts), same signatures,
 * so the GeoJSON-family importers build before the core lands. Replaced by the core's modules on merge.
 */
import type { ImportedEvent, ImportReport } from './types.ts';
import { plainRecord } from './types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1 && y <= 9999)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseDate(text: string, order?: 'dmy' | 'mdy'): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    return order === 'dmy' || a > 12 ? ymd(+m[3], b, a) : ymd(+m[3], a, b);
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return ymd(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return mo > 0 ? ymd(y, mo, +m[1]) : null;
  }
  return null;
}

export function parseTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

export function httpUrl(text: string): string | null {
  const s = text.trim();
  return /^https?:\/\/\S+$/i.test(s) ? s : null;
}

export function parseLatLon(lat: string | number, lon: string | number): { lat: number; lon: number } | null {
  const a = typeof lat === 'number' ? lat : lat.trim() === '' ? Number.NaN : Number(lat);
  const o = typeof lon === 'number' ? lon : lon.trim() === '' ? Number.NaN : Number(lon);
  if (!Number.isFinite(a) || !Number.isFinite(o) || Math.abs(a) > 90 || Math.abs(o) > 180) return null;
  return { lat: a, lon: o };
}

export function newEvent(line: number, id: string): ImportedEvent {
  return {
    id,
    date: null,
    date_end: null,
    date_precision: 1,
    time: null,
    lon: null,
    lat: null,
    geo_precision: null,
    point_kind: null,
    place_name: '',
    country: null,
    admin1: null,
    event_type: '',
    sub_event_type: null,
    claimant: '',
    actors: [],
    fatalities: null,
    fatalities_low: null,
    fatalities_high: null,
    title: '',
    summary: '',
    sources: [],
    categories: plainRecord<string[]>(),
    extra: plainRecord<string>(),
    line,
  };
}

export function newReport(file: string, format: string): ImportReport {
  return { file, format, imported: 0, skipped: [], merged: 0, warnings: [], fatal: null };
}

export function addWarning(report: ImportReport, line: number | null, column: string | null, message: string): void {
  if (report.warnings.some((w) => w.line === line && w.column === column && w.message === message)) return;
  report.warnings.push({ line, column, message });
}
