/**
 * Dates and numbers for the interface languages. Intl does the work where the browser carries the
 * language's locale data; some builds (Debian's Chromium, measured) lack Armenian entirely and give
 * Azerbaijani months as "M09". For those, the same CLDR forms (taken from Node's full ICU) are
 * applied here. Armenian is always written here, whatever the browser has: CLDR's "13 սեպտեմբերի,
 * 2022 թ." is a calque; Armenian writes the year first and the month in the genitive, "2022 թ.
 * սեպտեմբերի 13" (and "սեպտեմբերի 13" without the year), so strings never glue a case ending to it.
 */
import type { Lang } from './index.ts';

type Fallback = {
  long: readonly string[];
  short: readonly string[];
  longPattern: string;
  shortPattern: string;
  group: string;
  decimal: string;
  /** CLDR minimumGroupingDigits: Armenian writes 6500 but 12 345. */
  minGrouping: number;
  /** Dates always take these forms, even where the browser's Intl has the language. */
  always?: boolean;
};

const FALLBACK: Partial<Record<Lang, Fallback>> = {
  hy: {
    long: [
      'հունվարի',
      'փետրվարի',
      'մարտի',
      'ապրիլի',
      'մայիսի',
      'հունիսի',
      'հուլիսի',
      'օգոստոսի',
      'սեպտեմբերի',
      'հոկտեմբերի',
      'նոյեմբերի',
      'դեկտեմբերի',
    ],
    // The short form keeps the genitive month too: an abbreviation ("սեպ") cannot carry the case.
    short: [],
    longPattern: '{y} թ. {m} {d}',
    shortPattern: '{m} {d}',
    group: '\u00a0',
    decimal: ',',
    minGrouping: 2,
    always: true,
  },
  az: {
    long: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    short: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
    longPattern: '{d} {m} {y}',
    shortPattern: '{d} {m}',
    group: '.',
    decimal: ',',
    minGrouping: 1,
  },
};

const LOCALE: Record<Lang, string> = { en: 'en-GB', hy: 'hy', az: 'az', ru: 'ru' };

/** Whether this browser's Intl spells the language's month names (not "M09", not English). */
function intlHasMonths(lang: Lang): boolean {
  if (Intl.DateTimeFormat.supportedLocalesOf([LOCALE[lang]]).length === 0) return false;
  const month =
    new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2022, 8, 13)))
      .find((p) => p.type === 'month')?.value ?? '';
  return !/\d/.test(month) && (lang === 'en' || month !== 'September');
}

export type DayFormatter = (day: number, style: 'long' | 'short') => string;
export type NumberFormatter = (n: number) => string;

/** A date formatter for a language: Intl where it is complete, the CLDR forms above otherwise. */
export function dayFormatter(lang: Lang, useIntl = intlHasMonths(lang)): DayFormatter {
  const fallback = FALLBACK[lang];
  if ((useIntl && !fallback?.always) || !fallback) {
    const formats = {
      long: new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      short: new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    };
    return (day, style) => formats[style].format(new Date(day * 86_400_000));
  }
  return (day, style) => {
    const date = new Date(day * 86_400_000);
    const pattern = style === 'long' ? fallback.longPattern : fallback.shortPattern;
    const names = style === 'long' || fallback.short.length === 0 ? fallback.long : fallback.short;
    return pattern
      .replace('{d}', String(date.getUTCDate()))
      .replace('{m}', names[date.getUTCMonth()] ?? '')
      .replace('{y}', String(date.getUTCFullYear()));
  };
}

/** A number formatter for a language: Intl where the locale is present, its separators otherwise. */
export function numberFormatter(lang: Lang, useIntl = Intl.NumberFormat.supportedLocalesOf([LOCALE[lang]]).length > 0): NumberFormatter {
  const fallback = FALLBACK[lang];
  if (useIntl || !fallback) {
    const format = new Intl.NumberFormat(LOCALE[lang]);
    return (n) => format.format(n);
  }
  return (n) => {
    const [int = '', frac] = Math.abs(n).toString().split('.');
    const grouped = int.length >= 3 + fallback.minGrouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, fallback.group) : int;
    return `${n < 0 ? '-' : ''}${grouped}${frac ? fallback.decimal + frac : ''}`;
  };
}
