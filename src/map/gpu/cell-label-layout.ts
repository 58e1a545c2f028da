/**
 * Where the glyphs of a cell's count go: one after another by their advances, the label centred on
 * the cell (css px, x of each glyph's left edge relative to the cell's centre). Pure, for the tests.
 */
export type GlyphAdvance = { readonly advance: number };

/** Left edges of each character of `text`, centred on 0; a character missing from `glyphs` takes no space. */
export function layoutLabel(text: string, glyphs: ReadonlyMap<string, GlyphAdvance>): { chars: string[]; left: number[]; width: number } {
  const chars = [...text];
  let width = 0;
  const left: number[] = [];
  for (const ch of chars) {
    left.push(width);
    width += glyphs.get(ch)?.advance ?? 0;
  }
  return { chars, left: left.map((x) => x - width / 2), width };
}

/** The distinct characters of the labels, sorted (the glyph atlas's key). */
export function charsOf(labels: readonly string[]): string[] {
  const set = new Set<string>();
  for (const l of labels) for (const ch of l) set.add(ch);
  return [...set].sort();
}
