/**
 * Picking over plotted rows: a static k-d tree (kdbush) of their mercator points, built once, so a
 * pointer query visits only the points near it, never all rows. Worker-safe: no DOM.
 *
 * @example
 * const index = new PointIndex(xs, ys);           // positions in drawing order
 * index.topmost(x, y, r, (p) => shown(p));        // the last-drawn shown position within r, or -1
 */
import KDBush from 'kdbush';

export class PointIndex {
  private readonly tree: KDBush;

  /** `xs`, `ys`: one point per position (mercator or any plane); NaN points are left out of no query (they match none). */
  constructor(xs: ArrayLike<number>, ys: ArrayLike<number>);
  /** An index built elsewhere (a worker): its `data` and `size`, viewed in place, nothing rebuilt. */
  constructor(built: { data: ArrayBuffer; size: number });
  constructor(xs: ArrayLike<number> | { data: ArrayBuffer; size: number }, ys?: ArrayLike<number>) {
    if ('data' in xs) {
      this.tree = KDBush.from(xs.data);
      this.size = xs.size;
      return;
    }
    const y = ys as ArrayLike<number>;
    this.tree = new KDBush(Math.max(1, xs.length));
    for (let i = 0; i < xs.length; i++) this.tree.add(xs[i] as number, y[i] as number);
    if (xs.length === 0) this.tree.add(Number.NaN, Number.NaN);
    this.tree.finish();
    this.size = xs.length;
  }

  readonly size: number;

  /** The tree's one buffer, to transfer (then rebuilt in place with `new PointIndex({ data, size })`). */
  get data(): ArrayBuffer {
    return this.tree.data as ArrayBuffer;
  }

  /** Positions within `r` of (x, y), in no particular order. */
  within(x: number, y: number, r: number): number[] {
    return this.size === 0 ? [] : this.tree.within(x, y, r);
  }

  /** Positions inside the box [minX, maxX] × [minY, maxY], ascending (drawing order). */
  range(minX: number, minY: number, maxX: number, maxY: number): Uint32Array {
    if (this.size === 0) return new Uint32Array(0);
    return Uint32Array.from(this.tree.range(minX, minY, maxX, maxY)).sort();
  }

  /** The highest position (drawn last, so on top) within `r` that `shown` accepts; -1 when none. */
  topmost(x: number, y: number, r: number, shown: (position: number) => boolean): number {
    let best = -1;
    for (const p of this.within(x, y, r)) if (p > best && shown(p)) best = p;
    return best;
  }
}
