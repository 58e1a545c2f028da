/**
 * Helpers shared by the JSON importers (GeoJSON events, timemap, regions, Claimline's own file).
 * Parsed JSON is hostile: reads go through `own` (a missing `constructor` key must not find
 * Object.prototype's), values become text with `textOf`, and nothing here recurses over the
 * file's own nesting, so a deeply nested file cannot blow the stack.
 */
import { parseDate } from './dates.ts';
import type { DatasetMeta } from './types.ts';

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The object's own value for `key`, never an inherited one. */
export function own(o: unknown, key: string): unknown {
  return isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** JSON.parse (iterative in the engines we run on) with the failure as one line naming the file. */
export function parseJsonText(fileName: string, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    const t = text.trimEnd();
    const truncated = t.length > 0 && !/[}\]]$/.test(t);
    return { ok: false, message: `${fileName}: not valid JSON${truncated ? ' (it looks truncated)' : ''}` };
  }
}

/** A value as display text: strings as given, numbers and booleans written out, objects as compact JSON. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '';
  try {
    // JSON.stringify can throw RangeError on a pathologically deep value: keep a marker instead.
    return JSON.stringify(v).slice(0, 10_000);
  } catch {
    return '[nested value]';
  }
}

/** Lower-case and strip separators, so `Event Date`, `event_date` and `eventDate` compare equal. */
export function normKey(k: string): string {
  return k.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export type LooseDate = { date: string; date_end: string | null; coarse: boolean; time: string | null };

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A date read from a JSON value: the core's parseDate for day dates, plus what GeoJSON files carry
 * that CSV rarely does: `2024-11` or `2024` (a coarse span), epoch milliseconds, and an ISO time.
 */
export function looseDate(v: unknown, order?: 'dmy' | 'mdy'): LooseDate | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    if (Number.isInteger(v) && v >= 1000 && v <= 9999) return { date: `${v}-01-01`, date_end: `${v}-12-31`, coarse: true, time: null };
    if (Math.abs(v) >= 1e11 && Math.abs(v) < 1e14) {
      const iso = new Date(v).toISOString();
      return { date: iso.slice(0, 10), date_end: null, coarse: false, time: null };
    }
    return null;
  }
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && +m[2] >= 1 && +m[2] <= 12) {
    const end = `${m[1]}-${m[2]}-${String(lastDay(+m[1], +m[2])).padStart(2, '0')}`;
    return { date: `${m[1]}-${m[2]}-01`, date_end: end, coarse: true, time: null };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { date: `${m[1]}-01-01`, date_end: `${m[1]}-12-31`, coarse: true, time: null };
  const date = parseDate(s, order);
  if (!date) return null;
  const t = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(s);
  return { date, date_end: null, coarse: false, time: t ? `${t[1]}:${t[2]}` : null };
}

/** One day before an ISO date (the end of a snapshot's period is the day before the next one). */
export function dayBefore(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Dataset metadata from the top level of a JSON file (`name`/`title`, `description`, …), text only. */
export function metaFrom(root: unknown, fileName: string): DatasetMeta {
  const str = (...keys: string[]): string => {
    for (const k of keys) {
      const v = own(root, k);
      if (typeof v === 'string' && v.trim() !== '') return v;
    }
    return '';
  };
  const url = str('source_url', 'url', 'homepage');
  return {
    title: str('title', 'name') || fileName,
    description: str('description'),
    time_zone: str('time_zone', 'timezone') || null,
    licence: str('licence', 'license'),
    attribution: str('attribution'),
    source_url: /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : null,
  };
}

/** The file name without folders and extension: the default claimant of a file with no claimant field. */
export function baseName(fileName: string): string {
  return (
    fileName
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, '') || fileName
  );
}

/** Finite [lon, lat] within range from a position; extra members (altitude) are ignored. */
export function position(p: unknown): { lon: number; lat: number } | null {
  if (!Array.isArray(p) || p.length < 2) return null;
  const [lon, lat] = p;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return { lon, lat };
}
