import { describe, expect, it } from 'vitest';
import { dayFormatter, numberFormatter } from '../../src/i18n/calendar.ts';

const day = (y: number, m: number, d: number) => Date.UTC(y, m, d) / 86_400_000;

describe('dates and numbers without the browser’s locale data', () => {
  // Node carries full ICU, so its Intl output is the reference the fallback must reproduce.
  // Armenian is not compared: its dates are always written in the project's own order (below).
  for (const lang of ['az'] as const)
    it(`${lang}: the fallback spells every month as Intl with full locale data does`, () => {
      const fallback = dayFormatter(lang, false);
      const long = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const d = day(2022, m, 13);
        expect(fallback(d, 'long')).toBe(long.format(new Date(d * 86_400_000)));
        expect(fallback(d, 'short')).toBe(short.format(new Date(d * 86_400_000)));
      }
    });
  for (const lang of ['hy', 'az'] as const) {
    it(`${lang}: the fallback groups digits as Intl does`, () => {
      const fallback = numberFormatter(lang, false);
      for (const n of [7, 207, 6500, 12345.5, 1234567]) expect(fallback(n)).toBe(new Intl.NumberFormat(lang).format(n));
    });
  }
  it('Armenian always reads year թ. month-in-the-genitive day, with or without Intl', () => {
    for (const useIntl of [true, false]) {
      const format = dayFormatter('hy', useIntl);
      expect(format(day(2022, 8, 13), 'long')).toBe('2022 թ. սեպտեմբերի 13');
      expect(format(day(2022, 7, 1), 'short')).toBe('օգոստոսի 1');
    }
  });
  it('English reads day month year', () => {
    expect(dayFormatter('en')(day(2022, 8, 13), 'long')).toBe('13 September 2022');
  });
});
