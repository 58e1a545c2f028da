/**
 * The columns' per-row names (record ids, place keys) read by position: a plain string[], or a
 * PackedNames, one string with the ends of its parts. A million-row event file's two name lists
 * were two million small strings on the page's heap: every major GC of its load marked them all
 * (hundreds of ms a pause). Packed, they are two strings; a name becomes a string only when read.
 *
 * @example const names = new PackedNames('ab', Uint32Array.of(1, 2)); names.at(1) === 'b';
 */
export type Names = {
  readonly length: number;
  at(i: number): string | undefined;
  indexOf(name: string): number;
  [Symbol.iterator](): Iterator<string>;
};

export class PackedNames implements Names {
  constructor(
    private readonly text: string,
    /** Name i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
    private readonly ends: Uint32Array,
  ) {}

  get length(): number {
    return this.ends.length;
  }

  /** As an array's `at`, for 0 ≤ i < length (undefined outside: no negative positions). */
  at(i: number): string | undefined {
    if (!(i >= 0 && i < this.ends.length)) return undefined;
    const k = Math.floor(i);
    return this.text.slice(k === 0 ? 0 : (this.ends[k - 1] as number), this.ends[k] as number);
  }

  indexOf(name: string): number {
    if (name === '') {
      for (let i = 0; i < this.ends.length; i++) if ((this.ends[i] as number) === (i === 0 ? 0 : (this.ends[i - 1] as number))) return i;
      return -1;
    }
    // Each match of the text is checked against the ends: one search through the text, no string per name.
    const { text, ends } = this;
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1)) {
      const i = startOf(ends, from);
      if (i >= 0 && (ends[i] as number) === from + name.length) return i;
    }
    return -1;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.ends.length; i++) yield this.at(i) as string;
  }
}

/** The name that starts at `at` in the text, or -1 where none does (binary search over the ends). */
function startOf(ends: Uint32Array, at: number): number {
  // Name i starts at ends[i - 1] (0 for the first): the first i with start ≥ at.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mid === 0 ? 0 : (ends[mid - 1] as number)) < at) lo = mid + 1;
    else hi = mid;
  }
  // Empty names share their start with the next: take the first non-empty one starting here.
  while (lo < ends.length && (lo === 0 ? 0 : (ends[lo - 1] as number)) === at && (ends[lo] as number) === at) lo++;
  return lo < ends.length && (lo === 0 ? 0 : (ends[lo - 1] as number)) === at ? lo : -1;
}

/** The names as an array: the array itself where they are one, else each name read once (for whole-list passes). */
export function nameArray(names: Names): readonly string[] {
  return Array.isArray(names) ? names : [...names];
}
