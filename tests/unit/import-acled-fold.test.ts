import { describe, expect, it } from 'vitest';
import { importAcled } from '../../src/data/import/acled.ts';

describe('ACLED monadic rows', () => {
  it("keep the first row's coded day with the first row's dates", () => {
    const csv = [
      'event_id_cnty,event_date,time_precision,actor1,latitude,longitude',
      'TST9,,,Testland Police,40.1,44.5',
      'TST9,2024-10-15,3,Testville Protesters,40.1,44.5',
    ].join('\n');
    const [e] = importAcled('monadic.csv', csv, { now: '2025-01-01' }).events;
    expect(e?.actors).toEqual(['Testland Police', 'Testville Protesters']);
    expect(e?.date).toBeNull();
    // The second row's coded day would say "2024-10-15" about an event the merge left undated.
    expect(e?.extra.event_date).toBeUndefined();
  });
});
