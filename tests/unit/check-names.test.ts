import { describe, expect, it } from 'vitest';
import { checkNames } from '../../scripts/data/check-names.ts';
import { applyPlaceNames, parsePlaceNames } from '../../scripts/data/place-names.ts';
import type { Place } from '../../src/data/schema.ts';

const place = (id: string, names: Partial<Record<'en' | 'hy' | 'az' | 'ru', string>>): Place => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [46, 40] },
  properties: {
    id,
    name_en: names.en ?? id,
    name_hy: names.hy ?? '',
    name_az: names.az ?? '',
    name_ru: names.ru ?? '',
    kind: 'town',
    country: 'AZ',
    contested: (names.en ?? '').includes(' / '),
    source: 'test',
    border_side: null,
    border_km: null,
    regions: [],
  },
});
const kalbajar = place('kalbajar', { en: 'Kalbajar / Karvachar', hy: 'Քարվաճառ', az: 'Kəlbəcər', ru: 'Кельбаджар' });
const renaming = { id: 'kalbajar', relation: 'renaming', note: '' };

describe('checkNames', () => {
  it('passes a place named in every language whose two names both show in English', () => {
    expect(checkNames({ places: [kalbajar], gaps: [], relations: [renaming] }).errors).toEqual([]);
  });
  it('requires a name in every language or a recorded reason', () => {
    const p = place('sotk', { hy: 'Սոթք', ru: 'Сотк' });
    expect(checkNames({ places: [p], gaps: [], relations: [] }).errors).toEqual([
      'place sotk: no az name and no recorded reason (data/raw/place-names.csv)',
    ]);
    expect(checkNames({ places: [p], gaps: [{ id: 'sotk', lang: 'az', reason: 'no source' }], relations: [] }).errors).toEqual([]);
  });
  it('rejects a gap recorded for a name that exists', () => {
    const errors = checkNames({ places: [kalbajar], gaps: [{ id: 'kalbajar', lang: 'ru', reason: 'x' }], relations: [renaming] }).errors;
    expect(errors).toEqual(["place kalbajar: ru name 'Кельбаджар' is also recorded as missing"]);
  });
  it('requires both names in English where the sides use different words', () => {
    const p = place('jermuk', { en: 'Jermuk', hy: 'Ջերմուկ', az: 'İstisu', ru: 'Джермук' });
    const errors = checkNames({ places: [p], gaps: [], relations: [{ id: 'jermuk', relation: 'translation', note: '' }] }).errors;
    expect(errors).toEqual(["place jermuk: the two sides name it differently (translation) but English shows one name: 'Jermuk'"]);
  });
  it('accepts one name where the two are spellings of it', () => {
    const p = place('goris', { en: 'Goris', hy: 'Գորիս', az: 'Gorus', ru: 'Горис' });
    expect(checkNames({ places: [p], gaps: [], relations: [{ id: 'goris', relation: 'spelling', note: '' }] }).errors).toEqual([]);
  });
  it('requires every place with an Armenian and an Azerbaijani name to be classified', () => {
    const errors = checkNames({ places: [kalbajar], gaps: [], relations: [] }).errors;
    expect(errors).toEqual([
      "place kalbajar: Armenian 'Քարվաճառ' and Azerbaijani 'Kəlbəcər' not classified in data/raw/name-relations.csv",
    ]);
  });
  it('rejects two places with one label in a language', () => {
    const a = place('jermuk', { en: 'Jermuk / Istisu', hy: 'Ջերմուկ', az: 'İstisu', ru: 'Джермук' });
    const b = place('istisu_kalbajar', { en: 'Istisu / Jermajur', hy: 'Ջերմաջուր', az: 'İstisu', ru: 'Истису' });
    const relations = [
      { id: 'jermuk', relation: 'translation', note: '' },
      { id: 'istisu_kalbajar', relation: 'translation', note: '' },
    ];
    expect(checkNames({ places: [a, b], gaps: [], relations }).errors).toEqual([
      "places jermuk and istisu_kalbajar share the az label 'İstisu'",
    ]);
  });
});

describe('place-names.csv', () => {
  it('writes a name and its source into the gazetteer row', () => {
    const rows = [{ id: 'yerevan', name_hy: 'Երեվան', source: 'GeoNames' }];
    applyPlaceNames(rows, parsePlaceNames([{ id: 'yerevan', lang: 'hy', name: 'Երևան', source: 'hy-Wikipedia' }]));
    expect(rows[0].name_hy).toBe('Երևան');
    expect(rows[0].source).toBe("GeoNames; name_hy 'Երևան' (data/raw/place-names.csv): hy-Wikipedia");
  });
  it('refuses a name without a source, an unknown language and an unknown place', () => {
    expect(() => parsePlaceNames([{ id: 'a', lang: 'hy', name: 'x', source: '' }])).toThrow(/source/);
    expect(() => parsePlaceNames([{ id: 'a', lang: 'de', name: 'x', source: 's' }])).toThrow(/lang/);
    expect(() => applyPlaceNames([], parsePlaceNames([{ id: 'a', lang: 'hy', name: 'x', source: 's' }]))).toThrow(/no gazetteer place/);
  });
});
