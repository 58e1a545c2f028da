/** Records of several datasets for the "other datasets nearby" tests: a point, days, a claimant, a summary. */
import type { Incident, IncidentProperties } from '../../src/data/schema.ts';

export function record(id: string, at: [number, number] | null, day: number, over: Partial<IncidentProperties> = {}): Incident {
  return {
    type: 'Feature',
    geometry: at ? { type: 'Point', coordinates: at } : null,
    properties: {
      id,
      date: '2022-09-13',
      date_end: null,
      day,
      day_end: day,
      time: null,
      date_precision: 1,
      geo_precision: at ? 1 : null,
      place_id: null,
      place_name: '',
      country: null,
      location_role: 'target',
      event_type: 'shelling',
      claimant: 'acled',
      claimant_label: 'ACLED',
      claimant_side: 'third_party',
      accused: null,
      fatalities_claimed: null,
      fatalities_of: null,
      civilian_harm: 'unknown',
      summary: `Summary of ${id}`,
      sources: [{ title: 't', publisher: 'p', url: 'https://example.org/', date: null }],
      related: [],
      strike: false,
      context: false,
      weak_source: null,
      unplotted_reason: null,
      unplotted_kind: null,
      notes: '',
      ...over,
    },
  };
}

/** Jermuk, [lon, lat]. */
export const JERMUK: [number, number] = [45.6692, 39.8414];
/** About 0.1° of latitude is 11.1 km. */
export const north = (km: number): [number, number] => [JERMUK[0], JERMUK[1] + km / 111.195];
