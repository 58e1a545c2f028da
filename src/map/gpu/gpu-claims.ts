/**
 * The claims on the GPU for large datasets: replaces the style's incident layers with the custom
 * layer (claim-points-layer.ts) and keeps it in step with the store (window, groups, selection,
 * highlight, the layer toggle); picks the claim under the pointer with a spatial index. Where the
 * view holds too many claims to read (cells-layer.ts), numbered cells take the points' place.
 * Loaded only for a large dataset (map-view.ts), so the built-in first view does not carry it.
 */
import type { Map as MlMap, PointLike } from 'maplibre-gl';
import { mercatorX, mercatorY } from '../../data/columns/plotted-order.ts';
import { buildCells } from '../../data/columns/cells.ts';
import { PointIndex } from '../../data/columns/point-index.ts';
import { rowOf } from '../../data/columns/row-of.ts';
import type { EventColumns } from '../../data/columns/store.ts';
import type { Dataset } from '../../data/dataset.ts';
import type { Store } from '../../state/app-state.ts';
import { groupColours, partyColours } from '../../style/group-colours.ts';
import { CellsLayer } from './cells-layer.ts';
import { whenStyleReady } from '../when-style.ts';
import { INCIDENT_LAYER, TOGGLE_LAYERS, UNDATED_LAYER } from '../../style/layers.ts';
import { shapeOf } from '../../style/markers.ts';
import type { Theme } from '../../style/theme.ts';
import { drawAtlas } from './atlas.ts';
import { type ClaimPointsLayer, claimPointsLayer } from './claim-points-layer.ts';
import { gpuWindow, packInstances } from './instances.ts';
import { type PreparedClaims, seededClaims } from './prepared.ts';

/** From this many plotted claims on, only those in and around the view are drawn (claim-points-layer setView). */
const CULL_FROM = 50_000;
/** How far from a marker's centre a click or hover still finds it, in css px. */
const PICK_PX = 8;
/** The style's layers the GPU layer replaces. */
const REPLACED = [...TOGGLE_LAYERS.incidents.filter((id) => id !== UNDATED_LAYER), 'incident-selected'];

export type { PreparedClaims };

/** Lets the page handle input and draw between the one-off builds. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The packed rows, the picking index and the cells: those the column worker built (prepared.ts),
 * else each built here in a task of its own, so the page answers between them (at 1M rows each
 * takes 0.2-0.35 s in the scale bench, 0.9 s as one task).
 */
export async function prepareGpuClaims(cols: EventColumns, dataset: Pick<Dataset, 'categories'>): Promise<PreparedClaims> {
  const seeded = await seededClaims(cols);
  if (seeded) return seeded;
  const instances = packInstances(
    cols,
    cols.eventTypes.map((t) => shapeOf(dataset.categories.eventTypes, t)),
  );
  await nextTask();
  const index = new PointIndex(instances.xs, instances.ys);
  await nextTask();
  const cells = buildCells(cols);
  await nextTask();
  return { instances, index, cells };
}

export type GpuClaimsOptions = {
  map: MlMap;
  store: Store;
  cols: EventColumns;
  theme: Theme;
  dataset: Pick<Dataset, 'categories' | 'meta'>;
  /** Built beforehand, a task each (prepareGpuClaims). */
  prepared: PreparedClaims;
};

export class GpuClaims {
  readonly layer: ClaimPointsLayer;
  readonly cells: CellsLayer;
  private readonly index: PointIndex;
  /** [minX, minY, maxX, maxY] of the drawn rows, in mercator. */
  private readonly bounds: [number, number, number, number];
  /** Each row's position in drawing order, -1 for rows not drawn (no point). */
  private positions: Int32Array | null = null;
  private readonly off: (() => void)[] = [];
  private hoverFrame = 0;
  private viewFrame = 0;
  private hovering = false;

  constructor(private readonly o: GpuClaimsOptions) {
    const { cols, theme, dataset, map, store } = o;
    const colours = groupColours(dataset.categories.groups, theme);
    this.layer = claimPointsLayer(
      cols,
      {
        groupColours: cols.groups.map((g) => colours.get(g) ?? theme.markerNeutral),
        atlas: drawAtlas(partyColours(dataset.meta.parties, colours, theme.markerNeutral)),
        markerStroke: theme.markerStroke,
        hollowFill: theme.hollowFill,
        highlight: theme.highlight,
        selected: theme.selected,
      },
      o.prepared.instances,
    );
    this.index = o.prepared.index;
    this.cells = new CellsLayer(map, { cols, cells: o.prepared.cells, theme, colours, onAggregate: () => this.syncVisible() });
    this.bounds = dataBounds(this.layer.instances.xs, this.layer.instances.ys);
    this.sync();
    const add = () => {
      map.addLayer(this.layer, INCIDENT_LAYER);
      for (const id of REPLACED) if (map.getLayer(id)) map.removeLayer(id);
    };
    const cancelAdd = whenStyleReady(map, add);
    map.on('mousemove', this.onMove);
    map.on('moveend', this.syncView);
    this.syncView();
    this.off.push(
      store.on('window', () => this.syncWindow()),
      store.on('sides', () => this.syncChosen()),
      store.on('selected', () => this.syncMarked()),
      store.on('highlight', () => this.syncMarked()),
      store.on('layers', () => this.syncVisible()),
      () => map.off('mousemove', this.onMove),
      () => map.off('moveend', this.syncView),
      () => this.cells.destroy(),
      cancelAdd,
    );
  }

  private sync(): void {
    this.syncWindow();
    this.syncChosen();
    this.syncMarked();
    this.syncVisible();
  }

  /** Points or cells, never both; neither when the reader hides the claims. */
  private syncVisible(): void {
    const on = this.o.store.state.layers.has('incidents');
    this.cells.setVisible(on);
    // Hidden until the cells have counted the first view: a million points drawn once before the
    // cells take over cost a software renderer half a minute.
    this.layer.setVisible(on && this.cells.decided && !this.cells.aggregated);
  }

  private syncWindow(): void {
    const { mode, from, to } = this.o.store.state;
    this.layer.setWindow(gpuWindow(this.o.cols, mode, from, to, mode === 'asof' ? to : from));
    this.cells.update(this.o.store.state);
  }

  private syncChosen(): void {
    const sides = this.o.store.state.sides;
    this.layer.setChosen(Uint8Array.from(this.o.cols.groups, (g) => (sides.has(g) ? 1 : 0)));
    this.cells.update(this.o.store.state);
  }

  private syncMarked(): void {
    const { selected, highlight } = this.o.store.state;
    const at = (id: string) => this.positionOf(id);
    const lit = highlight.map(at).filter((p): p is number => p !== undefined);
    this.layer.setMarked(selected === null ? null : (at(selected) ?? null), lit);
  }

  /** The positions in the view padded by half its size each way, so a short pan finds them drawn. */
  private syncView = (): void => {
    if (this.index.size < CULL_FROM) return;
    const b = this.o.map.getBounds();
    const x0 = mercatorX(b.getWest());
    const x1 = mercatorX(b.getEast());
    const y0 = mercatorY(b.getNorth());
    const y1 = mercatorY(b.getSouth());
    const px = (x1 - x0) / 2;
    const py = (y1 - y0) / 2;
    const [bx0, by0, bx1, by1] = this.bounds;
    // The whole set in view (zoomed out, where cells show anyway): draw all, no query, no copy.
    const all = x0 - px <= bx0 && y0 - py <= by0 && x1 + px >= bx1 && y1 + py >= by1;
    if (!all) {
      this.layer.setView(this.index.range(x0 - px, y0 - py, x1 + px, y1 + py));
      return;
    }
    // Not before the cells have counted the new view (their frame is asked for first, on the same
    // moveend): a jump out from points (the first fit to the data) would otherwise draw every point
    // once, half a minute in a software renderer, before the cells take over.
    this.layer.setVisible(false);
    cancelAnimationFrame(this.viewFrame);
    this.viewFrame = requestAnimationFrame(() => {
      this.layer.setView(null);
      this.syncVisible();
    });
  };

  /** A claim's position in drawing order: its row (row-of.ts), then the rows' inverse, built on first use. */
  private positionOf(id: string): number | undefined {
    const row = rowOf(this.o.cols, id);
    if (row === undefined) return undefined;
    if (!this.positions) {
      const { rows } = this.layer.instances;
      this.positions = new Int32Array(this.o.cols.count).fill(-1);
      for (let p = 0; p < rows.length; p++) this.positions[rows[p] as number] = p;
    }
    const p = this.positions[row] as number;
    return p < 0 ? undefined : p;
  }

  /** The id of the topmost drawn claim within PICK_PX of a canvas point, or null. */
  pick(point: PointLike): string | null {
    const { map } = this.o;
    const at = map.unproject(point);
    const r = PICK_PX / (512 * 2 ** map.getZoom());
    const p = this.index.topmost(mercatorX(at.lng), mercatorY(at.lat), r, this.layer.shownAt);
    return p < 0 ? null : (this.o.cols.ids.at(this.layer.instances.rows[p] as number) ?? null);
  }

  /**
   * What the map shows for the current window (a test hook: counted when asked): `points`, the
   * rows the point layer draws when shown, or `cells`, the claims counted in the cells in view.
   */
  drawn(): { points: number } | { cells: number } {
    const counts = this.cells.aggregated ? this.cells.counts : null;
    return counts ? { cells: counts.total } : { points: this.layer.drawnCount() };
  }

  private onMove = (e: { point: PointLike }): void => {
    // One query per frame, however fast the pointer moves.
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      const canvas = this.o.map.getCanvas();
      const over = this.pick(e.point) !== null;
      // Clears only its own cursor: the undated layer sets the same one.
      if (over !== this.hovering) canvas.style.cursor = over ? 'pointer' : '';
      this.hovering = over;
    });
  };

  destroy(): void {
    cancelAnimationFrame(this.hoverFrame);
    cancelAnimationFrame(this.viewFrame);
    for (const off of this.off) off();
  }
}

function dataBounds(xs: Float32Array | Float64Array, ys: Float32Array | Float64Array): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}
