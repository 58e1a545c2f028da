/**
 * The only code that talks to maplibre: creates the map from the style, keeps it in step with the
 * store (window, sides, layers, selection, story rings, view, language) and turns clicks on claims
 * and regions into store changes.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { strikeCounter } from '../data/count-strikes.ts';
import type { Incident, Place, Region } from '../data/schema.ts';
import { REGION_BBOX } from '../geo/region-bbox.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Lang } from '../i18n/index.ts';
import { type Intent, type MapView as View, REPLACE, type Store } from '../state/app-state.ts';
import { buildStyle, type CountryLabel, type StyleData, withLabels } from '../style/build-style.ts';
import { INCIDENT_LAYER, REGION_FILL_LAYER, SOURCE_IDS, TOGGLE_LAYERS, UNDATED_LAYER } from '../style/layers.ts';
import type { Theme } from '../style/theme.ts';
import { DEFAULT_VIEW } from './default-view.ts';
import { addMarkerImages } from './icons.ts';
import type { GpuClaims } from './gpu/gpu-claims.ts';
import { createAttribution, mapLocale, retitleControls } from './map-locale.ts';
import { rowOf } from '../data/columns/row-of.ts';
import type { EventColumns } from '../data/columns/store.ts';
import { TimeFilter } from './time-filter.ts';
import { labelledRegions, mapFeatures } from './map-features.ts';
import { workerUrl } from './worker-url.ts';

maplibregl.setWorkerUrl(workerUrl);

export type MapViewOptions = {
  container: HTMLElement;
  store: Store;
  theme: Theme;
  /** The dataset: its categories colour and shape the markers, its attribution is credited. */
  dataset: Pick<Dataset, 'categories' | 'meta'>;
  basemap: StyleData['basemap'];
  countryLabels: readonly CountryLabel[];
  places: readonly Place[];
  regions: readonly Region[];
  incidents: readonly Incident[];
  /** Claims with claims from both parties about their place and days (claim-groups bothSidesIds). */
  bothSides: ReadonlySet<string>;
  /** Imported events with a point and no date, each `{ id, claimant_side }`, and what a click on one shows. */
  undated?: { features: FeatureCollection; describe: (id: string) => HTMLElement | null };
  /** The claims as columns (row i = incidents[i], or the only copy for an event file). */
  columns: EventColumns;
  /** Draw the claims with the GPU layer (gpu/) from `columns`, not with the style's layers (mount-app decides). */
  gpu?: boolean;
  onError: (message: string) => void;
};

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class MapView {
  readonly map: maplibregl.Map;
  private readonly time: TimeFilter;
  private readonly unsubscribe: (() => void)[] = [];
  private attribution: maplibregl.AttributionControl;
  private settlementsFrame = 0;
  private lang: Lang;
  private world: { destroy(): void } | null = null;
  private destroyed = false;
  private gpu: GpuClaims | null = null;
  private readonly countStrikes: ReturnType<typeof strikeCounter>;

  constructor(private readonly o: MapViewOptions) {
    const { store, theme } = o;
    const s = store.state;
    this.lang = s.lang;
    const view = s.view ?? DEFAULT_VIEW;
    const gpu = !!o.gpu && o.columns.count > 0;
    this.countStrikes = strikeCounter(o.incidents);
    const style = buildStyle(
      {
        basemap: o.basemap,
        countryLabels: o.countryLabels,
        places: o.places,
        regions: labelledRegions(o.regions),
        incidents: gpu ? { type: 'FeatureCollection', features: [] } : mapFeatures(o.incidents, o.bothSides),
        settlements: this.countStrikes(s),
        undated: o.undated?.features,
      },
      {
        theme,
        dataset: o.dataset,
        lang: s.lang,
        from: s.from,
        to: s.to,
        focus: s.mode === 'asof' ? s.to : s.from,
        sides: [...s.sides],
        selected: s.selected,
      },
    );
    this.map = new maplibregl.Map({
      container: o.container,
      style,
      center: [view.lng, view.lat],
      zoom: view.zoom,
      minZoom: 5,
      maxZoom: 12,
      maxBounds: [...REGION_BBOX],
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      locale: mapLocale(),
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.attribution = createAttribution(o.container, o.dataset);
    this.map.addControl(this.attribution, 'bottom-right');
    // Stacked above the attribution in the same corner, so a long credit line never covers it.
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    // With the claims on the GPU the style's incident layers are empty (then removed): only the
    // regions read the window, by its end.
    this.time = new TimeFilter(this.map, gpu ? (o.regions.length ? ['to'] : []) : undefined);
    addMarkerImages(this.map, theme, o.dataset);
    const cols = o.columns;
    if (gpu)
      void import('./gpu/gpu-claims.ts').then(async ({ GpuClaims, prepareGpuClaims }) => {
        const prepared = await prepareGpuClaims(cols, o.dataset);
        if (this.destroyed) return;
        this.gpu = new GpuClaims({ map: this.map, store, cols, theme, dataset: o.dataset, prepared });
        // A test hook: what the map shows for the current window (counted when asked).
        Object.assign(this.map, { __claimlineDrawn: () => this.gpu?.drawn() });
      });
    this.applyLayers();

    this.map.on('error', this.onMapError);
    this.map.on('click', this.onClick);
    this.map.on('mouseenter', INCIDENT_LAYER, this.onEnter);
    this.map.on('mouseleave', INCIDENT_LAYER, this.onLeave);
    this.map.on('mouseenter', UNDATED_LAYER, this.onEnter);
    this.map.on('mouseleave', UNDATED_LAYER, this.onLeave);
    this.map.on('moveend', this.onMoveEnd);
    this.unsubscribe.push(
      store.on('window', ({ mode, from, to }) => {
        this.time.set(from, to, mode === 'asof' ? to : from);
        this.updateSettlements();
      }),
      store.on('sides', (sides) => {
        this.map.setGlobalStateProperty('sides', [...sides]);
        this.updateSettlements();
      }),
      store.on('layers', () => this.applyLayers()),
      store.on('selected', (id) => this.map.setGlobalStateProperty('selected', id ?? '')),
      store.on('highlight', (ids) => this.map.setGlobalStateProperty('highlight', [...ids])),
      store.on('view', (v, intent) => v && this.goTo(v, intent)),
      store.on('change', (changed, intent) => {
        // A claim opened from the list or the timeline: bring it into view (a story step sets its own view).
        if (changed.has('selected') && !changed.has('view') && intent.history !== 'none') this.reveal(store.state.selected);
      }),
    );
  }

  /**
   * Labels, control titles and credits in the interface language; the rest of the style stays.
   * Called once the language's strings are in (mount-app.ts), not on the store's change: before
   * then, t() still gives the last language's.
   */
  setLanguage(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    const { map, o } = this;
    map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.places)?.setData(withLabels(o.places, lang));
    map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.countryLabels)?.setData(withLabels(o.countryLabels, lang));
    map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.regions)?.setData(labelledRegions(o.regions));
    retitleControls(map);
    map.removeControl(this.attribution);
    this.attribution = createAttribution(o.container, o.dataset);
    map.addControl(this.attribution, 'bottom-right');
  }

  private updateSettlements(): void {
    // No strikes (an event file has no records to find them in): the source stays empty, and a setData
    // would still be a round trip to the workers that the map waits on before it is idle.
    if (this.countStrikes.none) return;
    cancelAnimationFrame(this.settlementsFrame);
    this.settlementsFrame = requestAnimationFrame(() => {
      const source = this.map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.settlements);
      void source?.setData(this.countStrikes(this.o.store.state));
    });
  }

  private applyLayers(): void {
    const visible = this.o.store.state.layers;
    for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS)) {
      for (const id of ids) {
        const value = visible.has(toggle as keyof typeof TOGGLE_LAYERS) ? 'visible' : 'none';
        // A layer's visibility is unset until set: setting it to 'visible' then would still make
        // maplibre send every layer to its worker again and reload the layer's source.
        const set = () => {
          if (!this.map.getLayer(id) || (this.map.getLayoutProperty(id, 'visibility') ?? 'visible') === value) return;
          this.map.setLayoutProperty(id, 'visibility', value);
        };
        if (this.map.getLayer(id)) set();
        else this.map.once('styledata', set);
      }
    }
  }

  /** Moves the map to a view the store holds: a short flight when the change asks for it, else a jump. */
  private goTo(v: View, intent: Intent): void {
    const c = this.map.getCenter();
    const close = Math.abs(c.lng - v.lng) < 1e-4 && Math.abs(c.lat - v.lat) < 1e-4 && Math.abs(this.map.getZoom() - v.zoom) < 0.01;
    if (close) return;
    const target = { center: [v.lng, v.lat] as [number, number], zoom: v.zoom };
    if (intent.animate && !reducedMotion()) this.map.flyTo({ ...target, duration: 1200, essential: false });
    else this.map.jumpTo(target);
  }

  /** Eases to a claim if it is off screen. */
  private reveal(id: string | null): void {
    const { columns: cols } = this.o;
    const row = id === null ? undefined : rowOf(cols, id);
    if (row === undefined || Number.isNaN(cols.lon[row])) return;
    const lng = cols.lon[row] as number;
    const lat = cols.lat[row] as number;
    if (!this.map.getBounds().contains([lng, lat])) this.map.easeTo({ center: [lng, lat], duration: reducedMotion() ? 0 : 600 });
  }

  private onClick = (e: maplibregl.MapMouseEvent): void => {
    const pad = 6;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [e.point.x - pad, e.point.y - pad],
      [e.point.x + pad, e.point.y + pad],
    ];
    const hits = this.map.getLayer(INCIDENT_LAYER) ? this.map.queryRenderedFeatures(box, { layers: [INCIDENT_LAYER] }) : [];
    const hit = this.gpu ? this.gpu.pick(e.point) : hits[0]?.properties.id;
    if (hit !== undefined && hit !== null) {
      this.o.store.update({ selected: String(hit), panel: null }, { history: 'replace', focus: true });
      return;
    }
    const regions = this.map.getLayer(REGION_FILL_LAYER) ? this.map.queryRenderedFeatures(e.point, { layers: [REGION_FILL_LAYER] }) : [];
    const undated =
      this.o.undated && this.map.getLayer(UNDATED_LAYER) ? this.map.queryRenderedFeatures(box, { layers: [UNDATED_LAYER] }) : [];
    const content = undated[0] ? this.o.undated?.describe(String(undated[0].properties.id)) : null;
    if (content && undated[0]?.geometry.type === 'Point') {
      // Not a claim of the timeline, so not the details panel: a popup with the event as the file gave it.
      new maplibregl.Popup({ maxWidth: '320px' })
        .setLngLat(undated[0].geometry.coordinates as [number, number])
        .setDOMContent(content)
        .addTo(this.map);
      return;
    }
    const region = regions[0];
    if (region) this.o.store.update({ panel: { kind: 'region', id: String(region.properties.id) } }, { history: 'replace', focus: true });
  };

  private onEnter = () => {
    this.map.getCanvas().style.cursor = 'pointer';
  };
  private onLeave = () => {
    this.map.getCanvas().style.cursor = '';
  };

  private onMoveEnd = (): void => {
    const c = this.map.getCenter();
    this.o.store.update({ view: { lng: c.lng, lat: c.lat, zoom: this.map.getZoom() } }, { ...REPLACE, burst: true });
  };

  /**
   * The world basemap for a dataset from elsewhere (issue 11): lifts the region's bounds and, given
   * the data's extent [west, south, east, north], fits the view to it. Its code and files load only
   * now; its sources credit Natural Earth and GeoNames (CC BY 4.0) in the attribution.
   */
  async showWorld(bbox: readonly [number, number, number, number] | null): Promise<void> {
    const world = await import('./world-basemap.ts');
    if (this.destroyed) return;
    this.world ??= world.showWorld(this.map, { theme: this.o.theme, onError: this.o.onError });
    if (bbox) world.fitToBounds(this.map, bbox);
  }

  private onMapError = (e: maplibregl.ErrorEvent): void => {
    const sourceId = (e as maplibregl.ErrorEvent & { sourceId?: string }).sourceId;
    const where = sourceId ? ` (layer data "${sourceId}")` : '';
    this.o.onError(`${e.error?.message ?? 'map error'}${where}`);
  };

  destroy(): void {
    this.destroyed = true;
    this.world?.destroy();
    for (const off of this.unsubscribe) off();
    this.gpu?.destroy();
    this.time.destroy();
    cancelAnimationFrame(this.settlementsFrame);
    this.map.off('error', this.onMapError);
    this.map.off('click', this.onClick);
    this.map.off('mouseenter', INCIDENT_LAYER, this.onEnter);
    this.map.off('mouseleave', INCIDENT_LAYER, this.onLeave);
    this.map.off('mouseenter', UNDATED_LAYER, this.onEnter);
    this.map.off('mouseleave', UNDATED_LAYER, this.onLeave);
    this.map.off('moveend', this.onMoveEnd);
    this.map.remove();
  }
}
