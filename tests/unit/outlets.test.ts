import { describe, expect, it } from 'vitest';
import { checkOutlets, outletClaimant } from '../../scripts/data/outlets.ts';

const outlets = [
  { research_claimant: 'independent_media', publisher: 'Asbarez', claimant: 'armenia_media' },
  { research_claimant: 'independent_media', publisher: 'OC Media', claimant: 'independent_media' },
];
const rec = (id: string, claimant: string, publisher: string) => ({ properties: { id, claimant, sources: [{ publisher }] } });

describe('outletClaimant', () => {
  it('takes a media row’s group from outlets.csv', () => {
    expect(outletClaimant({ claimant: 'independent_media', source_publisher: 'Asbarez' }, 'independent_media', outlets)).toEqual({
      claimant: 'armenia_media',
    });
  });
  it('leaves a non-media row alone', () => {
    expect(outletClaimant({ claimant: 'armenia_mod', source_publisher: 'Asbarez' }, 'armenia_mod', outlets)).toEqual({
      claimant: 'armenia_mod',
    });
  });
  it('is an error for a media row whose outlet is not listed', () => {
    expect(outletClaimant({ claimant: 'independent_media', source_publisher: 'Unknown' }, 'independent_media', outlets)).toHaveProperty(
      'error',
    );
  });
});

describe('checkOutlets', () => {
  it('passes records that agree with outlets.csv', () => {
    expect(checkOutlets([rec('a', 'armenia_media', 'Asbarez'), rec('b', 'armenia_mod', 'Nowhere')], outlets)).toEqual([]);
  });
  it('fails a missing publisher and a disagreeing claimant', () => {
    const errors = checkOutlets([rec('a', 'independent_media', 'Asbarez'), rec('b', 'independent_media', 'Nowhere')], outlets);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/disagrees/);
    expect(errors[1]).toMatch(/not in data\/raw\/outlets.csv/);
  });
});
