/**
 * The tile viewer's strings: English built into its page, the other languages one chunk each,
 * fetched when `?lang=` (or the browser) asks for them. `await loadTilesStrings(lang)`, then `tt()`.
 */
import { formatText, setLanguage, type Lang } from '../index.ts';
import { enTiles, type TilesKey, type TilesStrings } from './en.ts';

export type { TilesKey };

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<TilesStrings>> = {
  hy: () => import('./hy.ts').then((m) => m.hyTiles),
  az: () => import('./az.ts').then((m) => m.azTiles),
  ru: () => import('./ru.ts').then((m) => m.ruTiles),
};
let strings: TilesStrings = enTiles;

/** Sets the page's language (dates and numbers follow it, i18n/index.ts) and loads its strings. */
export async function loadTilesStrings(lang: Lang): Promise<void> {
  strings = lang === 'en' ? enTiles : await loaders[lang]();
  setLanguage(lang);
}

export function tt(key: TilesKey, vars: Record<string, string | number> = {}): string {
  return formatText(strings[key] ?? enTiles[key], vars);
}
