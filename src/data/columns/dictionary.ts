/**
 * Dictionary-coded columns: a row holds an index into a list of distinct values, so anything
 * derived from a value (a label in a language, its rank under a collator) is computed once per
 * value, not once per row. Worker-safe: no DOM.
 */

/** A list of names and each name's index: starts with the given order, adds unknown names at the end. */
export class Lookup {
  readonly names: string[];
  private readonly index = new Map<string, number>();
  /** `max`: the most distinct names the index column can hold (65,536 for a Uint16Array). */
  constructor(
    given: readonly string[] = [],
    private readonly max = 0x10000,
  ) {
    this.names = [];
    for (const n of given) this.of(n);
  }
  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      if (i >= this.max) throw new RangeError(`more than ${this.max.toLocaleString('en')} distinct values (at "${name}")`);
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

/** Who made a claim: the claimant id (its translations are looked up by it) and the label as given. */
export type Claimant = { claimant: string; claimant_label: string };

/** A Lookup of claimants by both fields, keeping each distinct pair once. */
export class ClaimantLookup {
  readonly list: Claimant[] = [];
  private readonly keys = new Lookup();
  of(c: Claimant): number {
    const i = this.keys.of(`${c.claimant}\u0000${c.claimant_label}`);
    if (i === this.list.length) this.list.push({ claimant: c.claimant, claimant_label: c.claimant_label });
    return i;
  }
}

/**
 * A row's place key: `id:<place_id>` for a gazetteer place; else, for a record that names its place
 * without an id (an import), `name:<place_name>` when it is plotted and `text:<place_name>` when not;
 * '' for none. `id:` and `name:` keys are the places window-stats.ts counts (its placeCount rule);
 * every key but '' has a label (the table's place column).
 */
export function placeKey(p: { place_id: string | null; place_name: string; geo_precision: number | null }): string {
  if (p.place_id) return `id:${p.place_id}`;
  if (!p.place_name) return '';
  return p.geo_precision !== null ? `name:${p.place_name}` : `text:${p.place_name}`;
}

/** Whether a place key is a place the window's numbers count (see placeKey). */
export const countedPlace = (key: string): boolean => key.startsWith('id:') || key.startsWith('name:');

/** The place's own text in a key that is not a gazetteer id ('' for none or an `id:` key). */
export const placeText = (key: string): string => (key.startsWith('id:') ? '' : key.slice(key.indexOf(':') + 1));

/** A place key's gazetteer id, or null. */
export const placeIdOf = (key: string): string | null => (key.startsWith('id:') ? key.slice(3) : null);
