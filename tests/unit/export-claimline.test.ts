import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toClaimlineGeojson } from '../../src/data/export/claimline.ts';
import { importClaimline } from '../../src/data/import/claimline.ts';
import { meta, wildEvent } from './export-arbitraries.ts';

describe('toClaimlineGeojson', () => {
  it('carries the dataset meta (attribution, licence) inside the file', () => {
    const file = JSON.parse(toClaimlineGeojson({ meta, events: [], regions: [] }));
    expect(file.type).toBe('FeatureCollection');
    expect(file.meta).toEqual(meta);
  });

  it('round trip: importClaimline gives back every event, field for field, including hostile text and keys', () => {
    fc.assert(
      fc.property(fc.array(wildEvent, { maxLength: 6 }), (events) => {
        const back = importClaimline('export.geojson', toClaimlineGeojson({ meta, events, regions: [] }));
        expect(back.report.fatal).toBeNull();
        expect(back.meta).toEqual(meta);
        expect(back.events).toEqual(events);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
