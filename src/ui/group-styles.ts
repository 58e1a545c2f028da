/**
 * Each claimant group's colour on the page, made from the dataset at run time: one custom property
 * per group on the root (`--cl-side-armenia`), and one rule per group that gives its rows, swatches,
 * histogram bars and timeline marks that colour as `--cl-claimant` (the stylesheets read only
 * that). The rules go into a constructed stylesheet: no style attribute or inline <style>, which
 * the page's Content-Security-Policy forbids.
 */
import type { Dataset } from '../data/dataset.ts';
import { groupColours, groupKey, groupVar } from '../style/group-colours.ts';
import type { Theme } from '../style/theme.ts';

/** The rules, as CSS text: `.cl-side--armenia, … { --cl-claimant: var(--cl-side-armenia) }`. */
export function groupRules(dataset: Pick<Dataset, 'categories'>): string {
  return dataset.categories.groups
    .map((g) => {
      const key = groupKey(g.id);
      const selectors = ['cl-side', 'cl-swatch', 'cl-bar', 'cl-mark'].map((kind) => `.${kind}--${key}`).join(', ');
      return `${selectors} { --cl-claimant: var(${groupVar(g.id)}); }`;
    })
    .join('\n');
}

/** Sets the groups' colours on `doc`'s root and adopts their rules; returns a function that removes both. */
export function applyGroupStyles(doc: Document, dataset: Pick<Dataset, 'categories' | 'meta'>, theme: Theme): () => void {
  const root = doc.documentElement;
  const colours = groupColours(dataset.categories.groups, theme);
  for (const [id, colour] of colours) root.style.setProperty(groupVar(id), colour);
  // The "both sides" badge's two colours (app.css defaults them to the neutral colour).
  dataset.meta.parties.slice(0, 2).forEach((id, i) => {
    const colour = colours.get(id);
    if (colour) root.style.setProperty(`--cl-party-${i + 1}`, colour);
  });
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(groupRules(dataset));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
