/**
 * Places: a gazetteer row becomes a point feature, then each point learns where it lies (the side
 * of the border and the distance to it, the disputed regions that contain it). Pure and worker-safe
 * (turf, no Node or DOM), so the data build and a browser import derive places the same way.
 */
import { borderPosition, containingIds, type Country } from '../../geo/locate.ts';
import type { Place, Region } from '../schema.ts';

/** A gazetteer row as read from CSV: text cells, any of which may be missing. */
export type GazetteerRow = Readonly<Record<string, string | undefined>>;

export type GazetteerPlace =
  /** The row has no usable coordinate: kept in the gazetteer as a name, never drawn. */
  | { id: string; coordinates: null; place: null }
  /** Located; `place` is null when the point lies off the map (`onMap` says no). */
  | { id: string; coordinates: [number, number]; place: Place | null };

const text = (v: string | undefined) => v?.trim() ?? '';

/**
 * One gazetteer row (id, lat, lon, name_en/hy/az/ru, kind, country, source) as a place. Coordinates
 * are rounded to 5 decimals (about 1 m) for the map; the unrounded ones are returned for geocoding.
 * Border fields start empty: locatePlaces fills them once the outlines are known.
 */
export function placeFromRow(row: GazetteerRow, onMap: (coordinates: [number, number]) => boolean): GazetteerPlace {
  const id = text(row.id);
  const lat = text(row.lat) ? Number(row.lat) : Number.NaN;
  const lon = text(row.lon) ? Number(row.lon) : Number.NaN;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return { id, coordinates: null, place: null };
  const coordinates: [number, number] = [Number(lon.toFixed(5)), Number(lat.toFixed(5))];
  if (!onMap(coordinates)) return { id, coordinates: [lon, lat], place: null };
  const name_en = text(row.name_en);
  const place: Place = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id,
      name_en,
      name_hy: text(row.name_hy),
      name_az: text(row.name_az),
      name_ru: text(row.name_ru),
      kind: (text(row.kind) || 'village') as Place['properties']['kind'],
      country: text(row.country),
      // A name written "A / B" is the two sides' names for one place.
      contested: name_en.includes(' / '),
      source: text(row.source),
      border_side: null,
      border_km: null,
      regions: [],
    },
  };
  return { id, coordinates: [lon, lat], place };
}

/** True when the outlines include both sides of the border borderPosition measures. */
export function hasBorder(countries: readonly Country[]): boolean {
  return ['AM', 'AZ'].every((iso) => countries.some((c) => c.properties.iso === iso));
}

/**
 * Each place with its border side, its distance to the border in km (1 decimal) and the ids of
 * the polygonal regions that contain it. A dataset whose outlines have no such border gets null
 * sides and distances; regions are still found. Returns new features, in the same order.
 */
export function locatePlaces(places: readonly Place[], countries: readonly Country[], regions: readonly Region[]): Place[] {
  const border = hasBorder(countries);
  const areas = regions.map((r) => ({ ...r, properties: { id: r.properties.id } }));
  return places.map((place) => {
    const coordinates = place.geometry.coordinates as [number, number];
    const at = border ? borderPosition(coordinates, countries) : null;
    return {
      ...place,
      properties: {
        ...place.properties,
        border_side: at?.side ?? null,
        border_km: at ? Number(at.km.toFixed(1)) : null,
        regions: containingIds(coordinates, areas),
      },
    };
  });
}
