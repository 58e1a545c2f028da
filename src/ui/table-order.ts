/**
 * The claims table's order, fast enough for a million rows, from the columns (store.ts): no object
 * per row. Keys are computed once, not per sort: the date order (day, last day, time, id) once per
 * dataset; a column's labels once per language and per distinct value (the dictionary columns
 * `places` and `claimants`), ranked under the collator. A sort then packs (column rank, date rank)
 * into one number per row and sorts a Float64Array natively, with no comparator. The order is the
 * same as comparing the rows' labels with localeCompare in the reader's language, then by date.
 */
import { seededDateOrder } from '../data/columns/date-order.ts';
import type { Claimant } from '../data/columns/dictionary.ts';
import { type EventColumns, FLAG_UNDATED } from '../data/columns/store.ts';
import { idChunk, numberRanks, plainCompare, ranks } from './sort-keys.ts';
import { nameArray } from '../data/columns/names.ts';

export type Column = 'date' | 'place' | 'claimant' | 'deaths';
export type SortSpec = { column: Column; ascending: boolean };
/** A dictionary entry's label in a language: a place key (dictionary.ts placeKey), a claimant. */
export type Labels = {
  place: (key: string, language: string) => string;
  claimant: (c: Claimant, language: string) => string;
};
type OrderColumns = Pick<
  EventColumns,
  'count' | 'day' | 'dayEnd' | 'flags' | 'place' | 'claimant' | 'time' | 'toll' | 'ids' | 'places' | 'claimants' | 'times'
>;

/** Above this share of all rows, a window's order is taken from the whole table's (see sort()). */
const FULL_ORDER_SHARE = 1 / 8;

export class TableOrder {
  /** dateRank[row]: the row's place in the date order (a permutation); rowAt is its inverse. */
  private dateRank?: Uint32Array;
  private rowAt?: Uint32Array;
  private deaths?: [Uint32Array, number];
  private readonly labels = new Map<string, [Uint32Array, number]>();
  /** Every row in one sort's order, by spec and language: a window then keeps its rows in one pass, no sort. */
  private readonly full = new Map<string, Uint32Array>();
  private member?: Uint8Array;

  constructor(
    private readonly cols: OrderColumns,
    private readonly labelsOf: Labels,
  ) {}

  /** The date order: [dateRank, rowAt] (the column worker builds it with this, and seeds it: date-order.ts). */
  dates(): [Uint32Array, Uint32Array] {
    const given = this.dateRank ? undefined : seededDateOrder(this.cols);
    if (given) {
      this.dateRank = given.dateRank;
      this.rowAt = given.rowAt;
    }
    if (!this.dateRank || !this.rowAt) {
      const { count: n, day, dayEnd, flags } = this.cols;
      const ids = nameArray(this.cols.ids);
      // (day, last day, time) as one exact number per row: offsets from the smallest day, and the
      // time's rank under localeCompare as the naive order compares it (no time as "99").
      const [time, times] = ranks(
        this.cols.times.map((t) => t || '99'),
        (a, b) => a.localeCompare(b),
      );
      let minDay = Infinity;
      let maxDay = -Infinity;
      let minEnd = Infinity;
      let maxEnd = -Infinity;
      for (let i = 0; i < n; i++) {
        if ((flags[i] as number) & FLAG_UNDATED) continue;
        minDay = Math.min(minDay, day[i] as number);
        maxDay = Math.max(maxDay, day[i] as number);
        minEnd = Math.min(minEnd, dayEnd[i] as number);
        maxEnd = Math.max(maxEnd, dayEnd[i] as number);
      }
      if (this.inDateOrder(time, ids)) {
        // An event file written in date order (the build sorts it): nothing to rank.
        this.rowAt = Uint32Array.from({ length: n }, (_, i) => i);
        this.dateRank = this.rowAt;
        return [this.dateRank, this.rowAt];
      }
      const ends = maxEnd - minEnd + 1;
      const composite = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        // Undated rows (never in a window) after every dated one, so the span stays small and exact.
        const undated = (flags[i] as number) & FLAG_UNDATED;
        const d = undated ? maxDay - minDay + 1 : (day[i] as number) - minDay;
        const e = undated ? 0 : (dayEnd[i] as number) - minEnd;
        composite[i] = (d * ends + e) * times + (time[this.cols.time[i] as number] as number);
      }
      let [when, distinct] = numberRanks(composite);
      // Then by id: where ids are plain ASCII, as many characters as fit beside the rank become one
      // exact number in the collation's order, folded into the rank; runs still tied compare whole ids.
      const plain = ids.every((id) => /^[-.0-9A-Za-z]*$/.test(id));
      let longest = 0;
      for (const id of ids) longest = Math.max(longest, id.length);
      for (let at = 0; plain && at < longest && at < 60 && distinct < n; ) {
        let width = 0;
        let scale = 1;
        for (; distinct * scale * 39 <= 2 ** 53; width++) scale *= 39;
        for (let i = 0; i < n; i++) composite[i] = (when[i] as number) * scale + idChunk(ids[i] as string, at, width);
        [when, distinct] = numberRanks(composite);
        at += width;
      }
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = (when[i] as number) * n + i;
      keys.sort();
      const rowAt = new Uint32Array(n);
      for (let k = 0; k < n; k++) rowAt[k] = (keys[k] as number) % n;
      const byId = plain ? plainCompare : new Intl.Collator().compare;
      for (let s = 0; s < n; ) {
        let e = s + 1;
        while (e < n && when[rowAt[e] as number] === when[rowAt[s] as number]) e++;
        if (e - s > 1)
          rowAt.set(
            [...rowAt.subarray(s, e)].sort((a, b) => byId(ids[a] ?? '', ids[b] ?? '')),
            s,
          );
        s = e;
      }
      const dateRank = new Uint32Array(n);
      for (let r = 0; r < n; r++) dateRank[rowAt[r] as number] = r;
      this.dateRank = dateRank;
      this.rowAt = rowAt;
    }
    return [this.dateRank, this.rowAt];
  }

  /**
   * Whether the rows already are in the date order (undated last, then day, last day, time, id): one
   * pass, comparing ids only where the rest ties.
   */
  private inDateOrder(timeRank: Uint32Array, ids: readonly string[]): boolean {
    const { count: n, day, dayEnd, flags, time } = this.cols;
    const collator = new Intl.Collator();
    const plainId = /^[-.0-9A-Za-z]*$/;
    for (let i = 1; i < n; i++) {
      const a = i - 1;
      const d =
        ((flags[a] as number) & FLAG_UNDATED) - ((flags[i] as number) & FLAG_UNDATED) ||
        (day[a] as number) - (day[i] as number) ||
        (dayEnd[a] as number) - (dayEnd[i] as number) ||
        (timeRank[time[a] as number] as number) - (timeRank[time[i] as number] as number);
      if (d > 0) return false;
      if (d < 0) continue;
      const x = ids[a] as string;
      const y = ids[i] as string;
      if ((plainId.test(x) && plainId.test(y) ? plainCompare(x, y) : collator.compare(x, y)) > 0) return false;
    }
    return true;
  }

  /** Each row's rank by its label: the dictionary's labels ranked once, then one typed pass. Returns [ranks, count]. */
  private labelRanks(column: 'place' | 'claimant', language: string): [Uint32Array, number] {
    const key = `${column}|${language}`;
    let out = this.labels.get(key);
    if (!out) {
      const { cols, labelsOf } = this;
      const labels =
        column === 'place'
          ? Array.from(cols.places, (k) => labelsOf.place(k, language))
          : cols.claimants.map((c) => labelsOf.claimant(c, language));
      const [entry, count] = ranks(labels, new Intl.Collator(language).compare);
      const index = column === 'place' ? cols.place : cols.claimant;
      const rows = new Uint32Array(cols.count);
      for (let i = 0; i < rows.length; i++) rows[i] = entry[index[i] as number] as number;
      out = [rows, count];
      this.labels.set(key, out);
    }
    return out;
  }

  /** Rows' ranks by claimed toll; claims stating none get the rank after the highest. */
  private deathRanks(): [Uint32Array, number] {
    if (!this.deaths) {
      const { toll } = this.cols;
      const values = new Float64Array(toll.length);
      for (let i = 0; i < values.length; i++) values[i] = Number.isNaN(toll[i]) ? Number.POSITIVE_INFINITY : (toll[i] as number);
      this.deaths = numberRanks(values);
    }
    return this.deaths;
  }

  /**
   * The given rows (indices into the dataset, each once) in the table's order: a new array. A large
   * share of the rows (a wide window of a million) keeps them from the whole table's order, sorted
   * once per column and language: one linear pass instead of a sort on every slider step.
   */
  sort(indices: Uint32Array, spec: SortSpec, language: string): Uint32Array {
    const n = this.cols.count;
    if (indices.length < FULL_ORDER_SHARE * n) return this.sortSome(indices, spec, language);
    const order = this.fullOrder(spec, language);
    this.member ??= new Uint8Array(n);
    const member = this.member;
    for (const row of indices) member[row] = 1;
    const out = new Uint32Array(indices.length);
    let k = 0;
    for (let r = 0; r < n; r++) {
      const row = order[r] as number;
      if (member[row]) out[k++] = row;
    }
    for (const row of indices) member[row] = 0;
    return out;
  }

  /** Whether `sort` takes a window of `m` rows from the whole table's order (then window-rows.ts reads it lazily). */
  usesFullOrder(m: number): boolean {
    return m >= FULL_ORDER_SHARE * this.cols.count;
  }

  /** Every row in the table's order for a spec and language: sorted once, then kept. */
  fullOrder(spec: SortSpec, language: string): Uint32Array {
    const n = this.cols.count;
    const key = `${spec.column}|${spec.ascending}|${language}`;
    let order = this.full.get(key);
    if (!order) {
      // By date, every row's order is the date order itself (ranks are unique): no sort of n keys.
      const rowAt = spec.column === 'date' ? this.dates()[1] : null;
      order = rowAt
        ? spec.ascending
          ? rowAt
          : rowAt.slice().reverse()
        : this.sortSome(
            Uint32Array.from({ length: n }, (_, i) => i),
            spec,
            language,
          );
      this.full.set(key, order);
    }
    return order;
  }

  private sortSome(indices: Uint32Array, { column, ascending }: SortSpec, language: string): Uint32Array {
    const n = this.cols.count;
    const [dateRank, rowAt] = this.dates();
    const m = indices.length;
    const keys = new Float64Array(m);
    let primary: Uint32Array | null = null;
    let top = 0;
    let noneRank = -1;
    if (column === 'place' || column === 'claimant') {
      const [r, count] = this.labelRanks(column, language);
      primary = r;
      top = count - 1;
    } else if (column === 'deaths') {
      const [r, count] = this.deathRanks();
      primary = r;
      top = count - 1;
      // Claims that state no toll go last in either direction, in date order.
      if (this.cols.toll.some(Number.isNaN)) noneRank = top;
    }
    for (let k = 0; k < m; k++) {
      const row = indices[k] as number;
      const d = dateRank[row] as number;
      const p = primary ? (primary[row] as number) : 0;
      if (p === noneRank) keys[k] = (top + 1) * n + d;
      else keys[k] = ascending ? p * n + d : (top - p) * n + (n - 1 - d);
    }
    keys.sort();
    const out = new Uint32Array(m);
    for (let k = 0; k < m; k++) {
      const key = keys[k] as number;
      const d = key % n;
      const none = Math.floor(key / n) === top + 1;
      out[k] = rowAt[ascending || none ? d : n - 1 - d] as number;
    }
    return out;
  }
}
