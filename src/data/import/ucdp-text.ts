/**
 * Text cells of a GED extract after CSV parsing. Extracts re-saved by hand or by a script that
 * quoted already-quoted text carry their own quotes: `"""Testville shelled"""` is valid CSV for
 * the text `"Testville shelled"`, and a second round gives `""Testville shelled""`. A cell that is
 * wholly wrapped in matching quote runs, with no quote inside, is such an artefact and is
 * unwrapped; a headline that merely quotes a word (`"Peace" talks end`) is kept as given.
 */
export function recoverQuotes(text: string): string {
  const t = text.trim();
  const m = /^("+)([^"]*)("+)$/.exec(t);
  if (!m || m[1].length !== m[3].length || m[2].trim() === '') return t;
  return m[2].trim();
}

/** Split a `;`-separated UCDP list ("AFP;Reuters"), dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(';')
    .map((s) => recoverQuotes(s))
    .filter((s) => s !== '');
}
