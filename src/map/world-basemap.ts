/**
 * The world basemap on a running map (issue 11), loaded through import() only when a dataset from
 * elsewhere is shown: the built-in view never fetches a world file. Sources and layers come from
 * style/world-layers.ts; the city cells (public/world/cities/, scripts/data/world.ts) are fetched
 * for the view from CITY_CELL_ZOOM, each once. A map that reloads its style gets the world again
 * on 'style.load' (map-view.ts changes languages in place today, so this is a safeguard).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibre } from 'maplibre-gl';
import { absoluteUrl } from '../config/absolute-url.ts';
import { cellsForBbox } from '../geo/world-cells.ts';
import { CITY_CELL_ZOOM, DETAIL_ZOOM, WORLD_SOURCE_IDS, worldLayers, worldSources } from '../style/world-layers.ts';
import type { Theme } from '../style/theme.ts';
import countries110 from '../../data/basemap/world/countries-110m.geojson?url';
import countries50 from '../../data/basemap/world/countries-50m.geojson?url';
import bigCities from '../../data/basemap/world/cities-1m.geojson?url';

export type WorldOptions = {
  theme: Theme;
  /** A cell that failed to load: reported, never thrown. */
  onError: (message: string) => void;
  /** The folder of the cells, ending in '/' (default: world/cities/ next to the page). */
  cellBase?: string;
  fetch?: typeof fetch;
};

export type World = { destroy(): void };

export function showWorld(map: MapLibre, opts: WorldOptions): World {
  const base = opts.cellBase ?? absoluteUrl('world/cities/');
  const get = opts.fetch ?? fetch.bind(globalThis);
  const urls = { countries110: absoluteUrl(countries110), bigCities: absoluteUrl(bigCities) };
  const requested = new Set<string>();
  const features: Feature[] = [];
  let index: Promise<Set<string>> | null = null;
  let destroyed = false;
  let detail = false;

  const citySource = () => map.getSource<GeoJSONSource>(WORLD_SOURCE_IDS.cities);
  const fc = (): FeatureCollection => ({ type: 'FeatureCollection', features });

  const add = () => {
    if (map.getSource(WORLD_SOURCE_IDS.countries110)) return;
    for (const [id, source] of Object.entries(worldSources(urls))) map.addSource(id, source);
    // Under the detail style: before its first layer above the water background.
    const before = map.getStyle().layers.find((l) => l.type !== 'background')?.id;
    for (const layer of worldLayers(opts.theme)) map.addLayer(layer, before);
    if (features.length) citySource()?.setData(fc());
    if (detail) map.getSource<GeoJSONSource>(WORLD_SOURCE_IDS.countries50)?.setData(absoluteUrl(countries50));
  };

  /** The 1:50m outlines, fetched the first time the view reaches DETAIL_ZOOM. */
  const loadDetail = () => {
    if (detail || map.getZoom() < DETAIL_ZOOM) return;
    detail = true;
    map.getSource<GeoJSONSource>(WORLD_SOURCE_IDS.countries50)?.setData(absoluteUrl(countries50));
  };

  const fetchJson = async (url: string) => {
    const response = await get(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  };

  /** Which cells exist (ocean cells have no file): fetched once, at the first zoom that needs cells. */
  const cellIndex = () => {
    index ??= fetchJson(`${base}index.json`).then((names) => new Set(names as string[]));
    return index;
  };

  const loadCells = async () => {
    if (destroyed || map.getZoom() < CITY_CELL_ZOOM) return;
    const b = map.getBounds();
    const wanted = cellsForBbox([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]).filter((c) => !requested.has(c));
    if (!wanted.length) return;
    let names: Set<string>;
    try {
      names = await cellIndex();
    } catch (e) {
      index = null; // a later move tries again
      opts.onError(`world city index: ${(e as Error).message}`);
      return;
    }
    for (const name of wanted.filter((c) => names.has(c) && !requested.has(c))) {
      requested.add(name);
      fetchJson(`${base}${name}.geojson`)
        .then((data) => {
          if (destroyed) return;
          features.push(...((data as FeatureCollection).features ?? []));
          citySource()?.setData(fc());
        })
        .catch((e: Error) => opts.onError(`world city cell ${name}: ${e.message}`));
    }
  };
  const onMoveEnd = () => {
    loadDetail();
    void loadCells();
  };

  map.setMaxBounds(null);
  map.setMinZoom(1);
  // isStyleLoaded() is also false while the style's sources load, after 'style.load' has fired: try now,
  // and if the style itself is not parsed yet (addSource throws), 'style.load' adds the world.
  try {
    add();
  } catch {}
  map.on('style.load', add);
  map.on('moveend', onMoveEnd);
  onMoveEnd();

  return {
    destroy() {
      destroyed = true;
      map.off('style.load', add);
      map.off('moveend', onMoveEnd);
    },
  };
}

/** [west, south, east, north]; west > east crosses the antimeridian. A single point gets zoom 9. */
export function fitToBounds(map: MapLibre, bbox: readonly [number, number, number, number], point_zoom = 9): void {
  const [west, south, east, north] = bbox;
  if (![west, south, east, north].every(Number.isFinite)) return;
  const eastUnwrapped = east < west ? east + 360 : east;
  if (eastUnwrapped - west < 1e-6 && north - south < 1e-6) {
    map.jumpTo({ center: [west, south], zoom: point_zoom });
    return;
  }
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const padding = Math.max(0, Math.min(48, w / 8, h / 8));
  const bounds: LngLatBoundsLike = [
    [west, south],
    [eastUnwrapped, north],
  ];
  map.fitBounds(bounds, { padding, maxZoom: 10, duration: 0 });
}
