/** The world basemap: its style part is a valid maplibre style; showWorld() on a stand-in map. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibre, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { BUILT_IN } from './dataset-fixture.ts';
import { fitToBounds, showWorld } from '../../src/map/world-basemap.ts';
import { fontFaces } from '../../src/style/fonts.ts';
import { groupColours } from '../../src/style/group-colours.ts';
import { layers } from '../../src/style/layers.ts';
import { themes } from '../../src/style/theme.ts';
import { WORLD_SOURCE_IDS, worldLayers, worldSources } from '../../src/style/world-layers.ts';

const urls = { countries110: 'a.geojson', bigCities: 'c.geojson' };

describe('world layers', () => {
  const style = {
    version: 8,
    'font-faces': fontFaces(),
    sources: worldSources(urls),
    layers: worldLayers(themes.light),
  } as StyleSpecification;
  it('make a valid style, every layer on a world source', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const known = new Set<string>(Object.values(WORLD_SOURCE_IDS));
    for (const l of style.layers) if ('source' in l) expect(known.has(l.source as string), l.id).toBe(true);
  });
  it('ids clash with none of the detail layers', () => {
    const detail = layers(themes.light, groupColours(BUILT_IN.categories.groups, themes.light)).map((l) => l.id);
    const ids = [...detail, ...style.layers.map((l) => l.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('take their colours from the theme', () => {
    for (const theme of Object.values(themes)) {
      const used = JSON.stringify(worldLayers(theme)).match(/#[0-9a-f]{6}/g) ?? [];
      for (const c of used) expect(Object.values(theme)).toContain(c);
    }
  });
});

type Handler = () => void;
function fakeMap(zoom: number, bounds = [44, 40, 45, 41]) {
  const handlers: Record<string, Handler[]> = {};
  const sources = new Map<string, { setData: ReturnType<typeof vi.fn> }>();
  const added: { id: string; before?: string }[] = [];
  const map = {
    zoom,
    setMaxBounds: vi.fn(),
    setMinZoom: vi.fn(),
    isStyleLoaded: () => true,
    getStyle: () => ({
      layers: [
        { id: 'water', type: 'background' },
        { id: 'land', type: 'fill' },
      ],
    }),
    getSource: (id: string) => sources.get(id),
    addSource: (id: string) => sources.set(id, { setData: vi.fn() }),
    addLayer: (l: { id: string }, before?: string) => added.push({ id: l.id, before }),
    getZoom: () => map.zoom,
    getBounds: () => ({ getWest: () => bounds[0], getSouth: () => bounds[1], getEast: () => bounds[2], getNorth: () => bounds[3] }),
    getContainer: () => ({ clientWidth: 800, clientHeight: 600 }),
    jumpTo: vi.fn(),
    fitBounds: vi.fn(),
    on: (event: string, h: Handler) => {
      handlers[event] = [...(handlers[event] ?? []), h];
    },
    off: (event: string, h: Handler) => {
      handlers[event] = (handlers[event] ?? []).filter((x) => x !== h);
    },
    fire: (event: string) => {
      for (const h of handlers[event] ?? []) h();
    },
  };
  return { map, sources, added, handlers };
}
const asMap = (m: unknown) => m as MapLibre;
const json = (body: unknown, ok = true) => Promise.resolve({ ok, status: ok ? 200 : 404, json: () => Promise.resolve(body) } as Response);
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('showWorld', () => {
  it('lifts the bounds, adds the layers under the detail ones, and fetches no cell at low zoom', async () => {
    const { map, added, sources } = fakeMap(2);
    const fetch = vi.fn(() => json([]));
    showWorld(asMap(map), { theme: themes.light, onError: vi.fn(), fetch, cellBase: 'w/' });
    await settle();
    expect(map.setMaxBounds).toHaveBeenCalledWith(null);
    expect(added.map((a) => a.before)).toEqual(worldLayers(themes.light).map(() => 'land'));
    expect(fetch).not.toHaveBeenCalled();
    expect(sources.get(WORLD_SOURCE_IDS.countries50)?.setData).not.toHaveBeenCalled();
    map.zoom = 3;
    map.fire('moveend');
    expect(sources.get(WORLD_SOURCE_IDS.countries50)?.setData).toHaveBeenCalledWith(expect.stringContaining('countries-50m'));
  });
  it('from zoom 5 fetches the index and each cell in view once, and reports a failed cell', async () => {
    const { map, sources } = fakeMap(6, [44, 38, 46, 41]);
    const city = {
      type: 'Feature',
      properties: { name: 'Yerevan', population: 1e6 },
      geometry: { type: 'Point', coordinates: [44.5, 40.2] },
    };
    const fetch = vi.fn((url: string) =>
      url.endsWith('index.json') ? json(['22_13', '22_12']) : url.includes('22_13') ? json({ features: [city] }) : json(null, false),
    );
    const onError = vi.fn();
    const world = showWorld(asMap(map), {
      theme: themes.light,
      onError,
      fetch: fetch as unknown as typeof globalThis.fetch,
      cellBase: 'w/',
    });
    await settle();
    map.fire('moveend');
    await settle();
    expect(fetch.mock.calls.map((c) => c[0]).sort()).toEqual(['w/22_12.geojson', 'w/22_13.geojson', 'w/index.json']);
    expect(onError).toHaveBeenCalledWith(expect.stringContaining('22_12'));
    expect(sources.get(WORLD_SOURCE_IDS.cities)?.setData).toHaveBeenCalledWith({ type: 'FeatureCollection', features: [city] });
    // A reloaded style gets the world back, with the cities already loaded.
    sources.clear();
    map.fire('style.load');
    expect(sources.get(WORLD_SOURCE_IDS.cities)?.setData).toHaveBeenCalled();
    world.destroy();
    sources.clear();
    map.fire('style.load');
    expect(sources.size).toBe(0);
  });
  it('reports a missing index without throwing', async () => {
    const { map } = fakeMap(7);
    const onError = vi.fn();
    showWorld(asMap(map), { theme: themes.light, onError, fetch: () => Promise.reject(new Error('offline')), cellBase: 'w/' });
    await settle();
    expect(onError).toHaveBeenCalledWith('world city index: offline');
  });
});

describe('fitToBounds', () => {
  it('fits an extent with padding, across the antimeridian too', () => {
    const { map } = fakeMap(2);
    fitToBounds(asMap(map), [170, -20, -170, -10]);
    expect(map.fitBounds).toHaveBeenCalledWith(
      [
        [170, -20],
        [190, -10],
      ],
      expect.objectContaining({ padding: 48 }),
    );
  });
  it('gives a single point a town-level zoom', () => {
    const { map } = fakeMap(2);
    fitToBounds(asMap(map), [2.35, 48.85, 2.35, 48.85]);
    expect(map.jumpTo).toHaveBeenCalledWith({ center: [2.35, 48.85], zoom: 9 });
  });
});
