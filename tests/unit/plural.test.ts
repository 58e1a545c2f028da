import { describe, expect, it } from 'vitest';
import { az } from '../../src/i18n/az.ts';
import { en } from '../../src/i18n/en.ts';
import { hy } from '../../src/i18n/hy.ts';
import { pluralChoices, resolvePlurals } from '../../src/i18n/plural.ts';
import { ru } from '../../src/i18n/ru.ts';

const DEAD = '{n, one {погибший} few {погибших} many {погибших} other {погибших}}';

describe('plural forms', () => {
  it('Russian picks the form Intl.PluralRules gives each number', () => {
    const form = (n: number) => resolvePlurals('ru', DEAD, { n });
    expect([1, 2, 4, 5, 11, 21, 22, 25, 111, 1.5].map(form)).toEqual([
      'погибший',
      'погибших',
      'погибших',
      'погибших',
      'погибших',
      'погибший',
      'погибших',
      'погибших',
      'погибших',
      'погибших',
    ]);
  });
  it('English picks one or other; a variable that is not a number takes other', () => {
    const text = '{n} {n, one {claim} other {claims}}';
    expect(resolvePlurals('en', text, { n: 1 })).toBe('{n} claim');
    expect(resolvePlurals('en', text, { n: 3 })).toBe('{n} claims');
    expect(resolvePlurals('en', text, { n: '3' })).toBe('{n} claims');
  });
  it('a string with no choice is unchanged', () => {
    expect(resolvePlurals('ru', 'Шаг {n} из {total}', { n: 1 })).toBe('Шаг {n} из {total}');
  });
  // Every choice offers "other", and in Russian every category a whole number can take.
  const needs: Record<string, string[]> = { en: ['one', 'other'], hy: ['other'], az: ['other'], ru: ['one', 'few', 'many', 'other'] };
  for (const [lang, strings] of Object.entries({ en, hy, az, ru })) {
    it(`${lang}: every plural choice offers the categories the language needs`, () => {
      for (const [key, text] of Object.entries(strings))
        for (const choice of pluralChoices(text))
          for (const c of needs[lang] ?? []) expect(choice.categories, `${lang}.${key}`).toContain(c);
    });
  }
  it('no Russian string puts a number before a noun without a choice ("1 погибших")', () => {
    // "{n} из {total}" (step 1 of 7) has no noun after the number.
    for (const [key, text] of Object.entries(ru)) expect(/\{n\} (?!из )[а-яё]/i.test(text), `ru.${key}`).toBe(false);
  });
});
