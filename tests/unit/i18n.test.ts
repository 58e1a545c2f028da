import { describe, expect, it } from 'vitest';
import { az } from '../../src/i18n/az.ts';
import { en } from '../../src/i18n/en.ts';
import { hy } from '../../src/i18n/hy.ts';
import { ru } from '../../src/i18n/ru.ts';
import { azImport } from '../../src/i18n/lazy/az.ts';
import { enImport } from '../../src/i18n/lazy/en.ts';
import { hyImport } from '../../src/i18n/lazy/hy.ts';
import { ruImport } from '../../src/i18n/lazy/ru.ts';
import { preferredLanguage } from '../../src/i18n/load-language.ts';

// Plural choices ("{n, one {…} other {…}}") are not placeholders; their forms may differ by language.
const placeholders = (s: string) =>
  [...s.replace(/\{\w+,(?:\s*\w+\s*\{[^{}]*\})+\s*\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  for (const [name, strings] of Object.entries({ hy, az, ru })) {
    it(`${name} has exactly the keys of en, none empty, with the same placeholders`, () => {
      expect(Object.keys(strings)).toEqual(Object.keys(en));
      for (const [key, text] of Object.entries(strings)) {
        expect(text.trim(), `${name}.${key}`).not.toBe('');
        expect(placeholders(text), `${name}.${key}`).toEqual(placeholders(en[key as keyof typeof en]));
      }
    });
  }
  for (const [name, strings] of Object.entries({ hy: hyImport, az: azImport, ru: ruImport })) {
    it(`${name}: the on-demand strings (import dialog, nearby) have exactly the keys of en, none empty, same placeholders`, () => {
      expect(Object.keys(strings)).toEqual(Object.keys(enImport));
      for (const [key, text] of Object.entries(strings)) {
        expect(text.trim(), `${name}.${key}`).not.toBe('');
        expect(placeholders(text), `${name}.${key}`).toEqual(placeholders(enImport[key as keyof typeof enImport]));
      }
    });
  }
  it('no key is both in the first view’s strings and the on-demand ones', () => {
    expect(Object.keys(enImport).filter((k) => k in en)).toEqual([]);
  });
  it('Armenian glues no case ending to a formatted date ("{date}-ի")', () => {
    for (const [key, text] of Object.entries(hy)) expect(text, `hy.${key}`).not.toMatch(/\{(date|from|to)\}-/);
  });
  it('the short story label starts the long one in every language (phones show only the short part)', () => {
    for (const strings of [en, hy, az, ru]) expect(strings.storyOpen.startsWith(strings.storyShort)).toBe(true);
  });
  it('preferredLanguage takes the first of the browser’s languages the app has, else English', () => {
    expect(preferredLanguage(['en-GB'])).toBe('en');
    expect(preferredLanguage(['fr-FR', 'ru-RU'])).toBe('ru');
    expect(preferredLanguage(['az-AZ', 'en'])).toBe('az');
    expect(preferredLanguage(['fr-FR'])).toBe('en');
  });
});
