import { describe, expect, it } from 'vitest';
import { labelLines, otherNames, placeName } from '../../src/i18n/place-name.ts';

const stepanakert = { name_en: 'Stepanakert / Khankendi', name_hy: 'Ստեփանակերտ', name_az: 'Xankəndi', name_ru: 'Степанакерт' };
const alagol = { name_en: 'Alagöllər lakes (Böyük Alagöl)', name_hy: '', name_az: 'Böyük Alagöl', name_ru: 'Бёюк-Алагёль' };

describe('placeName (the naming policy)', () => {
  it('shows both common names of a contested place in English', () => {
    expect(placeName(stepanakert, 'en')).toBe('Stepanakert / Khankendi');
  });
  it('uses the name of the chosen language where a source gives one', () => {
    expect(placeName(stepanakert, 'hy')).toBe('Ստեփանակերտ');
    expect(placeName(stepanakert, 'az')).toBe('Xankəndi');
    expect(placeName(stepanakert, 'ru')).toBe('Степанакерт');
  });
  it('falls back to the English form where the language has no name', () => {
    expect(placeName(alagol, 'hy')).toBe('Alagöllər lakes (Böyük Alagöl)');
  });
  it('lists the other names for the details panel', () => {
    expect(otherNames(stepanakert, 'az')).toEqual(['Stepanakert / Khankendi', 'Ստեփանակերտ', 'Степанакерт']);
  });
  it('splits a two-name label into the drawn lines, the second for a smaller line', () => {
    expect(labelLines(stepanakert, 'en')).toEqual(['Stepanakert', 'Khankendi']);
    expect(labelLines(stepanakert, 'ru')).toEqual(['Степанакерт', '']);
  });
});
