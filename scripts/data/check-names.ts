/**
 * The naming rules of issue 10, as data:check rules (pure, so they are unit-tested):
 * - every place is named in every language, or its gap is recorded with a reason (place-names.csv);
 * - every place whose Armenian and Azerbaijani names are different words (a renaming or a
 *   translation, per name-relations.csv) shows both names in English ("Kalbajar / Karvachar");
 * - every place with both an Armenian and an Azerbaijani name is classified, so none is missed;
 * - no two places share a label in one language.
 */
import type { Place } from '../../src/data/schema.ts';
import { placeName } from '../../src/i18n/place-name.ts';
import { NAME_LANGS } from './place-names.ts';

export const RELATIONS = ['renaming', 'translation', 'spelling'] as const;
export type NameRelation = { id: string; relation: string; note: string };
export type NameGap = { id: string; lang: string; reason: string };

/** The relations the policy covers: the two sides use different words for the place. */
export const coveredByPolicy = (relation: string) => relation === 'renaming' || relation === 'translation';

export function checkNames(input: { places: readonly Place[]; gaps: readonly NameGap[]; relations: readonly NameRelation[] }) {
  const errors: string[] = [];
  const gaps = new Map(input.gaps.map((g) => [`${g.id}/${g.lang}`, g.reason.trim()]));
  const relations = new Map(input.relations.map((r) => [r.id, r]));
  let missing = 0;
  let covered = 0;
  for (const f of input.places) {
    const p = f.properties;
    for (const lang of NAME_LANGS) {
      const name = p[`name_${lang}`].trim();
      const gap = gaps.get(`${p.id}/${lang}`);
      if (!name && !gap) errors.push(`place ${p.id}: no ${lang} name and no recorded reason (data/raw/place-names.csv)`);
      if (name && gap !== undefined) errors.push(`place ${p.id}: ${lang} name '${name}' is also recorded as missing`);
      if (!name && gap) missing++;
    }
    const rel = relations.get(p.id);
    if (p.name_hy.trim() && p.name_az.trim() && !rel) {
      errors.push(`place ${p.id}: Armenian '${p.name_hy}' and Azerbaijani '${p.name_az}' not classified in data/raw/name-relations.csv`);
    }
    if (rel && !(RELATIONS as readonly string[]).includes(rel.relation))
      errors.push(`place ${p.id}: unknown name relation '${rel.relation}'`);
    if (rel && coveredByPolicy(rel.relation)) {
      covered++;
      const parts = p.name_en.split(' / ').map((s) => s.trim());
      if (parts.length < 2 || parts.some((s) => !s) || !p.contested) {
        errors.push(`place ${p.id}: the two sides name it differently (${rel.relation}) but English shows one name: '${p.name_en}'`);
      }
    }
  }
  for (const lang of NAME_LANGS) {
    const seen = new Map<string, string>();
    for (const f of input.places) {
      const label = placeName(f.properties, lang);
      const other = seen.get(label);
      if (other) errors.push(`places ${other} and ${f.properties.id} share the ${lang} label '${label}'`);
      seen.set(label, f.properties.id);
    }
  }
  const summary = [`place names: ${covered} places with both sides' names, ${missing} names recorded as missing`];
  return { errors, summary };
}
