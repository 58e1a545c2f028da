/** Records of several datasets for the "other datasets nearby" tests: a point, days, a claimant, a summary. */
import type { Incident, IncidentProperties } from '../../src/data/schema.ts';
import { incident } from './record-fixture.ts';

export function record(id: string, at: [number, number] | null, day: number, over: Partial<IncidentProperties> = {}): Incident {
  return incident(id, at, {
    day,
    day_end: day,
    claimant: 'acled',
    claimant_label: 'ACLED',
    claimant_side: 'third_party',
    summary: `Summary of ${id}`,
    ...over,
  });
}

/** Jermuk, [lon, lat]. */
export const JERMUK: [number, number] = [45.6692, 39.8414];
/** About 0.1° of latitude is 11.1 km. */
export const north = (km: number): [number, number] => [JERMUK[0], JERMUK[1] + km / 111.195];
