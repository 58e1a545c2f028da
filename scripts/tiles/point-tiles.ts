/**
 * Event columns → gzipped Mapbox Vector Tiles of points, one layer "claims", every zoom from
 * minZoom to maxZoom. Encoding is @maplibre/vt-pbf's (what maplibre itself uses for GeoJSON).
 *
 * Dense tiles below maxZoom are thinned, not clustered: a tile over `maxFeatures` keeps the rows
 * whose fixed pseudo-random rank (from the row's index) is below maxFeatures / its count. A child
 * tile holds fewer rows, so its threshold is higher: a point seen at one zoom stays at every
 * higher zoom, and maxZoom always holds every row. Thinned zooms are listed in the metadata.
 */
import { gzipSync } from 'node:zlib';
import type { GeoJSONVTFeature, GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { EventColumns } from '../../src/data/columns/store.ts';
import { type Tile, zxyToTileId } from './pmtiles-write.ts';

export const LAYER = 'claims';
export const EXTENT = 4096;
/** Points this close to a tile's edge (128 of 4096: 8 pixels of a 256-pixel tile) are also in the neighbour, so circles are not cut. */
const BUFFER = 128;
const MAX_LAT = 85.05112878;

export type TileOptions = { minZoom: number; maxZoom: number; maxFeatures: number };
export type TiledPoints = { tiles: Tile[]; thinnedZooms: number[]; features: number; unplaced: number };

/** Web Mercator in [0, 1) both ways, y down. */
function project(lon: number, lat: number): [number, number] {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  const x = (lon + 180) / 360;
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [Math.min(Math.max(x, 0), 1 - 1e-12), Math.min(Math.max(y, 0), 1 - 1e-12)];
}

/** A fixed rank in [0, 1) a row: the same build gives the same tiles. */
function rank(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

function feature(c: EventColumns, i: number, x: number, y: number): GeoJSONVTFeature {
  return {
    id: i,
    type: 1,
    geometry: [[x, y]],
    tags: {
      id: c.ids.at(i) as string,
      day: c.day[i] as number,
      day_end: c.dayEnd[i] as number,
      group: c.group[i] as number,
      type: c.eventType[i] as number,
      geo_precision: c.geoPrecision[i] as number,
      flags: c.flags[i] as number,
    },
  };
}

/** The tiles (x, y, z) a point at world position (wx, wy) lands in, its own first, then neighbours within BUFFER. */
function tilesOf(wx: number, wy: number, n: number): [number, number, number, number][] {
  const fx = wx * n;
  const fy = wy * n;
  const tx = Math.floor(fx);
  const ty = Math.floor(fy);
  const px = Math.round((fx - tx) * EXTENT);
  const py = Math.round((fy - ty) * EXTENT);
  const out: [number, number, number, number][] = [];
  for (const dx of [0, -1, 1])
    for (const dy of [0, -1, 1]) {
      const x = tx + dx;
      const y = ty + dy;
      if (x < 0 || y < 0 || x >= n || y >= n) continue;
      const lx = px - dx * EXTENT;
      const ly = py - dy * EXTENT;
      if (lx < -BUFFER || ly < -BUFFER || lx > EXTENT + BUFFER || ly > EXTENT + BUFFER) continue;
      out.push([x, y, lx, ly]);
    }
  return out;
}

export function pointTiles(c: EventColumns, o: TileOptions): TiledPoints {
  const wx = new Float64Array(c.count);
  const wy = new Float64Array(c.count);
  const placed: number[] = [];
  for (let i = 0; i < c.count; i++) {
    const lon = c.lon[i] as number;
    const lat = c.lat[i] as number;
    if (Number.isNaN(lon) || Number.isNaN(lat)) continue;
    [wx[i], wy[i]] = project(lon, lat);
    placed.push(i);
  }
  const tiles: Tile[] = [];
  const thinnedZooms: number[] = [];
  for (let z = o.minZoom; z <= o.maxZoom; z++) {
    const n = 2 ** z;
    // Tile id → [row, x, y] triples.
    const byTile = new Map<number, number[]>();
    for (const i of placed)
      for (const [x, y, lx, ly] of tilesOf(wx[i] as number, wy[i] as number, n)) {
        const id = zxyToTileId(z, x, y);
        const list = byTile.get(id);
        if (list) list.push(i, lx, ly);
        else byTile.set(id, [i, lx, ly]);
      }
    let thinned = false;
    for (const id of [...byTile.keys()].sort((a, b) => a - b)) {
      const list = byTile.get(id) as number[];
      const count = list.length / 3;
      const keep = z < o.maxZoom && count > o.maxFeatures ? o.maxFeatures / count : 1;
      if (keep < 1) thinned = true;
      const features: GeoJSONVTFeature[] = [];
      for (let k = 0; k < list.length; k += 3) {
        const i = list[k] as number;
        if (keep === 1 || rank(i) < keep) features.push(feature(c, i, list[k + 1] as number, list[k + 2] as number));
      }
      const layer = { features } as unknown as GeoJSONVTTile;
      tiles.push({ id, data: gzipSync(fromGeojsonVt({ [LAYER]: layer }, { version: 2, extent: EXTENT })) });
    }
    if (thinned) thinnedZooms.push(z);
  }
  return { tiles, thinnedZooms, features: placed.length, unplaced: c.count - placed.length };
}
