/**
 * Each claimant group's colour, and the names the page uses for it. A colour comes from the theme
 * where it tunes that group (the built-in dataset's groups), else from the dataset's own category,
 * else from a colour-blind-friendly palette in the groups' order (d3-scale-chromatic's Tableau10),
 * so a dataset that names no colours still gets distinct ones.
 *
 * groupColours(dataset.categories.groups, lightTheme).get('armenia') // '#d55e00'
 */
import type { Category } from '../data/dataset.ts';
import { TABLEAU10, type Theme } from './theme.ts';

export function groupColours(groups: readonly Pick<Category, 'id' | 'colour'>[], theme: Theme): ReadonlyMap<string, string> {
  return new Map(
    groups.map((g, i) => [
      g.id,
      (Object.hasOwn(theme.side, g.id) ? theme.side[g.id] : undefined) ?? g.colour ?? (TABLEAU10[i % TABLEAU10.length] as string),
    ]),
  );
}

/** The colours of the dataset's opposing parties (the both-sides ring), `neutral` for one without a colour. */
export function partyColours(parties: readonly string[], colours: ReadonlyMap<string, string>, neutral: string): string[] {
  return parties.map((id) => colours.get(id) ?? neutral);
}

/**
 * A group id as a CSS class and custom-property part: the id itself where it is lowercase letters,
 * digits and underscores (every built-in id), else its code points in hex, so no id can add a class.
 */
export function groupKey(id: string): string {
  return /^[a-z0-9_]+$/.test(id) ? id : `x${[...id].map((c) => (c.codePointAt(0) ?? 0).toString(16)).join('-')}`;
}

/** The CSS custom property that holds a group's colour: `third_party` → `--cl-side-third-party`. */
export function groupVar(id: string): string {
  return `--cl-side-${groupKey(id).replace(/_/g, '-')}`;
}
