/**
 * One builder for Incident records in unit tests: neutral defaults (one dated, sourced claim with
 * no place, toll or strike), so each test states only the fields it is about.
 */
import type { Incident, IncidentProperties } from '../../src/data/schema.ts';

/** 2022-09-13 as a day number (days since 1970-01-01). */
export const SEP_13 = 19248;

export function incidentProps(id: string, over: Partial<IncidentProperties> = {}): IncidentProperties {
  return {
    id,
    date: '2022-09-13',
    date_end: null,
    day: SEP_13,
    day_end: SEP_13,
    time: null,
    date_precision: 1,
    geo_precision: 1,
    place_id: null,
    place_name: '',
    country: null,
    location_role: 'target',
    event_type: 'shelling',
    claimant: 'armenia_mod',
    claimant_label: "Armenia's Defence Ministry",
    claimant_side: 'armenia',
    accused: null,
    fatalities_claimed: null,
    fatalities_of: null,
    civilian_harm: 'unknown',
    summary: 's',
    sources: [{ title: 't', publisher: 'p', url: 'https://example.org/', date: null }],
    related: [],
    strike: false,
    context: false,
    weak_source: null,
    unplotted_reason: null,
    unplotted_kind: null,
    notes: '',
    ...over,
  };
}

/** A record at a point ([lon, lat]) or unplaced (null: geo_precision null unless `over` sets it). */
export function incident(id: string, at: [number, number] | null, over: Partial<IncidentProperties> = {}): Incident {
  return {
    type: 'Feature',
    geometry: at ? { type: 'Point', coordinates: at } : null,
    properties: incidentProps(id, { geo_precision: at ? 1 : null, ...over }),
  };
}
