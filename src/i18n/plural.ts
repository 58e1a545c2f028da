/**
 * Plural forms in interface strings. A number before a noun takes the form its language's plural
 * rules ask for (Intl.PluralRules: Russian "1 погибший", "2 погибших", "5 погибших"). A string
 * names the forms inline, keyed by the rule's category, after the number's placeholder name:
 *   "{n, one {погибший} few {погибших} many {погибших} other {погибших}}"
 * Armenian and Azerbaijani keep the noun singular after a numeral, so their strings need no choice.
 */

const CHOICE = /\{(\w+),((?:\s*(?:zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const rules = new Map<string, Intl.PluralRules>();
function rulesFor(locale: string): Intl.PluralRules {
  const known = rules.get(locale);
  if (known) return known;
  const made = new Intl.PluralRules(locale);
  rules.set(locale, made);
  return made;
}

/** The category ("one", "few", "many", "other") the language's rules give a number. */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  return rulesFor(locale).select(n);
}

/** The forms a choice offers, by category. */
export function pluralForms(body: string): Map<string, string> {
  return new Map([...body.matchAll(FORM)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/**
 * Resolves every plural choice in a string for the numbers in vars; a choice whose variable is not a
 * number, or whose category has no form, takes its "other" form.
 */
export function resolvePlurals(locale: string, text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(CHOICE, (_, name: string, body: string) => {
    const forms = pluralForms(body);
    const n = vars[name];
    const category = typeof n === 'number' ? pluralCategory(locale, n) : 'other';
    return forms.get(category) ?? forms.get('other') ?? '';
  });
}

/** Every plural choice in a string: its variable and the categories it offers (for the tests). */
export function pluralChoices(text: string): { name: string; categories: string[] }[] {
  return [...text.matchAll(CHOICE)].map((m) => ({ name: m[1] ?? '', categories: [...pluralForms(m[2] ?? '').keys()] }));
}
