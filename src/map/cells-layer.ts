/**
 * Counts per map cell instead of points when the window holds too many in view (data/columns/cells.ts
 * shouldAggregate): one GeoJSON source of a few hundred circles, recomputed from the columns at most
 * once per animation frame (slider steps, side toggles, pans and zooms), so a slider drag costs one
 * cellCounts pass per frame. A click on a cell eases the map to the cell's bounds; from the keyboard,
 * the map's own +/− and arrow keys (or the zoom buttons) do the same, and `zoomTo(k)` is there for
 * a list of cells.
 *
 * @example
 * const cells = new CellsLayer(map, { cols, theme, colours: groupColours(dataset.categories.groups, theme) });
 * store.on('change', () => cells.update(store.state));
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibre, MapLayerMouseEvent } from 'maplibre-gl';
import {
  bandForZoom,
  buildCells,
  type CellCounts,
  type Cells,
  cellBounds,
  cellCounts,
  dominantGroup,
  shouldAggregate,
} from '../data/columns/cells.ts';
import { groupMask, type WindowMode } from '../data/columns/filter.ts';
import type { EventColumns } from '../data/columns/store.ts';
import { formatNumber } from '../i18n/index.ts';
import { whenStyleReady } from './when-style.ts';
import { CELL_CIRCLES, CELL_COUNTS, CELLS_SOURCE, cellLayers } from '../style/cell-layers.ts';
import type { Theme } from '../style/theme.ts';

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

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class CellsLayer {
  private readonly cells: Cells;
  private state: CellsState | null = null;
  private visible = true;
  private frame = 0;
  private added = false;
  private last: CellCounts | null = null;
  private isAggregated = false;
  private isDecided = false;
  private readonly cancelAdd: () => void;

  constructor(
    private readonly map: MapLibre,
    private readonly o: CellsLayerOptions,
  ) {
    this.cells = o.cells ?? buildCells(o.cols);
    this.cancelAdd = whenStyleReady(map, this.add);
    map.on('moveend', this.schedule);
    map.on('click', CELL_CIRCLES, this.onClick);
    map.on('mouseenter', CELL_CIRCLES, this.onEnter);
    map.on('mouseleave', CELL_CIRCLES, this.onLeave);
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
    for (const id of [CELL_CIRCLES, CELL_COUNTS])
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
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

  destroy(): void {
    cancelAnimationFrame(this.frame);
    const { map } = this;
    this.cancelAdd();
    map.off('moveend', this.schedule);
    map.off('click', CELL_CIRCLES, this.onClick);
    map.off('mouseenter', CELL_CIRCLES, this.onEnter);
    map.off('mouseleave', CELL_CIRCLES, this.onLeave);
    if (!this.added || !map.getStyle()) return;
    for (const id of [CELL_COUNTS, CELL_CIRCLES]) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(CELLS_SOURCE)) map.removeSource(CELLS_SOURCE);
  }

  private add = (): void => {
    this.map.addSource(CELLS_SOURCE, { type: 'geojson', data: EMPTY });
    for (const layer of cellLayers(this.o.theme)) this.map.addLayer(layer, this.o.beforeId);
    this.added = true;
    this.setVisible(this.visible);
  };

  private schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(this.draw);
  };

  private draw = (): void => {
    this.frame = 0;
    const source = this.map.getSource<GeoJSONSource>(CELLS_SOURCE);
    if (!this.state || !source) return;
    const { cols, colours, theme } = this.o;
    const zoom = this.map.getZoom();
    const b = this.map.getBounds();
    const mask = groupMask(new Set(cols.groups.flatMap((g, i) => (this.state?.sides.has(g) ? [i] : []))), cols.groups.length);
    const c = cellCounts(this.cells, cols, bandForZoom(zoom), this.state, mask, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    const aggregated = this.visible && shouldAggregate(zoom, c.total, this.o);
    this.last = aggregated ? c : null;
    void source.setData(aggregated ? this.features(c, colours, theme.markerNeutral) : EMPTY);
    if (aggregated !== this.isAggregated || !this.isDecided) {
      this.isAggregated = aggregated;
      this.isDecided = true;
      this.o.onAggregate?.(aggregated);
    }
  };

  private features(c: CellCounts, colours: ReadonlyMap<string, string>, neutral: string): FeatureCollection<Point> {
    const groups = this.o.cols.groups;
    const features = new Array(c.n);
    for (let k = 0; k < c.n; k++) {
      const count = c.count[k] as number;
      features[k] = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.lon[k], c.lat[k]] },
        properties: { k, count, label: formatNumber(count), colour: colours.get(groups[dominantGroup(c, k)] ?? '') ?? neutral },
      };
    }
    return { type: 'FeatureCollection', features };
  }

  private onClick = (e: MapLayerMouseEvent): void => {
    const k = e.features?.[0]?.properties?.k;
    if (typeof k === 'number') this.zoomTo(k);
  };

  private onEnter = (): void => {
    this.map.getCanvas().style.cursor = 'pointer';
  };

  private onLeave = (): void => {
    this.map.getCanvas().style.cursor = '';
  };
}
