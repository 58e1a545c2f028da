/**
 * cellCounts (cells.ts) kept up to date across slider steps instead of recounted: a step moves the
 * window by a few days, so only rows starting or ending near its edges can come in or go out. The
 * counter keeps running sums per cell of the band and, when only the window changed, applies those
 * rows' differences: O(rows near the edges + the band's cells) a step, not O(all rows). A new band,
 * view, side choice or mode, or a jump that touches many rows, recounts everything, as cellCounts
 * does. Its answer is cellCounts's, array for array (tests/unit/cell-steps.test.ts): the sums are of
 * integers, so adding and taking away is exact.
 *
 * @example const counter = new CellCounter(cells); const c = counter.counts(cols, band, state, mask, bbox);
 */
import {
  type BBox,
  type CellCounts,
  type Cells,
  type CellWindow,
  emptyCellCounts,
  gridX,
  gridY,
  latOf,
  lonOf,
  MAX_BAND,
  SIDE,
} from './cells.ts';
import { type DaySort, edgeRuns, sortByDay } from './day-index.ts';
import type { EventColumns } from './store.ts';
import { NO_DAY } from './store.ts';

/** A band's cells: each row's cell (rows are in cell order, so cells are runs), each cell's grid position. */
type Band = { cell: Uint32Array; cx: Uint32Array; cy: Uint32Array };

const KEPT_BANDS = 4;

export class CellCounter {
  private readonly bands = new Map<number, Band>();
  /** The rows by first day (day-index.ts): short rows in `byDay` from `starts[d - lo]`, long ones apart. */
  private days?: DaySort;
  /** What the sums hold: band, view and groups (`key`), and the window (relative days). */
  private key = '';
  private from = 0;
  private to = 0;
  private count = new Uint32Array(0);
  private byGroup = new Uint32Array(0);
  private sumX = new Float64Array(0);
  private sumY = new Float64Array(0);

  constructor(private readonly c: Cells) {}

  /** cellCounts(cells, cols, band, window, mask, bbox), from the last answer's sums where it can. */
  counts(cols: Pick<EventColumns, 'firstDay'>, band: number, window: CellWindow, mask: Uint8Array, bbox?: BBox): CellCounts {
    if (!Number.isInteger(band) || band < 0 || band > MAX_BAND) throw new RangeError(`band ${band} is not 0..${MAX_BAND}`);
    const s = MAX_BAND - band;
    const box = bbox ? [gridX(bbox[0]) >> s, gridX(bbox[2]) >> s, gridY(bbox[3]) >> s, gridY(bbox[1]) >> s] : [0, SIDE, 0, SIDE];
    const to = window.to - cols.firstDay;
    const from = window.mode === 'range' ? window.from - cols.firstDay : -NO_DAY;
    const b = this.band(band);
    // The day index on the first answer (the map's first draw), not on the first slider step.
    this.dayIndex();
    const key = `${band}|${box.join()}|${mask.join()}`;
    if (key !== this.key || !this.step(b, box as Box, mask, from, to)) this.recount(b, box as Box, mask, from, to);
    this.key = key;
    this.from = from;
    this.to = to;
    return this.answer(band, b);
  }

  private band(band: number): Band {
    let b = this.bands.get(band);
    if (!b) {
      const { c } = this;
      const s = MAX_BAND - band;
      const cell = new Uint32Array(c.n);
      const cx: number[] = [];
      const cy: number[] = [];
      for (let k = 0; k < c.n; k++) {
        const x = c.x[k] >> s;
        const y = c.y[k] >> s;
        if (x !== cx[cx.length - 1] || y !== cy[cy.length - 1]) {
          cx.push(x);
          cy.push(y);
        }
        cell[k] = cx.length - 1;
      }
      b = { cell, cx: Uint32Array.from(cx), cy: Uint32Array.from(cy) };
      // A few bands kept (4 bytes a row each): a zoom back and forth rebuilds none, a zoom through all keeps no 14.
      if (this.bands.size >= KEPT_BANDS) this.bands.delete(this.bands.keys().next().value as number);
      this.bands.set(band, b);
    }
    return b;
  }

  private dayIndex(): DaySort {
    this.days ??= this.c.days ?? sortByDay(this.c.n, this.c.day, this.c.dayEnd);
    return this.days;
  }

  private recount(b: Band, box: Box, mask: Uint8Array, from: number, to: number): void {
    const cells = b.cx.length;
    const G = this.c.groups;
    if (this.count.length !== cells) {
      this.count = new Uint32Array(cells);
      this.byGroup = new Uint32Array(cells * G);
      this.sumX = new Float64Array(cells);
      this.sumY = new Float64Array(cells);
    } else {
      this.count.fill(0);
      this.byGroup.fill(0);
      this.sumX.fill(0);
      this.sumY.fill(0);
    }
    const { day, dayEnd } = this.c;
    for (let k = 0; k < this.c.n; k++) if (day[k] <= to && dayEnd[k] >= from) this.add(b, box, mask, k, 1);
  }

  /** The window's move as differences, when few rows can change; false to recount instead. */
  private step(b: Band, box: Box, mask: Uint8Array, from: number, to: number): boolean {
    const days = this.dayIndex();
    const { byDay, long } = days;
    const ranges = edgeRuns(days, from, to, this.from, this.to);
    const touched = ranges.reduce((sum, [p, q]) => sum + q - p, long.length);
    if (touched > this.c.n / 4) return false;
    const { day, dayEnd } = this.c;
    const change = (k: number) => {
      const was = day[k] <= this.to && dayEnd[k] >= this.from;
      const is = day[k] <= to && dayEnd[k] >= from;
      if (was !== is) this.add(b, box, mask, k, is ? 1 : -1);
    };
    for (const [p, q] of ranges) for (let i = p; i < q; i++) change(byDay[i] as number);
    for (let i = 0; i < long.length; i++) change(long[i] as number);
    return true;
  }

  /** Row k into (d = 1) or out of (d = -1) its cell's sums, when its group is chosen and its cell is in view. */
  private add(b: Band, box: Box, mask: Uint8Array, k: number, d: number): void {
    const { c } = this;
    const g = c.group[k] as number;
    if (mask[g] !== 1) return;
    const j = b.cell[k] as number;
    const x = b.cx[j] as number;
    const y = b.cy[j] as number;
    if (x < box[0] || x > box[1] || y < box[2] || y > box[3]) return;
    this.count[j] += d;
    this.byGroup[j * c.groups + g] += d;
    this.sumX[j] += d * (c.x[k] as number);
    this.sumY[j] += d * (c.y[k] as number);
  }

  /** The non-empty cells in cell order, laid out as cellCounts lays them out. */
  private answer(band: number, b: Band): CellCounts {
    const G = this.c.groups;
    const most = b.cx.length;
    const out = emptyCellCounts(band, G, most);
    const { count, byGroup, sumX, sumY } = this;
    let k = 0;
    for (let j = 0; j < most; j++) {
      const n = count[j] as number;
      if (!n) continue;
      out.cx[k] = b.cx[j] as number;
      out.cy[k] = b.cy[j] as number;
      out.count[k] = n;
      for (let g = 0; g < G; g++) out.byGroup[k * G + g] = byGroup[j * G + g] as number;
      // + ½: the middle of the finest cells the rows fall in.
      out.lon[k] = lonOf((sumX[j] as number) / n + 0.5);
      out.lat[k] = latOf((sumY[j] as number) / n + 0.5);
      out.total += n;
      k++;
    }
    out.n = k;
    return out;
  }
}

type Box = [number, number, number, number];
