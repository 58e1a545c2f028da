/**
 * Places a research `place` string on the map through data/raw/place-map.csv and the gazetteer.
 * A place that is not in the map is unknown (an error); one mapped to no place id is unplotted
 * with the map's note as the reason and its `unplotted_kind`; a coordinate is never guessed.
 */
import { UNPLOTTED_KINDS, type UnplottedKind } from '../../src/data/schema.ts';

export type GazetteerEntry = { id: string; coordinates: [number, number] | null };
/** `kind` is set exactly when `placeId` is empty (the build refuses a place-map row otherwise). */
export type PlaceMapEntry = { placeId: string | null; precision: 1 | 2 | 3 | null; note: string; kind: UnplottedKind | null };

export type GeocodeResult =
  | { kind: 'located'; placeId: string; precision: 1 | 2 | 3; coordinates: [number, number] }
  | { kind: 'unplotted'; placeId: string | null; reason: string; unplottedKind: UnplottedKind | null }
  | { kind: 'unknown' };

export function placeKey(place: string, country: string): string {
  return `${place.trim()}\u0000${country.trim()}`;
}

export function geocode(
  place: string,
  country: string,
  placeMap: ReadonlyMap<string, PlaceMapEntry>,
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
): GeocodeResult {
  const entry = placeMap.get(placeKey(place, country));
  if (!entry) return { kind: 'unknown' };
  if (!entry.placeId) {
    return { kind: 'unplotted', placeId: null, reason: entry.note || 'no mappable place', unplottedKind: entry.kind };
  }
  const gaz = gazetteer.get(entry.placeId);
  if (!gaz) return { kind: 'unknown' };
  if (!gaz.coordinates || !entry.precision) {
    return {
      kind: 'unplotted',
      placeId: entry.placeId,
      reason: `no citable coordinate for "${entry.placeId}"`,
      unplottedKind: 'not_located',
    };
  }
  return { kind: 'located', placeId: entry.placeId, precision: entry.precision, coordinates: gaz.coordinates };
}

/**
 * One row of data/raw/place-map.csv, or why it is refused: a row with no place id must say which
 * `unplotted_kind` it is (so the interface can say why in every language), a mapped row must not.
 */
export function parsePlaceMapRow(row: Record<string, string>): PlaceMapEntry | { error: string } {
  const placeId = row.place_id?.trim() || null;
  const kindText = row.unplotted_kind?.trim() ?? '';
  const at = `place-map.csv: "${row.place ?? ''}" (${row.country_of_place ?? ''})`;
  if (kindText && !(UNPLOTTED_KINDS as readonly string[]).includes(kindText)) {
    return { error: `${at}: unplotted_kind "${kindText}" is not one of ${UNPLOTTED_KINDS.join(', ')}` };
  }
  if (!placeId && !kindText) return { error: `${at}: no place_id and no unplotted_kind` };
  if (placeId && kindText) return { error: `${at}: has a place_id and an unplotted_kind` };
  const precision = row.geo_precision?.trim() ? (Number(row.geo_precision) as 1 | 2 | 3) : null;
  return { placeId, precision, note: row.note?.trim() ?? '', kind: (kindText || null) as UnplottedKind | null };
}
