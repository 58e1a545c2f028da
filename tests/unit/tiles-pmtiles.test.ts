// `npm run tiles`' archive, served by the project's static server (scripts/static-server.mjs) on
// loopback and read back over Range requests by the `pmtiles` library, as a maplibre page reads it:
// header, metadata, and a tile decoded with @mapbox/vector-tile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acledCsvOf } from '../../scripts/bench/scale-data.ts';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/static-server.mjs';
import { buildArchive } from '../../scripts/tiles/build-archive.ts';
import { HEADER_BYTES, zxyToTileId } from '../../scripts/tiles/pmtiles-write.ts';
import { parseTilesArgs } from '../../scripts/tiles.ts';

/** The parts of the `pmtiles` package (a runtime dependency of tiles.html only) this test uses. */
type PmtilesLib = {
  FetchSource: new (url: string) => unknown;
  PMTiles: new (
    source: unknown,
  ) => {
    getHeader(): Promise<Record<string, number | boolean>>;
    getMetadata(): Promise<Record<string, unknown>>;
    getZxy(z: number, x: number, y: number): Promise<{ data: ArrayBuffer } | undefined>;
  };
  zxyToTileId(z: number, x: number, y: number): number;
};
// Imported by name at run time so the rest of the suite runs where it is not installed yet.
const PMTILES = 'pmtiles';
const lib = (await import(/* @vite-ignore */ PMTILES).catch(() => null)) as PmtilesLib | null;

const DENSE = 40; // rows at one place, on days 0..39
const MAX_ZOOM = 8;
// A dense town at 25°E 10°N and one lone point at 30°E 15°N, 100 days later.
const lon = Float32Array.from({ length: DENSE + 1 }, (_, i) => (i < DENSE ? 25 : 30));
const lat = Float32Array.from({ length: DENSE + 1 }, (_, i) => (i < DENSE ? 10 : 15));
const day = Uint16Array.from({ length: DENSE + 1 }, (_, i) => (i < DENSE ? i : 100));
const csv = new TextEncoder().encode(acledCsvOf({ lon, lat, day }));
const built = buildArchive('events.csv', csv, { minZoom: 0, maxZoom: MAX_ZOOM, maxFeatures: 10 });
const archive = Buffer.concat(built.parts ?? []);

/** Tile x, y of a point at zoom z. */
function tileOf(z: number, lonDeg: number, latDeg: number): [number, number] {
  const n = 2 ** z;
  const s = Math.sin((latDeg * Math.PI) / 180);
  return [Math.floor(((lonDeg + 180) / 360) * n), Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n)];
}

let dir: string;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimline-tiles-'));
  writeFileSync(join(dir, 'events.pmtiles'), archive);
  server = await startServer({ root: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

it('numbers tiles along the Hilbert curve as the spec does', () => {
  expect([zxyToTileId(0, 0, 0), zxyToTileId(1, 0, 0), zxyToTileId(1, 0, 1), zxyToTileId(1, 1, 1), zxyToTileId(1, 1, 0)]).toEqual([
    0, 1, 2, 3, 4,
  ]);
  expect(zxyToTileId(2, 0, 0)).toBe(5);
});

it('reads its arguments', () => {
  expect(parseTilesArgs(['--data', 'a.csv', '--out=t/a.pmtiles', '--maxzoom', '12'])).toMatchObject({
    data: 'a.csv',
    out: 't/a.pmtiles',
    options: { minZoom: 0, maxZoom: 12 },
  });
  expect(parseTilesArgs(['--data', 'a.csv'])).toHaveProperty('error');
  expect(parseTilesArgs(['--data', 'a.csv', '--out', 'b', '--maxzoom', '16'])).toHaveProperty('error');
});

it('writes every zoom, thins only the dense tiles below the top zoom, and refuses a file without points', () => {
  expect(built.report.fatal).toBeNull();
  expect(built.features).toBe(DENSE + 1);
  expect(built.thinnedZooms.length).toBeGreaterThan(0);
  expect(built.thinnedZooms).not.toContain(MAX_ZOOM);
  expect(buildArchive('junk.csv', new TextEncoder().encode('a,b\n1,2\n')).parts).toBeNull();
});

it('the static server answers a Range request into the archive with 206 and its Content-Range', async () => {
  const res = await fetch(`${server.url}events.pmtiles`, { headers: { range: `bytes=0-${HEADER_BYTES - 1}` } });
  expect(res.status).toBe(206);
  expect(res.headers.get('content-range')).toBe(`bytes 0-${HEADER_BYTES - 1}/${archive.length}`);
  const head = new Uint8Array(await res.arrayBuffer());
  expect(head.length).toBe(HEADER_BYTES);
  expect(new TextDecoder().decode(head.subarray(0, 7))).toBe('PMTiles');
  expect(head[7]).toBe(3);
});

describe.skipIf(lib === null)('read back with the pmtiles library over Range requests', () => {
  // The describe's body runs even when skipped: the library is read inside the tests.
  const pm = () => lib as PmtilesLib;
  const responses: { status: number; range: string | null }[] = [];
  const open = () => {
    const real = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const res = await real(input, init);
      responses.push({ status: res.status, range: res.headers.get('content-range') });
      return res;
    });
    return new (pm().PMTiles)(new (pm().FetchSource)(`${server.url}events.pmtiles`));
  };

  it('agrees on tile ids', () => {
    for (const [z, x, y] of [
      [3, 5, 2],
      [7, 100, 33],
      [12, 4000, 17],
    ] as const)
      expect(zxyToTileId(z, x, y)).toBe(pm().zxyToTileId(z, x, y));
  });

  it('reads the header, the metadata and a tile with the right features', async () => {
    const archiveReader = open();
    const header = await archiveReader.getHeader();
    expect(header).toMatchObject({ specVersion: 3, minZoom: 0, maxZoom: MAX_ZOOM, tileType: 1, clustered: true });
    expect(header.minLon).toBeCloseTo(25, 5);
    expect(header.maxLat).toBeCloseTo(15, 5);

    const meta = (await archiveReader.getMetadata()) as { attribution: string; licence: string; claimline: Record<string, unknown> };
    expect(meta.attribution).toMatch(/ACLED/);
    expect(meta.licence).toMatch(/ACLED/);
    expect(meta.claimline).toMatchObject({ first_date: '2023-01-01', groups: ['events'], event_types: ['Battles'], features: DENSE + 1 });

    const [x, y] = tileOf(MAX_ZOOM, 30, 15);
    const tile = await archiveReader.getZxy(MAX_ZOOM, x, y);
    const layer = new VectorTile(new PbfReader(new Uint8Array(tile?.data as ArrayBuffer))).layers.claims;
    expect(layer?.length).toBe(1);
    const f = layer?.feature(0);
    expect(f?.properties).toMatchObject({ day: 100, day_end: 100, group: 0, type: 0, geo_precision: 1, flags: 0 });
    expect(String(f?.properties.id)).toMatch(/^events-syn41$/);
    const point = f?.toGeoJSON(x, y, MAX_ZOOM).geometry as { coordinates: number[] } | undefined;
    expect(point?.coordinates[0]).toBeCloseTo(30, 2);

    // The dense town: every row at the top zoom, a sample at zoom 0.
    const [tx, ty] = tileOf(MAX_ZOOM, 25, 10);
    const top = await archiveReader.getZxy(MAX_ZOOM, tx, ty);
    expect(new VectorTile(new PbfReader(new Uint8Array(top?.data as ArrayBuffer))).layers.claims?.length).toBe(DENSE);
    const world = await archiveReader.getZxy(0, 0, 0);
    const sample = new VectorTile(new PbfReader(new Uint8Array(world?.data as ArrayBuffer))).layers.claims?.length ?? 0;
    expect(sample).toBeGreaterThan(0);
    expect(sample).toBeLessThan(DENSE);

    vi.restoreAllMocks();
    expect(responses.length).toBeGreaterThan(0);
    for (const r of responses) {
      expect(r.status).toBe(206);
      expect(r.range).toMatch(new RegExp(`^bytes \\d+-\\d+/${archive.length}$`));
    }
  });
});
