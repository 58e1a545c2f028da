/**
 * The naming policy (data/README.md) as code: a place's label in a language. English shows both
 * common names of a contested place ("Stepanakert / Khankendi", stored in name_en); the other
 * languages use their own name where a source gives one, and fall back to the English form.
 */
import type { Lang } from './index.ts';

export type Named = { name_en: string; name_hy: string; name_az: string; name_ru: string };

export function placeName(place: Named, lang: Lang): string {
  if (lang === 'en') return place.name_en;
  return place[`name_${lang}`].trim() || place.name_en;
}

/** The other names of a place, for the details panel: every distinct name but the label shown. */
export function otherNames(place: Named, lang: Lang): string[] {
  const shown = placeName(place, lang);
  const all = [place.name_en, place.name_hy, place.name_az, place.name_ru].map((n) => n.trim()).filter(Boolean);
  return [...new Set(all)].filter((n) => n !== shown);
}

/**
 * A label as the map draws it: the first name, and the other side's name (or '') for a second,
 * smaller line, so a two-name label ("Kalbajar / Karvachar") is no wider than its longer name.
 */
export function labelLines(place: Named, lang: Lang): [string, string] {
  const label = placeName(place, lang);
  const cut = label.indexOf(' / ');
  return cut < 0 ? [label, ''] : [label.slice(0, cut), label.slice(cut + 3)];
}
