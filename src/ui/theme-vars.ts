/**
 * The theme's colours as CSS custom properties, so the page and the map use the same slots: one
 * property per slot, named after its key (`textMuted` → `--cl-text-muted`, `side.third_party` →
 * `--cl-side-third-party`). The stylesheets use only these for colours.
 */
import type { Theme } from '../style/theme.ts';

/** `['side', 'third_party']` → `--cl-side-third-party`. */
export function themeVarName(keys: readonly string[]): string {
  return `--cl-${keys.map((k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, '-')).join('-')}`;
}

/** Every slot of the theme, nested objects flattened, as [custom property, colour]. */
export function themeVars(theme: Theme): [string, string][] {
  const walk = (o: object, keys: string[]): [string, string][] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? walk(v, [...keys, k]) : [[themeVarName([...keys, k]), String(v)]],
    );
  return walk(theme, []);
}

export function applyThemeVars(root: { style: Pick<CSSStyleDeclaration, 'setProperty'> }, theme: Theme): void {
  for (const [name, value] of themeVars(theme)) root.style.setProperty(name, value);
}
