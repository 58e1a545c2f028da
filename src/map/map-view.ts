/**
 * The only code that talks to maplibre: creates the map from the style, keeps it in step with the
 * store (window, layers, selection, view) and turns clicks on incidents and regions into events.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { countStrikes } from '../data/count-strikes.ts';
import type { Incident } from '../data/schema.ts';
import { t, type Lang } from '../i18n/index.ts';
import { REGION_BBOX } from '../geo/region-bbox.ts';
import type { Store } from '../state/app-state.ts';
import { buildStyle, type StyleData } from '../style/build-style.ts';
import { INCIDENT_LAYER, REGION_FILL_LAYER, SOURCE_IDS, TOGGLE_LAYERS } from '../style/layers.ts';
import type { Theme } from '../style/theme.ts';
import { addMarkerImages } from './icons.ts';
import { TimeFilter } from './time-filter.ts';

maplibregl.setWorkerUrl(workerUrl);

export const DEFAULT_VIEW = { lng: 45.9, lat: 39.9, zoom: 7 };

export type MapViewOptions = {
  container: HTMLElement;
  store: Store;
  theme: Theme;
  lang: Lang;
  data: Omit<StyleData, 'incidents' | 'settlements'>;
  incidents: readonly Incident[];
  /** Claims with claims from both parties about their place and days (claim-groups bothSidesIds). */
  bothSides: ReadonlySet<string>;
  onSelectRegion: (regionId: string) => void;
  onError: (message: string) => void;
};

/** The map needs only flat, filterable properties; the full records stay in the app. */
function mapFeatures(incidents: readonly Incident[], bothSides: ReadonlySet<string>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: incidents
      .filter((f) => f.geometry)
      .map((f) => {
        const p = f.properties;
        return {
          type: 'Feature',
          geometry: f.geometry!,
          properties: {
            id: p.id,
            day: p.day,
            day_end: p.day_end,
            event_type: p.event_type,
            claimant_side: p.claimant_side,
            geo_precision: p.geo_precision,
            location_role: p.location_role,
            both_sides: bothSides.has(p.id),
          },
        };
      }),
  };
}

export class MapView {
  readonly map: maplibregl.Map;
  private readonly time: TimeFilter;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly options: MapViewOptions) {
    const { store, theme, lang, data, incidents, bothSides } = options;
    const s = store.state;
    const view = s.view ?? DEFAULT_VIEW;
    this.map = new maplibregl.Map({
      container: options.container,
      style: buildStyle(
        { ...data, incidents: mapFeatures(incidents, bothSides), settlements: countStrikes(incidents, s) },
        { theme, lang, from: s.from, to: s.to, focus: s.mode === 'asof' ? s.to : s.from, sides: [...s.sides], selected: s.selected },
      ),
      center: [view.lng, view.lat],
      zoom: view.zoom,
      minZoom: 5,
      maxZoom: 12,
      maxBounds: [...REGION_BBOX],
      // Full credit text on wide maps; on narrow ones (embeds, phones) maplibre folds it behind an ⓘ button.
      attributionControl: { compact: options.container.clientWidth < 640 ? undefined : false, customAttribution: t('attributionClaims') },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // The canvas keeps maplibre's own region label ('Map.Title'), distinct from the page's map region.
      locale: { 'NavigationControl.ZoomIn': t('zoomIn'), 'NavigationControl.ZoomOut': t('zoomOut'), 'Map.Title': t('mapCanvas') },
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // Stacked above the attribution in the same corner, so a long credit line never covers it.
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.time = new TimeFilter(this.map);
    addMarkerImages(this.map, theme);
    this.applyLayers();

    this.map.on('error', this.onMapError);
    this.map.on('click', this.onClick);
    this.map.on('mouseenter', INCIDENT_LAYER, this.onEnter);
    this.map.on('mouseleave', INCIDENT_LAYER, this.onLeave);
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
      store.on('view', (v) => {
        if (!v) return;
        const c = this.map.getCenter();
        if (Math.abs(c.lng - v.lng) > 1e-4 || Math.abs(c.lat - v.lat) > 1e-4 || Math.abs(this.map.getZoom() - v.zoom) > 0.01) {
          this.map.jumpTo({ center: [v.lng, v.lat], zoom: v.zoom });
        }
      }),
    );
  }

  private settlementsFrame = 0;
  private updateSettlements(): void {
    cancelAnimationFrame(this.settlementsFrame);
    this.settlementsFrame = requestAnimationFrame(() => {
      const source = this.map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.settlements);
      void source?.setData(countStrikes(this.options.incidents, this.options.store.state));
    });
  }

  private applyLayers(): void {
    const visible = this.options.store.state.layers;
    for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS)) {
      for (const id of ids) {
        const value = visible.has(toggle as keyof typeof TOGGLE_LAYERS) ? 'visible' : 'none';
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', value);
        else this.map.once('styledata', () => this.map.getLayer(id) && this.map.setLayoutProperty(id, 'visibility', value));
      }
    }
  }

  /** Moves the map to a view: a short flight, or a jump when motion should be avoided. */
  goTo(view: { lng: number; lat: number; zoom: number }, animate: boolean): void {
    const target = { center: [view.lng, view.lat] as [number, number], zoom: view.zoom };
    if (animate) this.map.flyTo({ ...target, duration: 1200, essential: false });
    else this.map.jumpTo(target);
  }

  /** Flies to an incident if it is off screen. */
  showIncident(incident: Incident): void {
    if (!incident.geometry) return;
    const [lng, lat] = incident.geometry.coordinates as [number, number];
    if (!this.map.getBounds().contains([lng, lat]))
      this.map.easeTo({ center: [lng, lat], duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 });
  }

  private onClick = (e: maplibregl.MapMouseEvent): void => {
    const pad = 6;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [e.point.x - pad, e.point.y - pad],
      [e.point.x + pad, e.point.y + pad],
    ];
    const hits = this.map.getLayer(INCIDENT_LAYER) ? this.map.queryRenderedFeatures(box, { layers: [INCIDENT_LAYER] }) : [];
    if (hits.length > 0) {
      this.options.store.update({ selected: String(hits[0]!.properties.id) });
      return;
    }
    const regions = this.map.getLayer(REGION_FILL_LAYER) ? this.map.queryRenderedFeatures(e.point, { layers: [REGION_FILL_LAYER] }) : [];
    if (regions.length > 0) this.options.onSelectRegion(String(regions[0]!.properties.id));
  };

  private onEnter = () => (this.map.getCanvas().style.cursor = 'pointer');
  private onLeave = () => (this.map.getCanvas().style.cursor = '');

  private onMoveEnd = (): void => {
    const c = this.map.getCenter();
    this.options.store.update({ view: { lng: c.lng, lat: c.lat, zoom: this.map.getZoom() } });
  };

  private onMapError = (e: maplibregl.ErrorEvent): void => {
    const sourceId = (e as maplibregl.ErrorEvent & { sourceId?: string }).sourceId;
    const where = sourceId ? ` (layer data "${sourceId}")` : '';
    this.options.onError(`${e.error?.message ?? 'map error'}${where}`);
  };

  destroy(): void {
    this.unsubscribe.forEach((off) => off());
    this.time.destroy();
    cancelAnimationFrame(this.settlementsFrame);
    this.map.off('error', this.onMapError);
    this.map.off('click', this.onClick);
    this.map.off('mouseenter', INCIDENT_LAYER, this.onEnter);
    this.map.off('mouseleave', INCIDENT_LAYER, this.onLeave);
    this.map.off('moveend', this.onMoveEnd);
    this.map.remove();
  }
}
