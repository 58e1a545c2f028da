/**
 * Spreadsheet formula neutralisation, both ways. A CSV cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a CR is run as a formula by Excel and LibreOffice (`=HYPERLINK(…)` in a hostile file), so
 * Claimline's CSV exports write such text with a leading apostrophe, which spreadsheets show as text
 * (the OWASP "CSV injection" advice). Plain numbers (-12.5, +3) are not formulas and stay as they are,
 * so coordinates and counts are never touched.
 *
 * The rule is a bijection, so importing an export gives back the same text: an apostrophe is added to
 * every text matching `'*` + trigger (also to one that already starts with apostrophes), and the CSV
 * reader removes exactly one from every cell matching `'+` + trigger.
 */

const TRIGGER = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function neutraliseFormula(text: string): string {
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The text an exporter neutralised; any other cell unchanged (the apostrophe check first keeps it cheap). */
export function restoreFormula(cell: string): string {
  return cell.charCodeAt(0) === 39 && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
