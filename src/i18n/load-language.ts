/**
 * The reader's preferred language, and loading a language's strings (`?lang=` is read by config/url-state.ts).
 * English is built in; the others are separate chunks, fetched only when chosen.
 */
import { LANGUAGES, setLanguage, type Lang } from './index.ts';
import type { DataNames, Strings } from './en.ts';

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<[Strings, DataNames]>> = {
  hy: () => import('./hy.ts').then((m) => [m.hy, m.hyNames]),
  az: () => import('./az.ts').then((m) => [m.az, m.azNames]),
  ru: () => import('./ru.ts').then((m) => [m.ru, m.ruNames]),
};

/** The reader's language when the URL names none: the first of the browser's preferences we have. */
export function preferredLanguage(preferred: readonly string[]): Lang {
  const match = preferred.map((p) => p.slice(0, 2).toLowerCase()).find((p): p is Lang => (LANGUAGES as readonly string[]).includes(p));
  return match ?? 'en';
}

let latest = 0;

/** Makes `lang` the interface language once its strings are in; a later call wins, whichever loads first. */
export async function loadLanguage(lang: Lang): Promise<void> {
  const ticket = ++latest;
  // English is built in and set at once: a slower language asked for before it must not land after it.
  const loaded = lang === 'en' ? null : await loaders[lang]();
  if (ticket === latest) setLanguage(lang, loaded?.[0], loaded?.[1]);
}
