/**
 * The interface language: strings come from one file per language; dates and numbers are
 * formatted with Intl for that language.
 */
import { en, type StringKey, type Strings } from './en.ts';

export type { StringKey, Strings };

export const LANGUAGES = ['en', 'hy', 'az', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

const catalogues: Partial<Record<Lang, Strings>> = { en };
let lang: Lang = 'en';

export function setLanguage(next: Lang, strings?: Strings): void {
  lang = next;
  if (strings) catalogues[next] = strings;
  document.documentElement.lang = next;
}

export function currentLanguage(): Lang {
  return lang;
}

/** `t('inWindow', { n: 3 })` → "3 incident-claims in this window". */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  const text = catalogues[lang]?.[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A readable date, e.g. "13 September 2022", for a day number. */
export function formatDay(day: number, style: 'long' | 'short' = 'long'): string {
  const key = `${lang}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: style === 'long' ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(day * 86_400_000));
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}
