// The cell layer's wiring against a stand-in map: one setData per frame, cells only above the point limit, click zooms.
import { describe, expect, it, vi } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { CELLS_SOURCE, cellLayers } from '../../src/style/cell-layers.ts';
import { lightTheme } from '../../src/style/theme.ts';
import { CellsLayer } from '../../src/map/cells-layer.ts';
import type { EventColumns } from '../../src/data/columns/store.ts';

const N = 30;
const cols = {
  count: N,
  firstDay: 100,
  lon: new Float32Array(N).fill(44.5),
  lat: new Float32Array(N).fill(40.2),
  day: Int32Array.from({ length: N }, (_, i) => i),
  dayEnd: Int32Array.from({ length: N }, (_, i) => i),
  group: Uint16Array.from({ length: N }, (_, i) => (i < 20 ? 1 : 0)),
  eventType: new Uint16Array(N),
  dataset: new Uint16Array(N),
  geoPrecision: new Uint8Array(N),
  flags: new Uint8Array(N),
  place: new Uint32Array(N),
  claimant: new Uint16Array(N),
  time: new Uint16Array(N),
  toll: new Float32Array(N).fill(Number.NaN),
  party: new Uint8Array(N),
  ids: [],
  groups: ['a', 'b'],
  eventTypes: [],
  datasets: [],
  places: [''],
  claimants: [],
  times: [''],
} as EventColumns;

function fakeMap() {
  const handlers = new Map<string, (e?: unknown) => void>();
  const setData = vi.fn();
  const layers = new Set<string>();
  const map = {
    isStyleLoaded: () => true,
    once: vi.fn(),
    on: (type: string, a: unknown, b?: unknown) => handlers.set(type, (b ?? a) as () => void),
    off: vi.fn(),
    addSource: vi.fn(),
    addLayer: (l: { id: string }) => layers.add(l.id),
    getLayer: (id: string) => layers.has(id),
    setLayoutProperty: vi.fn(),
    getSource: (id: string) => (id === CELLS_SOURCE ? { setData } : undefined),
    getZoom: () => 6,
    getMaxZoom: () => 12,
    getBounds: () => ({ getWest: () => 40, getSouth: () => 35, getEast: () => 50, getNorth: () => 45 }),
    fitBounds: vi.fn(),
    getCanvas: () => ({ style: { cursor: '' } }),
    getStyle: () => ({}),
    removeLayer: vi.fn(),
    removeSource: vi.fn(),
  };
  return { map, handlers, setData };
}

describe('CellsLayer', () => {
  it('draws counts once per frame, above the point limit, and eases to a clicked cell', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const { map, handlers, setData } = fakeMap();
    const onAggregate = vi.fn();
    const colours = new Map([['b', lightTheme.side.azerbaijan as string]]);
    const layer = new CellsLayer(map as never, { cols, theme: lightTheme, colours, maxPoints: 10, onAggregate });
    layer.update({ mode: 'range', from: 100, to: 104, sides: new Set(['a', 'b']) });
    layer.update({ mode: 'asof', from: 100, to: 200, sides: new Set(['a', 'b']) });
    expect(frames).toHaveLength(1);
    frames.shift()?.(0);
    expect(setData).toHaveBeenCalledTimes(1);
    const features = setData.mock.calls[0]?.[0].features;
    expect(features).toHaveLength(1);
    expect(features[0].properties).toMatchObject({ count: 30, label: '30', colour: lightTheme.side.azerbaijan });
    expect(onAggregate).toHaveBeenLastCalledWith(true);

    handlers.get('click')?.({ features: [{ properties: { k: 0 } }] });
    expect(map.fitBounds).toHaveBeenCalledTimes(1);

    layer.update({ mode: 'range', from: 100, to: 104, sides: new Set(['a', 'b']) });
    frames.shift()?.(0);
    expect(setData.mock.calls[1]?.[0].features).toEqual([]);
    expect(onAggregate).toHaveBeenLastCalledWith(false);
    // A pan or zoom recomputes in the next frame.
    handlers.get('moveend')?.();
    expect(frames).toHaveLength(1);
    layer.destroy();
    expect(map.removeSource).toHaveBeenCalledWith(CELLS_SOURCE);
    vi.unstubAllGlobals();
  });
});

describe('cellLayers', () => {
  it('is valid maplibre style, every colour from the theme', () => {
    const style = {
      version: 8 as const,
      glyphs: 'http://x/{fontstack}/{range}.pbf',
      sources: { [CELLS_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } } },
      layers: cellLayers(lightTheme),
    };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(JSON.stringify(style.layers)).toContain(lightTheme.panel);
  });
});
