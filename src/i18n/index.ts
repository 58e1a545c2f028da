/**
 * The interface language: strings come from one file per language; dates and numbers are
 * formatted with Intl for that language.
 */
import { dayFormatter, numberFormatter, type DayFormatter, type NumberFormatter } from './calendar.ts';
import { en, type DataNames, type StringKey, type Strings } from './en.ts';
import { resolvePlurals } from './plural.ts';
import { categoryLabel, localText, type Categories, type DatasetFile, type LocalText } from '../data/dataset.ts';

export type { DataNames, StringKey, Strings };

export const LANGUAGES = ['en', 'hy', 'az', 'ru'] as const;
/** Each language named in itself, so a reader finds their own without reading the current one. */
export const ENDONYMS: Record<Lang, string> = { en: 'English', hy: 'Հայերեն', az: 'Azərbaycanca', ru: 'Русский' };
export type Lang = (typeof LANGUAGES)[number];

const catalogues: Partial<Record<Lang, Strings>> = { en };
let names: DataNames | null = null;
let categories: Categories = { groups: [], eventTypes: [] };
/** Claimant names by id; a Map, so no id from a file can reach an object's prototype. */
let claimants: ReadonlyMap<string, LocalText> = new Map();
let lang: Lang = 'en';

export function setLanguage(next: Lang, strings?: Strings, dataNames?: DataNames): void {
  lang = next;
  names = dataNames ?? null;
  formatters = null;
  if (strings) catalogues[next] = strings;
  document.documentElement.lang = next;
}

export function currentLanguage(): Lang {
  return lang;
}

/**
 * `t('inWindow', { n: 3 })` → "3 incident-claims in this window". A number is written in the
 * language's digits and picks the plural form the string offers for it (plural.ts).
 */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return formatText(catalogues[lang]?.[key] ?? en[key], vars);
}

/** A string of the current language with its plural forms picked and `{placeholders}` filled (as t does). */
export function formatText(template: string, vars: Record<string, string | number> = {}): string {
  const text = resolvePlurals(lang, template, vars);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

let formatters: { day: DayFormatter; number: NumberFormatter } | null = null;
const current = () => (formatters ??= { day: dayFormatter(lang), number: numberFormatter(lang) });

/** A readable date, e.g. "13 September 2022", for a day number, in the interface language. */
export function formatDay(day: number, style: 'long' | 'short' = 'long'): string {
  return current().day(day, style);
}

/** A span of days, "12 September 2022 – 14 September 2022"; a span of one day is that day. */
export function formatDays(from: number, to: number, style: 'long' | 'short' = 'long'): string {
  if (from === to) return formatDay(from, style);
  return `${formatDay(from, style)} – ${formatDay(to, style)}`;
}

export function formatNumber(n: number): string {
  return current().number(n);
}

/** A claimant's label in the interface language (from the dataset), or the record's English label. */
export function claimantLabel(p: { claimant: string; claimant_label: string }): string {
  return (lang === 'en' ? undefined : claimants.get(p.claimant)?.[lang]) ?? p.claimant_label;
}

/**
 * A region's description in the interface language, with the language it is actually in: the
 * data's English where no translation exists, so the page can mark it lang="en".
 */
export function regionDescription(p: { id: string; description: string }): { text: string; lang: Lang } {
  const text = names?.regionDescription[p.id];
  return text ? { text, lang } : { text: p.description, lang: 'en' };
}

/** Attributes for text written only in English (summaries, notes): lang="en" on a page in another language. */
export function englishText(): Record<string, string> {
  return lang === 'en' ? {} : { lang: 'en' };
}

/** A region's name in the interface language, or the data's English name. */
export function regionName(p: { id: string; name: string }): string {
  return names?.region[p.id] ?? p.name;
}

/** The dataset whose claimant, group and event-type labels claimantLabel(), groupLabel() and typeLabel() give (main.ts sets it once). */
export function setDatasetNames(dataset: Pick<DatasetFile, 'categories' | 'claimants'>): void {
  categories = dataset.categories;
  claimants = new Map(dataset.claimants.map((c) => [c.id, c.label]));
}

/** A claimant group's label in the interface language ("Armenian sources"), from the dataset. */
export function groupLabel(id: string): string {
  return categoryLabel(categories.groups, id, lang);
}

/** An event type's label in the interface language ("Shelling"), from the dataset. */
export function typeLabel(id: string): string {
  return categoryLabel(categories.eventTypes, id, lang);
}

/** A text of the dataset (title, attribution) in the interface language, or its English. */
export function datasetText(text: LocalText): string {
  return localText(text, lang);
}
