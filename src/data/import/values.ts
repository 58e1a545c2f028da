/** Value readers for cells of imported files: each returns a clean value or null, never throws, never guesses wildly. */

/** Spaces and control characters have no place in a URL and can hide what a link really points to. */
function hasSpaceOrControl(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 32 || c === 127 || /\s/.test(t[i])) return true;
  }
  return false;
}

/** Only an absolute http(s) URL survives: `javascript:`, `data:` and relative paths stay text, never links. */
export function httpUrl(text: string): string | null {
  const t = text.trim();
  if (!/^https?:\/\/[^\s/?#]/i.test(t) || hasSpaceOrControl(t)) return null;
  try {
    const url = new URL(t);
    return url.protocol === 'http:' || url.protocol === 'https:' ? t : null;
  } catch {
    return null;
  }
}

const DOT_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** European Excel writes `40,123`: one comma, no dot, so it cannot be a thousands separator of a decimal. */
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;

/** A finite number, or null: no NaN/Infinity, no `0x…`, no empty string read as 0 (as `Number('')` would). */
export function parseNumber(text: string): number | null {
  // Word processors and some locales write the minus sign as U+2212.
  const t = text.trim().replace(/^\u2212/, '-');
  let s: string;
  if (DOT_NUMBER.test(t)) s = t;
  else if (COMMA_DECIMAL.test(t) && !/^[+-]?\d{1,3},\d{3}$/.test(t)) s = t.replace(',', '.');
  else return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A count (fatalities, sources): a non-negative integer; `1,234` and `1 234` read as thousands, `12.0` as 12. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  const grouped = /^\d{1,3}([, \u00a0\u202f]\d{3})+$/.test(t) ? t.replace(/[, \u00a0\u202f]/g, '') : t;
  if (!/^\+?\d+(\.0*)?$/.test(grouped)) return null;
  const n = Number(grouped);
  return Number.isSafeInteger(n) ? n : null;
}

/** In a coordinate `40,123` can only be a decimal comma: 40123 degrees is no place. */
function coordinate(text: string): number | null {
  const t = text.trim();
  return parseNumber(COMMA_DECIMAL.test(t) ? t.replace(',', '.') : t);
}

/** A WGS84 point, or null when either value is missing, not finite or out of range. */
export function parseLatLon(lat: string | number, lon: string | number): { lat: number; lon: number } | null {
  const y = typeof lat === 'number' ? lat : coordinate(lat);
  const x = typeof lon === 'number' ? lon : coordinate(lon);
  if (y === null || x === null || !Number.isFinite(y) || !Number.isFinite(x)) return null;
  if (y < -90 || y > 90 || x < -180 || x > 180) return null;
  return { lat: y, lon: x };
}
