/**
 * Picks the interface language from `?lang=` (or the browser's preference) and loads its strings.
 * English is built in; the others are separate chunks, fetched only when chosen.
 */
import { LANGUAGES, setLanguage, type Lang } from './index.ts';
import type { DataNames, Strings } from './en.ts';

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<[Strings, DataNames]>> = {
  hy: () => import('./hy.ts').then((m) => [m.hy, m.hyNames]),
  az: () => import('./az.ts').then((m) => [m.az, m.azNames]),
  ru: () => import('./ru.ts').then((m) => [m.ru, m.ruNames]),
};

export function chooseLanguage(search: string, preferred: readonly string[]): { lang: Lang; warning: string | null } {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null) {
    if ((LANGUAGES as readonly string[]).includes(asked)) return { lang: asked as Lang, warning: null };
    return { lang: 'en', warning: `URL parameter "lang": "${asked.slice(0, 20)}" is not one of ${LANGUAGES.join(', ')}; ignored` };
  }
  const match = preferred.map((p) => p.slice(0, 2).toLowerCase()).find((p) => (LANGUAGES as readonly string[]).includes(p));
  return { lang: (match as Lang | undefined) ?? 'en', warning: null };
}

export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en') setLanguage('en');
  else setLanguage(lang, ...(await loaders[lang]()));
}
