import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { azNames } from '../../src/i18n/az.ts';
import { hyNames } from '../../src/i18n/hy.ts';
import { ruNames } from '../../src/i18n/ru.ts';
import { BUILT_IN } from './dataset-fixture.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data', name), 'utf8')).features as { properties: Record<string, string> }[];
const claimants = [...new Set(read('incidents.geojson').map((f) => f.properties.claimant!))].sort();
const regions = read('regions.geojson')
  .map((f) => f.properties.id!)
  .sort();

describe('names that come with the data', () => {
  it('Armenian region descriptions glue no case ending to a date ("2022 թ.-ի")', () => {
    for (const text of Object.values(hyNames.regionDescription)) expect(text).not.toMatch(/թ\.-|\d-[\u0561-\u0587]/u);
  });
  for (const [lang, names] of Object.entries({ hy: hyNames, az: azNames, ru: ruNames })) {
    it(`${lang} names every claimant and region in the data, and nothing else`, () => {
      expect(Object.keys(names.region).sort()).toEqual(regions);
      expect(Object.keys(names.regionDescription).sort()).toEqual(regions);
      const texts = [...Object.values(names.region), ...Object.values(names.regionDescription)];
      for (const text of texts) expect(text.trim()).not.toBe('');
    });
  }
  it('the dataset names every claimant of the records in every language, and nothing else', () => {
    expect(BUILT_IN.claimants.map((c) => c.id).sort()).toEqual(claimants);
    for (const c of BUILT_IN.claimants)
      for (const lang of ['en', 'hy', 'az', 'ru'] as const) expect(c.label[lang]?.trim(), `${c.id} ${lang}`).toBeTruthy();
  });
});
