/** t() with numbers and plural forms, and the region descriptions' language, as the page sees them. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hy, hyNames } from '../../src/i18n/hy.ts';
import { currentLanguage, englishText, formatDays, regionDescription, setLanguage, t } from '../../src/i18n/index.ts';
import { loadLanguage } from '../../src/i18n/load-language.ts';
import { ru, ruNames } from '../../src/i18n/ru.ts';

beforeAll(() => {
  // setLanguage marks <html lang>; the unit tests run without a DOM.
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});
afterEach(() => setLanguage('en'));

const region = { id: 'line_contact_1994', description: 'The 1994 ceasefire line.' };

describe('the interface language at run time', () => {
  it('the language asked for last is the one set, though one asked for before it loads later', async () => {
    const armenian = loadLanguage('hy');
    const english = loadLanguage('en');
    await Promise.all([armenian, english]);
    expect(currentLanguage()).toBe('en');
    expect(t('play')).toBe('Play');
    await Promise.all([loadLanguage('en'), loadLanguage('ru')]);
    expect(currentLanguage()).toBe('ru');
  });
  it('Russian counts agree with their number: 1 погибший, 2 and 5 погибших; 21 утверждение', () => {
    setLanguage('ru', ru, ruNames);
    expect(t('tollOf_armenia', { n: 1 })).toBe('погибший с армянской стороны');
    expect(t('tollOf_armenia', { n: 2 })).toBe('погибших с армянской стороны');
    expect(t('tollOf_armenia', { n: 5 })).toBe('погибших с армянской стороны');
    expect(t('histogramDay', { date: '13 сентября 2022 г.', n: 21 })).toBe('13 сентября 2022 г.: 21 утверждение');
    expect(t('speedValue', { n: 4 })).toBe('4 дня в секунду');
  });
  it('a span of one day reads as that day, a longer span as two dates', () => {
    const d = 19_248; // 13 September 2022
    expect(formatDays(d, d)).toBe('13 September 2022');
    expect(formatDays(d - 1, d)).toBe('12 September 2022 – 13 September 2022');
    setLanguage('hy', hy, hyNames);
    expect(formatDays(d, d)).toBe('2022 թ. սեպտեմբերի 13');
  });
  it('English says 1 claim, 2 claims', () => {
    expect(t('histogramDay', { date: 'd', n: 1 })).toBe('d: 1 claim');
    expect(t('histogramDay', { date: 'd', n: 2 })).toBe('d: 2 claims');
  });
  it('a region description is in the page language, else English marked as English', () => {
    setLanguage('hy', hy, hyNames);
    expect(regionDescription(region)).toEqual({ text: hyNames.regionDescription.line_contact_1994, lang: 'hy' });
    expect(englishText()).toEqual({ lang: 'en' });
    setLanguage('hy', hy, { ...hyNames, regionDescription: {} });
    expect(regionDescription(region)).toEqual({ text: region.description, lang: 'en' });
    setLanguage('en');
    expect(englishText()).toEqual({});
  });
});
