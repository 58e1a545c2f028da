/**
 * Counts per map cell instead of points when the window holds too many in view (data/columns/cells.ts
 * shouldAggregate): a few hundred numbered circles drawn on the GPU in the map's frame
 * (gpu/cells-gl-layer.ts), recomputed from the columns at most once per animation frame (slider
 * steps, side toggles, pans and zooms), so a slider drag costs one cellCounts answer (cell-steps.ts: the rows near the window's edges) and one small
 * buffer upload per frame — no worker, no tiling, no symbol layout. A click on a cell eases the map to the cell's bounds; from the keyboard,
 * the map's own +/− and arrow keys (or the zoom buttons) do the same, and `zoomTo(k)` is there for
 * a list of cells.
 *
 * @example
 * const cells = new CellsLayer(map, { cols, theme, colours: groupColours(dataset.categories.groups, theme) });
 * store.on('change', () => cells.update(store.state));
 */
import type { Map as MapLibre, MapMouseEvent } from 'maplibre-gl';
import {
  bandForZoom,
  buildCells,
  type CellCounts,
  type Cells,
  cellBounds,
  dominantGroup,
  shouldAggregate,
} from '../../data/columns/cells.ts';
import { CellCounter } from '../../data/columns/cell-steps.ts';
import { groupMask, type WindowMode } from '../../data/columns/filter.ts';
import type { EventColumns } from '../../data/columns/store.ts';
import { formatNumber } from '../../i18n/index.ts';
import { CELL_STROKE, cellRadius } from '../../style/cell-look.ts';
import type { Theme } from '../../style/theme.ts';
import { rgba } from './atlas.ts';
import { drawGlyphAtlas, type GlyphAtlas } from './cell-glyph-atlas.ts';
import { packCells, packGlyphs } from './cell-instances.ts';
import { charsOf } from './cell-label-layout.ts';
import { CELLS_LAYER, type CellsGlLayer, cellsGlLayer } from './cells-gl-layer.ts';
import { whenStyleReady } from '../when-style.ts';

export type CellsLayerOptions = {
  cols: EventColumns;
  /** Built in the import worker with the columns; built here when absent (≈0.8 s at 1M rows). */
  cells?: Cells;
  theme: Theme;
  /** Each group's colour by group id (style/group-colours.ts groupColours). */
  colours: ReadonlyMap<string, string>;
  /** The layer the cells go under (e.g. the selection ring); on top when absent. */
  beforeId?: string;
  maxPoints?: number;
  detailZoom?: number;
  /** Told when the map switches between cells and points, so the point layer can hide or show. */
  onAggregate?: (aggregated: boolean) => void;
};

/** What the cells follow from the app state; zoom and view are read from the map. */
export type CellsState = { mode: WindowMode; from: number; to: number; sides: ReadonlySet<string> };

const EMPTY = new Float32Array(0);
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class CellsLayer {
  private readonly cells: Cells;
  /** cellCounts kept across steps: a slider step recounts only the rows near the window's edges. */
  private readonly counter: CellCounter;
  private readonly layer: CellsGlLayer;
  private state: CellsState | null = null;
  private visible = true;
  private frame = 0;
  private added = false;
  private last: CellCounts | null = null;
  private isAggregated = false;
  private isDecided = false;
  private hovering = false;
  private atlas: GlyphAtlas | null = null;
  private readonly colourCache = new Map<string, readonly number[]>();
  private readonly cancelAdd: () => void;

  constructor(
    private readonly map: MapLibre,
    private readonly o: CellsLayerOptions,
  ) {
    this.cells = o.cells ?? buildCells(o.cols);
    this.counter = new CellCounter(this.cells);
    this.layer = cellsGlLayer({ panel: o.theme.panel, text: o.theme.text });
    this.cancelAdd = whenStyleReady(map, this.add);
    map.on('moveend', this.schedule);
    map.on('click', this.onClick);
    map.on('mousemove', this.onMove);
  }

  /** Whether cells (not points) are drawn now. */
  get aggregated(): boolean {
    return this.isAggregated;
  }

  /** Whether the first frame has counted the view (before it, neither cells nor points are known to fit). */
  get decided(): boolean {
    return this.isDecided;
  }

  /** The last counts drawn (null before the first frame): for a tooltip's per-group numbers. */
  get counts(): CellCounts | null {
    return this.last;
  }

  update(state: CellsState): void {
    this.state = state;
    this.schedule();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.layer.setVisible(visible);
    this.schedule();
  }

  /** Eases the map to cell k of the last counts. */
  zoomTo(k: number): void {
    const c = this.last;
    if (!c || k < 0 || k >= c.n) return;
    const [west, south, east, north] = cellBounds(c.band, c.cx[k] as number, c.cy[k] as number);
    this.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 40, maxZoom: this.map.getMaxZoom(), duration: reducedMotion() ? 0 : 500 },
    );
  }

  /** The cell drawn under a point of the map's canvas (css px), the topmost where circles overlap; -1 if none. */
  cellAt(x: number, y: number): number {
    const c = this.last;
    if (!c) return -1;
    for (let k = c.n - 1; k >= 0; k--) {
      const p = this.map.project([c.lon[k] as number, c.lat[k] as number]);
      const r = cellRadius(c.count[k] as number) + CELL_STROKE;
      if ((p.x - x) ** 2 + (p.y - y) ** 2 <= r * r) return k;
    }
    return -1;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    const { map } = this;
    this.cancelAdd();
    map.off('moveend', this.schedule);
    map.off('click', this.onClick);
    map.off('mousemove', this.onMove);
    if (!this.added || !map.getStyle()) return;
    if (map.getLayer(CELLS_LAYER)) map.removeLayer(CELLS_LAYER);
  }

  private add = (): void => {
    this.map.addLayer(this.layer, this.o.beforeId);
    this.added = true;
    this.setVisible(this.visible);
  };

  private schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(this.draw);
  };

  private draw = (): void => {
    this.frame = 0;
    if (!this.state || !this.added) return;
    const { cols } = this.o;
    const zoom = this.map.getZoom();
    const b = this.map.getBounds();
    const mask = groupMask(new Set(cols.groups.flatMap((g, i) => (this.state?.sides.has(g) ? [i] : []))), cols.groups.length);
    const c = this.counter.counts(cols, bandForZoom(zoom), this.state, mask, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    const aggregated = this.visible && shouldAggregate(zoom, c.total, this.o);
    this.last = aggregated ? c : null;
    if (aggregated) this.upload(c);
    else this.layer.setData(EMPTY, EMPTY, this.atlas);
    if (aggregated !== this.isAggregated || !this.isDecided) {
      this.isAggregated = aggregated;
      this.isDecided = true;
      this.o.onAggregate?.(aggregated);
    }
  };

  /** Packs the counts and their labels; the glyph atlas is redrawn only when a new character turns up. */
  private upload(c: CellCounts): void {
    const labels = Array.from({ length: c.n }, (_, k) => formatNumber(c.count[k] as number));
    const ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
    const chars = charsOf(labels);
    if (!this.atlas || this.atlas.ratio !== ratio || chars.some((ch) => !this.atlas?.glyphs.has(ch)))
      this.atlas = drawGlyphAtlas(charsOf([this.atlas?.chars ?? '', ...labels]), ratio);
    const { atlas } = this;
    this.layer.setData(
      packCells(c, (k) => this.colour(k, c)),
      packGlyphs(c, labels, atlas.glyphs, atlas.pad, atlas.ratio),
      atlas,
    );
  }

  private colour(k: number, c: CellCounts): readonly number[] {
    const css = this.o.colours.get(this.o.cols.groups[dominantGroup(c, k)] ?? '') ?? this.o.theme.markerNeutral;
    const rgb = this.colourCache.get(css) ?? rgba(css);
    this.colourCache.set(css, rgb);
    return rgb;
  }

  private onClick = (e: MapMouseEvent): void => {
    const k = this.cellAt(e.point.x, e.point.y);
    if (k >= 0) this.zoomTo(k);
  };

  private onMove = (e: MapMouseEvent): void => {
    const over = this.cellAt(e.point.x, e.point.y) >= 0;
    if (over === this.hovering) return;
    this.hovering = over;
    this.map.getCanvas().style.cursor = over ? 'pointer' : '';
  };
}
