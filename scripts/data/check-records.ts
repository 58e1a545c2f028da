/**
 * The cross-record rules of the data check, as a pure function (unit-tested with small fixtures):
 * unique ids, resolvable `related` and `place_id`, sources, dates vs day numbers, coordinates in
 * the region, precision-1 places inside the country their record names, and a reason and a reason
 * kind for every unplotted record (the kind is what the interface translates).
 */
import { dayFromDate } from '../../src/data/day.ts';
import type { Incident, Place, Region } from '../../src/data/schema.ts';
import { inRegion } from '../../src/geo/region-bbox.ts';

export type CheckInput = {
  incidents: readonly Incident[];
  places: readonly Place[];
  regions: readonly Region[];
  /** true/false, or null when the country has no polygon to test against. */
  insideCountry: (point: [number, number], iso: string) => boolean | null;
};

export function checkRecords({ incidents, places, regions, insideCountry }: CheckInput): { errors: string[]; summary: string[] } {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const f of incidents) {
    const id = f.properties.id;
    if (ids.has(id)) errors.push(`incidents.geojson: record "${id}": duplicate id`);
    ids.add(id);
  }
  const placeIds = new Set<string>();
  for (const f of places) {
    const p = f.properties;
    if (placeIds.has(p.id)) errors.push(`places.geojson: place "${p.id}": duplicate id`);
    placeIds.add(p.id);
    if (!p.source) errors.push(`places.geojson: place "${p.id}": no source`);
    if (!inRegion(f.geometry.coordinates as [number, number]))
      errors.push(`places.geojson: place "${p.id}": coordinates outside the region`);
  }
  const regionIds = new Set<string>();
  for (const f of regions) {
    const p = f.properties;
    if (regionIds.has(p.id)) errors.push(`regions.geojson: region "${p.id}": duplicate id`);
    regionIds.add(p.id);
    if (p.valid_from && dayFromDate(p.valid_from) !== p.day_from)
      errors.push(`regions.geojson: region "${p.id}": day_from does not match valid_from`);
    if (p.valid_to && dayFromDate(p.valid_to) !== p.day_to)
      errors.push(`regions.geojson: region "${p.id}": day_to does not match valid_to`);
  }

  const unplotted = new Map<string, number>();
  const kinds = new Map<string, number>();
  const sources = new Set<string>();
  for (const f of incidents) {
    const p = f.properties;
    const at = `incidents.geojson: record "${p.id}"`;
    if (dayFromDate(p.date) !== p.day) errors.push(`${at}: day ${p.day} does not match date ${p.date}`);
    const end = p.date_end ?? p.date;
    if (dayFromDate(end) !== p.day_end)
      errors.push(`${at}: day_end ${p.day_end} does not match ${p.date_end ? 'date_end' : 'date'} ${end}`);
    for (const r of p.related) {
      if (!ids.has(r)) errors.push(`${at}: related "${r}" does not exist`);
      if (r === p.id) errors.push(`${at}: related to itself`);
    }
    if (p.place_id !== null && !placeIds.has(p.place_id)) errors.push(`${at}: place_id "${p.place_id}" is not in places.geojson`);
    for (const s of p.sources) if (s.url) sources.add(s.url);
    if (f.geometry) {
      if (p.sources.length === 0) errors.push(`${at}: plotted with no source`);
      if (p.geo_precision === null) errors.push(`${at}: plotted with no geo_precision`);
      if (p.unplotted_reason !== null) errors.push(`${at}: plotted but has an unplotted_reason`);
      if (p.unplotted_kind !== null) errors.push(`${at}: plotted but has an unplotted_kind`);
      const point = f.geometry.coordinates as [number, number];
      if (!inRegion(point)) errors.push(`${at}: coordinates ${point.join(',')} outside the region`);
      if (p.geo_precision === 1 && p.country) {
        const inside = insideCountry(point, p.country);
        if (inside === false) errors.push(`${at}: precision-1 place ${p.place_id} is not inside ${p.country}`);
      }
    } else {
      if (p.unplotted_reason === null) errors.push(`${at}: unplotted with no reason`);
      if (p.unplotted_kind === null) errors.push(`${at}: unplotted with no unplotted_kind`);
      else kinds.set(p.unplotted_kind, (kinds.get(p.unplotted_kind) ?? 0) + 1);
      if (p.strike) errors.push(`${at}: counted as a strike but not plotted`);
      unplotted.set(p.unplotted_reason ?? '?', (unplotted.get(p.unplotted_reason ?? '?') ?? 0) + 1);
    }
  }

  const plotted = incidents.filter((f) => f.geometry).length;
  const summary = [
    `records: ${incidents.length} incident-claims (${incidents.filter((f) => f.properties.context).length} background context)`,
    `plotted: ${plotted}`,
    `unplotted: ${incidents.length - plotted} (${[...kinds]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')})`,
    ...[...unplotted].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `  ${n} × ${reason}`),
    `sources: ${sources.size} distinct (${[...sources].filter((s) => s.startsWith('seed:')).length} seed articles)`,
    `places: ${places.length} on the map`,
    `regions: ${regions.length}`,
  ];
  return { errors, summary };
}
