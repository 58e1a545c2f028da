/**
 * data/raw/place-names.csv: each place's names corrected, added or recorded as missing, with the
 * source wording for each (issue 10). Applied over the gazetteer rows before places are built, so
 * the shared gazetteer files keep their original GeoNames-derived text.
 */
export const NAME_LANGS = ['en', 'hy', 'az', 'ru'] as const;
export type NameLang = (typeof NAME_LANGS)[number];
/** An empty name records that no source gives one; `source` then says why. */
export type PlaceNameRow = { id: string; lang: NameLang; name: string; source: string };

export function parsePlaceNames(rows: readonly Record<string, string>[]): PlaceNameRow[] {
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const id = r.id?.trim() ?? '';
    const lang = r.lang?.trim() as NameLang;
    const name = r.name?.trim() ?? '';
    const source = r.source?.trim() ?? '';
    const where = `place-names.csv row ${i + 2} (${id}, ${lang})`;
    if (!NAME_LANGS.includes(lang)) throw new Error(`${where}: lang must be one of ${NAME_LANGS.join(', ')}`);
    if (!source) throw new Error(`${where}: every name (or gap) needs a source or reason`);
    if (lang === 'en' && !name) throw new Error(`${where}: English names cannot be missing`);
    if (seen.has(`${id}/${lang}`)) throw new Error(`${where}: duplicate`);
    seen.add(`${id}/${lang}`);
    return { id, lang, name, source };
  });
}

/** Writes the names into gazetteer rows (by id) and notes each one's source in the row's source text. */
export function applyPlaceNames(gazRows: Record<string, string>[], names: readonly PlaceNameRow[]): void {
  const byId = new Map(gazRows.map((r) => [r.id.trim(), r]));
  for (const n of names) {
    const row = byId.get(n.id);
    if (!row) throw new Error(`place-names.csv: no gazetteer place "${n.id}"`);
    row[`name_${n.lang}`] = n.name;
    const what = n.name ? `name_${n.lang} '${n.name}'` : `name_${n.lang} missing`;
    row.source = `${row.source?.trim() ?? ''}; ${what} (data/raw/place-names.csv): ${n.source}`;
  }
}
