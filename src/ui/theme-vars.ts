/** The theme's colours as CSS custom properties, so the page and the map use the same slots. */
import { SIDES } from '../data/schema.ts';
import type { Theme } from '../style/theme.ts';

export function applyThemeVars(root: HTMLElement, theme: Theme): void {
  for (const side of SIDES) root.style.setProperty(`--cl-${side}`, theme.side[side]);
  root.style.setProperty('--cl-band', theme.band);
  root.style.setProperty('--cl-highlight', theme.highlight);
}
