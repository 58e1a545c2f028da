/**
 * `npm run tiles`: the pure part. One importable file (any layout the app's importers read) → the
 * parts of a PMTiles archive of its points, and its metadata: what a page needs to label and
 * filter the tiles (groups, event types, the first day the tiles' days count from) and the
 * source's attribution and licence, which travel with the data.
 */
import { columnsFromImported } from '../../src/data/columns/store.ts';
import { dateFromDay } from '../../src/data/day.ts';
import { importFile } from '../../src/data/import/index.ts';
import { uniqueId } from '../../src/data/import/to-incidents.ts';
import type { ImportReport } from '../../src/data/import/types.ts';
import { pmtilesParts } from './pmtiles-write.ts';
import { EXTENT, LAYER, pointTiles } from './point-tiles.ts';

export type TilesOptions = { minZoom: number; maxZoom: number; maxFeatures: number };
export const DEFAULTS: TilesOptions = { minZoom: 0, maxZoom: 10, maxFeatures: 20_000 };

export type BuiltArchive = {
  report: ImportReport;
  /** Null where nothing can be tiled (a fatal report, or no placed row). */
  parts: Uint8Array[] | null;
  tiles: number;
  features: number;
  unplaced: number;
  thinnedZooms: number[];
};

/** Fields of every feature in layer "claims", as TileJSON's vector_layers lists them. */
const FIELDS = {
  id: 'String',
  day: 'Number',
  day_end: 'Number',
  group: 'Number',
  type: 'Number',
  geo_precision: 'Number',
  flags: 'Number',
};

export function buildArchive(name: string, bytes: Uint8Array, o: TilesOptions = DEFAULTS): BuiltArchive {
  const result = importFile(name, bytes);
  const { report, meta } = result;
  const none = { report, parts: null, tiles: 0, features: 0, unplaced: result.events.length, thinnedZooms: [] };
  if (report.fatal || result.events.length === 0) return none;
  // The group id the app gives this file (to-incidents.ts), so tile ids match the app's record ids.
  const group = uniqueId(report.file.replace(/(\.claimline)?\.[a-z0-9]+$/i, ''), '_', new Set(), 'imported');
  const cols = columnsFromImported(result.events, { group, dataset: meta.title || report.file });
  const tiled = pointTiles(cols, o);
  if (tiled.features === 0) return { ...none, unplaced: tiled.unplaced };

  let [west, south, east, north] = [180, 90, -180, -90];
  for (let i = 0; i < cols.count; i++) {
    const lon = cols.lon[i] as number;
    const lat = cols.lat[i] as number;
    if (Number.isNaN(lon) || Number.isNaN(lat)) continue;
    [west, east] = [Math.min(west, lon), Math.max(east, lon)];
    [south, north] = [Math.min(south, lat), Math.max(north, lat)];
  }
  const metadata = {
    name: meta.title || report.file,
    description: meta.description,
    attribution: meta.attribution,
    licence: meta.licence,
    source_url: meta.source_url,
    format: 'pbf',
    vector_layers: [{ id: LAYER, fields: FIELDS, minzoom: o.minZoom, maxzoom: o.maxZoom }],
    claimline: {
      version: 1,
      extent: EXTENT,
      /** Day number (days since 1970-01-01) that `day` and `day_end` count from. */
      first_day: cols.firstDay,
      first_date: dateFromDay(cols.firstDay),
      /** `group` and `type` index these lists. */
      groups: cols.groups,
      event_types: cols.eventTypes,
      flags: { direction: 1, both_sides: 2, undated: 4, context: 8 },
      features: tiled.features,
      unplaced: tiled.unplaced,
      /** Zooms where some tiles hold a sample of their rows (maxZoom never does). */
      thinned_zooms: tiled.thinnedZooms,
      max_features: o.maxFeatures,
    },
  };
  const midZoom = Math.max(o.minZoom, Math.min(o.maxZoom, 4));
  const parts = pmtilesParts(tiled.tiles, {
    minZoom: o.minZoom,
    maxZoom: o.maxZoom,
    bounds: [west, south, east, north],
    center: [(west + east) / 2, (south + north) / 2, midZoom],
    metadata,
  });
  return { report, parts, tiles: tiled.tiles.length, features: tiled.features, unplaced: tiled.unplaced, thinnedZooms: tiled.thinnedZooms };
}
