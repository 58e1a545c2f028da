// The cell layer's wiring against a stand-in map (one upload per frame, cells only above the point
// limit, click on a cell zooms) and its pure parts: radius stops, label layout, instance packing.
import { testColumns } from './columns-fixture.ts';
import { describe, expect, it, vi } from 'vitest';
import { CELL_STROKE, cellRadius } from '../../src/style/cell-look.ts';
import { lightTheme } from '../../src/style/theme.ts';
import { CellsLayer } from '../../src/map/gpu/cells-layer.ts';
import { CELL_STRIDE, GLYPH_STRIDE, packCells, packGlyphs } from '../../src/map/gpu/cell-instances.ts';
import { charsOf, layoutLabel } from '../../src/map/gpu/cell-label-layout.ts';
import type { Glyph } from '../../src/map/gpu/cell-glyph-atlas.ts';

// No canvas in the test DOM: a glyph atlas of 7 css px per character, colours as fixed numbers.
vi.mock('../../src/map/gpu/atlas.ts', () => ({ rgba: (css: string) => [css.length / 100, 0, 0, 1] }));
vi.mock('../../src/map/gpu/cell-glyph-atlas.ts', () => ({
  drawGlyphAtlas: (chars: string[], ratio: number) => ({
    chars: chars.join(''),
    ratio,
    width: chars.length * 10,
    height: 18,
    pad: 2,
    glyphs: new Map(chars.map((ch, i) => [ch, { advance: 7, u: i * 10, width: 10 }])),
    pixels: new Uint8Array(chars.length * 10 * 18 * 4),
  }),
}));

const N = 30;
const cols = testColumns(N, {
  firstDay: 100,
  lon: new Float32Array(N).fill(44.5),
  lat: new Float32Array(N).fill(40.2),
  day: Int32Array.from({ length: N }, (_, i) => i),
  dayEnd: Int32Array.from({ length: N }, (_, i) => i),
  group: Uint16Array.from({ length: N }, (_, i) => (i < 20 ? 1 : 0)),
  groups: ['a', 'b'],
});

function fakeMap() {
  const handlers = new Map<string, (e?: unknown) => void>();
  const layers = new Map<string, { setData: (...a: unknown[]) => void }>();
  const map = {
    once: vi.fn(),
    on: (type: string, f: () => void) => handlers.set(type, f),
    off: vi.fn(),
    addLayer: (l: { id: string; setData: () => void }) => layers.set(l.id, l),
    getLayer: (id: string) => layers.get(id),
    getZoom: () => 6,
    getMaxZoom: () => 12,
    getBounds: () => ({ getWest: () => 40, getSouth: () => 35, getEast: () => 50, getNorth: () => 45 }),
    // The view centred on the cell: it projects to (100, 100).
    project: ([lon, lat]: [number, number]) => ({ x: 100 + (lon - 44.5) * 50, y: 100 - (lat - 40.2) * 50 }),
    fitBounds: vi.fn(),
    getCanvas: () => canvas,
    getStyle: () => ({}),
    removeLayer: vi.fn(),
  };
  const canvas = { style: { cursor: '' } };
  return { map, handlers, layers, canvas };
}

describe('CellsLayer', () => {
  it('uploads counts once per frame, above the point limit, and eases to a clicked cell', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const { map, handlers, layers, canvas } = fakeMap();
    const onAggregate = vi.fn();
    const colours = new Map([['b', lightTheme.side.azerbaijan as string]]);
    const layer = new CellsLayer(map as never, { cols, theme: lightTheme, colours, maxPoints: 10, onAggregate });
    const gl = [...layers.values()][0] as { setData: (...a: unknown[]) => void };
    const setData = vi.spyOn(gl, 'setData');
    layer.update({ mode: 'range', from: 100, to: 104, sides: new Set(['a', 'b']) });
    layer.update({ mode: 'asof', from: 100, to: 200, sides: new Set(['a', 'b']) });
    expect(frames).toHaveLength(1);
    frames.shift()?.(0);
    expect(setData).toHaveBeenCalledTimes(1);
    const [cells, glyphs] = setData.mock.calls[0] as [Float32Array, Float32Array];
    expect(cells).toHaveLength(CELL_STRIDE);
    expect(cells[2]).toBeCloseTo(cellRadius(30));
    // Ringed in the dominant group's colour (b: 20 of 30).
    expect(cells[3]).toBeCloseTo((lightTheme.side.azerbaijan as string).length / 100);
    expect(glyphs).toHaveLength(2 * GLYPH_STRIDE); // "30"
    expect(layer.counts?.total).toBe(30);
    expect(onAggregate).toHaveBeenLastCalledWith(true);

    handlers.get('mousemove')?.({ point: { x: 104, y: 98 } });
    expect(canvas.style.cursor).toBe('pointer');
    handlers.get('click')?.({ point: { x: 300, y: 300 } });
    expect(map.fitBounds).not.toHaveBeenCalled();
    handlers.get('click')?.({ point: { x: 104, y: 98 } });
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    handlers.get('mousemove')?.({ point: { x: 100 + cellRadius(30) + CELL_STROKE + 1, y: 100 } });
    expect(canvas.style.cursor).toBe('');

    layer.update({ mode: 'range', from: 100, to: 104, sides: new Set(['a', 'b']) });
    frames.shift()?.(0);
    expect(setData.mock.calls[1]?.[0]).toHaveLength(0);
    expect(onAggregate).toHaveBeenLastCalledWith(false);
    // A pan or zoom recomputes in the next frame.
    handlers.get('moveend')?.();
    expect(frames).toHaveLength(1);
    layer.destroy();
    expect(map.removeLayer).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});

describe('cellRadius', () => {
  it('follows √count on the stops 1 → 9, 100 → 16, 10,000 → 30 px, flat outside', () => {
    expect(cellRadius(0)).toBe(9);
    expect(cellRadius(1)).toBe(9);
    expect(cellRadius(100)).toBe(16);
    expect(cellRadius(10_000)).toBe(30);
    expect(cellRadius(1e6)).toBe(30);
    expect(cellRadius(55 ** 2)).toBeCloseTo(23);
  });
});

describe('cell labels', () => {
  const glyphs = new Map<string, Glyph>([
    ['1', { advance: 6, u: 0, width: 10 }],
    ['2', { advance: 8, u: 10, width: 12 }],
    [',', { advance: 3, u: 22, width: 7 }],
  ]);

  it('lays glyphs out by their advances, centred on the cell', () => {
    const { chars, left, width } = layoutLabel('1,2', glyphs);
    expect(chars).toEqual(['1', ',', '2']);
    expect(width).toBe(17);
    expect(left).toEqual([-8.5, -2.5, 0.5]);
    expect(layoutLabel('12\u202f2', glyphs).width).toBe(22); // a character the atlas lacks takes no space
  });

  it('collects the characters the labels use', () => {
    expect(charsOf(['12\u202f345', '9'])).toEqual(['1', '2', '3', '4', '5', '9', '\u202f']);
  });

  it("packs a cell and its glyphs at the cell's mercator position", () => {
    const c = { n: 2, lon: [0, 90], lat: [0, 0], count: [1, 10_000] };
    const cells = packCells(c, (k) => [k, 0.5, 1]);
    expect([...cells]).toEqual([0.5, 0.5, 9, 0, 0.5, 1, 0.75, 0.5, 30, 1, 0.5, 1]);
    const out = packGlyphs(c, ['1', '2,1'], glyphs, 2, 2);
    expect(out).toHaveLength(4 * GLYPH_STRIDE);
    // "1" alone: left edge −3 css px, less the pad (2 atlas px at ratio 2 = 1 css px).
    expect([...out.subarray(0, GLYPH_STRIDE)]).toEqual([0.5, 0.5, -4, 0, 10, 0]);
    // "2,1" (17 px wide): the comma starts at −0.5, the last glyph at 2.5.
    expect(out[GLYPH_STRIDE * 2 + 2]).toBe(-0.5 - 1);
    expect(out[GLYPH_STRIDE * 3 + 3]).toBe(0);
    expect(out[GLYPH_STRIDE * 3]).toBe(0.75);
  });
});
