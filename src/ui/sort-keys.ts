/**
 * Sort keys as plain numbers, for the claims table's order (table-order.ts): dense ranks of strings
 * under a collator and of numbers, and plain ASCII ids read as numbers in the collation's order, so
 * a million rows sort as one Float64Array with no comparator.
 */
/** Dense ranks of a dictionary's entries under a compare: equal values share a rank. Returns [rank per entry, count of ranks]. */
export function ranks(values: readonly string[], compare: (a: string, b: string) => number): [Uint32Array, number] {
  const order = values.map((_, i) => i).sort((a, b) => compare(values[a] as string, values[b] as string));
  const out = new Uint32Array(values.length);
  let r = -1;
  order.forEach((e, k) => {
    if (k === 0 || compare(values[order[k - 1] as number] as string, values[e] as string) !== 0) r++;
    out[e] = r;
  });
  return [out, r + 1];
}

/**
 * localeCompare for ids of ASCII letters, digits, "-" and ".": the collation compares letters
 * without case, "-" and "." before digits before letters, and only then lowercase before uppercase.
 * tests/unit/table-order.test.ts checks it against localeCompare.
 */
export function plainCompare(a: string, b: string): number {
  let tertiary = 0;
  for (let i = 0, n = Math.min(a.length, b.length); i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const d = primary(x) - primary(y);
    if (d) return d;
    tertiary ||= x > y ? -1 : 1;
  }
  return a.length - b.length || tertiary;
}

/** A plain id character's collation weight, 1–38; 0 is the end of the id, before any character. */
function primary(c: number): number {
  if (c === 45) return 1; // -
  if (c === 46) return 2; // .
  if (c <= 57) return c - 45; // 0–9: 3–12
  return (c >= 97 ? c - 32 : c) - 52; // A–Z, a–z: 13–38
}

/** Characters [at, at + width) of a plain id as one number (base 39) in collation order. */
export function idChunk(id: string, at: number, width: number): number {
  let v = 0;
  for (let i = at; i < at + width; i++) v = v * 39 + (i < id.length ? primary(id.charCodeAt(i)) : 0);
  return v;
}

/** Dense ranks of numbers, without a Map: sort a copy natively, then find each value by bisection. */
export function numberRanks(values: Float64Array): [Uint32Array, number] {
  const sorted = values.slice().sort();
  let u = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[u - 1]) sorted[u++] = sorted[k] as number;
  const out = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return [out, u];
}
