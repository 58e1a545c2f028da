/**
 * Strings of the views that load on demand (the import dialog, "Other datasets nearby"): one chunk
 * per language, fetched with the view that needs it, so the first view of the built-in dataset does
 * not carry them. `await loadLazyStrings()` before rendering; then `ti()` works as `t()` does.
 */
import { currentLanguage, formatText, type Lang } from '../index.ts';
import type { ImportKey, ImportStrings } from './en.ts';

export type { ImportKey };

const loaders: Record<Lang, () => Promise<ImportStrings>> = {
  en: () => import('./en.ts').then((m) => m.enImport),
  hy: () => import('./hy.ts').then((m) => m.hyImport),
  az: () => import('./az.ts').then((m) => m.azImport),
  ru: () => import('./ru.ts').then((m) => m.ruImport),
};
const loaded: Partial<Record<Lang, ImportStrings>> = {};

/** Loads the current language's strings and English (the fallback for a missing one). */
export async function loadLazyStrings(lang: Lang = currentLanguage()): Promise<void> {
  const [en, own] = await Promise.all([loaders.en(), loaders[lang]()]);
  loaded.en = en;
  loaded[lang] = own;
}

export function ti(key: ImportKey, vars: Record<string, string | number> = {}): string {
  const text = loaded[currentLanguage()]?.[key] ?? loaded.en?.[key];
  return text === undefined ? key : formatText(text, vars);
}
