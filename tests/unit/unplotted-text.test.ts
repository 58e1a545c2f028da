/** The "not on the map" line: the reason kind in the page's language, the English detail kept. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UNPLOTTED_KINDS } from '../../src/data/schema.ts';
import { az, azNames } from '../../src/i18n/az.ts';
import { en } from '../../src/i18n/en.ts';
import { hy, hyNames } from '../../src/i18n/hy.ts';
import { setLanguage } from '../../src/i18n/index.ts';
import { ru, ruNames } from '../../src/i18n/ru.ts';
import { unplottedParts } from '../../src/ui/details/unplotted-text.ts';

beforeAll(() => {
  // setLanguage marks <html lang>; the unit tests run without a DOM.
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});
afterEach(() => setLanguage('en'));

const border = {
  unplotted_kind: 'area',
  unplotted_reason: 'whole border: not plottable',
  place_name: 'Armenia-Azerbaijan border',
} as const;

describe('unplottedParts', () => {
  it('every kind has a sentence in every language, each starting with that language’s "not on the map"', () => {
    for (const [strings, prefix] of [
      [en, 'Not on the map: '],
      [hy, 'Քարտեզի վրա չէ՝ '],
      [az, 'Xəritədə yoxdur: '],
      [ru, 'Нет на карте: '],
    ] as const) {
      for (const kind of UNPLOTTED_KINDS) expect(strings[`unplotted_${kind}`].startsWith(prefix), `${prefix}${kind}`).toBe(true);
    }
  });
  it('gives the kind in English and keeps the place as reported with the note', () => {
    expect(unplottedParts(border)).toEqual({
      sentence: 'Not on the map: the claim names an area or several places, not one point',
      detail: 'Armenia-Azerbaijan border (whole border: not plottable)',
    });
  });
  it('gives the kind in Russian, Armenian and Azerbaijani; the detail stays English', () => {
    setLanguage('ru', ru, ruNames);
    expect(unplottedParts(border)).toEqual({
      sentence: ru.unplotted_area,
      detail: 'Armenia-Azerbaijan border (whole border: not plottable)',
    });
    setLanguage('hy', hy, hyNames);
    expect(unplottedParts({ ...border, unplotted_kind: 'not_located' }).sentence).toBe(hy.unplotted_not_located);
    setLanguage('az', az, azNames);
    expect(unplottedParts({ ...border, unplotted_kind: 'abroad' }).sentence).toBe(az.unplotted_abroad);
  });
  it('a claim with no place keeps just the note', () => {
    expect(unplottedParts({ unplotted_kind: 'no_place', unplotted_reason: 'phone call', place_name: '' })).toEqual({
      sentence: 'Not on the map: the claim names no place',
      detail: 'phone call',
    });
  });
});
