// Reads an HTTP `Range` header (RFC 9110 §14) against a file's size, so the static server can answer
// range reads of big files (columnar data, PMTiles) as static hosts do.
//   { kind: 'full' }                  no usable Range: answer the whole file with 200
//   { kind: 'range', start, end }     one satisfiable range, `end` inclusive: 206
//   { kind: 'unsatisfiable' }         a well-formed range that misses the file: 416
// A malformed header, another unit, or several ranges give 'full': a server may ignore Range, and one
// whole-file 200 is simpler than a multipart/byteranges body, which no client here needs.
const DIGITS = /^\d+$/;

export function parseRange(header, size) {
  if (typeof header !== 'string') return { kind: 'full' };
  const match = /^\s*bytes\s*=(.*)$/i.exec(header);
  if (!match) return { kind: 'full' };
  const specs = match[1].split(',').map((spec) => spec.trim());
  if (specs.length !== 1) return { kind: 'full' };
  const dash = specs[0].indexOf('-');
  if (dash < 0) return { kind: 'full' };
  const first = specs[0].slice(0, dash).trim();
  const last = specs[0].slice(dash + 1).trim();
  if (first === '') {
    // `bytes=-n`: the last n bytes; all of them when n exceeds the size, none (416) when n is 0.
    if (!DIGITS.test(last)) return { kind: 'full' };
    const n = Number(last);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', start: Math.max(0, size - n), end: size - 1 };
  }
  if (!DIGITS.test(first) || (last !== '' && !DIGITS.test(last))) return { kind: 'full' };
  const start = Number(first);
  const end = last === '' ? Number.POSITIVE_INFINITY : Number(last);
  if (end < start) return { kind: 'full' }; // `bytes=5-2` is invalid, not unsatisfiable
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end: Math.min(end, size - 1) };
}
