/**
 * Places a research `place` string on the map through data/raw/place-map.csv and the gazetteer.
 * A place that is not in the map is unknown (an error); one mapped to no place id is unplotted
 * with the map's note as the reason; a coordinate is never guessed.
 */
export type GazetteerEntry = { id: string; coordinates: [number, number] | null };
export type PlaceMapEntry = { placeId: string | null; precision: 1 | 2 | 3 | null; note: string };

export type GeocodeResult =
  | { kind: 'located'; placeId: string; precision: 1 | 2 | 3; coordinates: [number, number] }
  | { kind: 'unplotted'; placeId: string | null; reason: string }
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
  if (!entry.placeId) return { kind: 'unplotted', placeId: null, reason: entry.note || 'no mappable place' };
  const gaz = gazetteer.get(entry.placeId);
  if (!gaz) return { kind: 'unknown' };
  if (!gaz.coordinates || !entry.precision) {
    return { kind: 'unplotted', placeId: entry.placeId, reason: `no citable coordinate for "${entry.placeId}"` };
  }
  return { kind: 'located', placeId: entry.placeId, precision: entry.precision, coordinates: gaz.coordinates };
}
