/** STUB of the i11-core API (replaced by i11-core's module on merge). */
export function httpUrl(text: string): string | null {
  const t = text.trim();
  return /^https?:\/\/\S+$/i.test(t) ? t : null;
}
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
export function parseCount(text: string): number | null {
  const n = parseNumber(text);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}
export function parseLatLon(lat: string | number, lon: string | number): { lat: number; lon: number } | null {
  const a = typeof lat === 'number' ? lat : parseNumber(lat);
  const o = typeof lon === 'number' ? lon : parseNumber(lon);
  if (a === null || o === null || !Number.isFinite(a) || !Number.isFinite(o)) return null;
  return Math.abs(a) <= 90 && Math.abs(o) <= 180 ? { lat: a, lon: o } : null;
}
