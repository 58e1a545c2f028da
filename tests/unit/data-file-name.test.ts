import { describe, expect, it } from 'vitest';
import { dataFileName } from '../../src/config/data-file-name.ts';

describe('dataFileName', () => {
  it('is the last segment of the path, decoded', () => {
    expect(dataFileName('http://h/data/ACLED%202022.csv?x=1')).toBe('ACLED 2022.csv');
    expect(dataFileName('http://h/')).toBe('data');
  });
  it('keeps a segment that does not decode as written', () => {
    expect(dataFileName('http://h/%FF.geojson')).toBe('%FF.geojson');
    expect(dataFileName('http://h/%E2%80%AEvsc.geojson')).toBe('\u202evsc.geojson');
  });
});
