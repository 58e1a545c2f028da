/** STUB of the i11-core API (replaced by i11-core's module on merge). */
export function parseDate(text: string, _order?: 'dmy' | 'mdy'): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
export function parseTime(_text: string): string | null {
  return null;
}
