/**
 * Opens the archive with the `pmtiles` reader and checks it is one this page can draw: a PMTiles
 * v3 file of vector tiles with the `claimline` metadata `npm run tiles` writes (docs/pmtiles.md).
 * Each fault is a message naming the file; nothing is thrown.
 */
import { PMTiles, TileType } from 'pmtiles';
import type { TilesKey } from '../i18n/tiles/index.ts';

export type ArchiveMeta = {
  firstDay: number;
  groups: string[];
  eventTypes: string[];
  name: string;
  attribution: string;
  licence: string;
  bounds: [number, number, number, number];
};
export type Opened = { archive: PMTiles; meta: ArchiveMeta } | { error: TilesKey; vars: Record<string, string> };

const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : null);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export async function openArchive(url: string, file: string): Promise<Opened> {
  const archive = new PMTiles(url);
  let header: Awaited<ReturnType<PMTiles['getHeader']>>;
  try {
    header = await archive.getHeader();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    // The reader's words for a file that is not an archive; anything else is the fetch failing.
    const notArchive = /magic number|spec version|offset|bounds|varint|directory/i.test(why) || e instanceof RangeError;
    return { error: notArchive ? 'tilesErrNotV3' : 'tilesErrRead', vars: { file, why } };
  }
  if (header.specVersion !== 3) return { error: 'tilesErrNotV3', vars: { file, why: `spec version ${header.specVersion}` } };
  if (header.tileType !== TileType.Mvt) return { error: 'tilesErrNotVector', vars: { file } };
  let metadata: unknown;
  try {
    metadata = await archive.getMetadata();
  } catch (e) {
    return { error: 'tilesErrNoMeta', vars: { file, why: e instanceof Error ? e.message : String(e) } };
  }
  const m = (metadata ?? {}) as Record<string, unknown>;
  const c = (m.claimline ?? null) as Record<string, unknown> | null;
  const groups = strings(c?.groups);
  const eventTypes = strings(c?.event_types);
  if (!c || typeof c.first_day !== 'number' || !Number.isInteger(c.first_day) || !groups || !eventTypes)
    return { error: 'tilesErrNoMeta', vars: { file } };
  return {
    archive,
    meta: {
      firstDay: c.first_day,
      groups,
      eventTypes,
      name: text(m.name) || file,
      attribution: text(m.attribution),
      licence: text(m.licence),
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    },
  };
}
