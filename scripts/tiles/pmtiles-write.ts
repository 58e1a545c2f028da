/**
 * A PMTiles version 3 writer (github.com/protomaps/PMTiles spec/v3/spec.md): the `pmtiles` npm
 * package only reads. One file: a 127-byte header, the root directory, the JSON metadata, leaf
 * directories, then the tile data, so a reader needs one Range request for the header and root
 * (the first 16 KiB) and one a tile. Directories and metadata are gzipped; tiles arrive gzipped.
 */
import { gzipSync } from 'node:zlib';

export const HEADER_BYTES = 127;
/** Header + root directory must fit in the first request a reader makes. */
const FIRST_FETCH = 16384;
const GZIP = 2;
const MVT = 1;

/** Tile id of z/x/y: the tiles of lower zooms first, then the position on the zoom's Hilbert curve. */
export function zxyToTileId(z: number, x: number, y: number): number {
  let id = ((1 << z) * (1 << z) - 1) / 3;
  let tx = x;
  let ty = y;
  for (let s = 1 << (z - 1); s > 0; s >>= 1) {
    const rx = tx & s ? 1 : 0;
    const ry = ty & s ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) [tx, ty] = [s - 1 - ty, s - 1 - tx];
      else [tx, ty] = [ty, tx];
    }
  }
  return id;
}

export type Tile = { id: number; data: Uint8Array };
type Entry = { id: number; offset: number; length: number; runLength: number };

export type ArchiveInfo = {
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
};

// Numbers above 2^31 need arithmetic, not bit operations.
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** One directory, columns as the spec orders them, gzipped. */
function directoryBytes(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    pushVarint(out, e.id - last);
    last = e.id;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0: right after the previous entry; else offset + 1.
    pushVarint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

/** The root alone when it fits in the first fetch, else a root of leaves, each leaf `leafSize` entries. */
function directories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = directoryBytes(entries);
  if (whole.length <= FIRST_FETCH - HEADER_BYTES) return { root: whole, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const part = entries.slice(i, i + leafSize);
      const bytes = directoryBytes(part);
      rootEntries.push({ id: (part[0] as Entry).id, offset, length: bytes.length, runLength: 0 });
      parts.push(bytes);
      offset += bytes.length;
    }
    const root = directoryBytes(rootEntries);
    if (root.length <= FIRST_FETCH - HEADER_BYTES) return { root, leaves: Buffer.concat(parts) };
  }
}

function header(fields: { sections: [number, number][]; tiles: number; info: ArchiveInfo }): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const v = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  // Root, metadata, leaves, tile data: offset and length each, u64 (exact below 2^53).
  for (const [i, n] of fields.sections.flat().entries()) v.setBigUint64(8 + 8 * i, BigInt(n), true);
  for (const at of [72, 80, 88]) v.setBigUint64(at, BigInt(fields.tiles), true);
  v.setUint8(96, 1); // clustered: tile data in tile-id order
  v.setUint8(97, GZIP); // directories and metadata
  v.setUint8(98, GZIP); // tiles
  v.setUint8(99, MVT);
  const { info } = fields;
  v.setUint8(100, info.minZoom);
  v.setUint8(101, info.maxZoom);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  for (const [i, deg] of info.bounds.entries()) v.setInt32(102 + 4 * i, e7(deg), true);
  v.setUint8(118, info.center[2]);
  v.setInt32(119, e7(info.center[0]), true);
  v.setInt32(123, e7(info.center[1]), true);
  return bytes;
}

/** The archive's bytes, in parts to write one after the other. `tiles`: gzipped MVT, ascending ids. */
export function pmtilesParts(tiles: readonly Tile[], info: ArchiveInfo): Uint8Array[] {
  const entries: Entry[] = [];
  let offset = 0;
  let last = -1;
  for (const t of tiles) {
    if (t.id <= last) throw new Error(`tiles must come in ascending id order (${t.id} after ${last})`);
    last = t.id;
    entries.push({ id: t.id, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(JSON.stringify(info.metadata));
  const rootAt = HEADER_BYTES;
  const metaAt = rootAt + root.length;
  const leavesAt = metaAt + metadata.length;
  const dataAt = leavesAt + leaves.length;
  const sections: [number, number][] = [
    [rootAt, root.length],
    [metaAt, metadata.length],
    [leavesAt, leaves.length],
    [dataAt, offset],
  ];
  return [header({ sections, tiles: tiles.length, info }), root, metadata, leaves, ...tiles.map((t) => t.data)];
}
