import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../src/data/import/csv-read';
import { parseDate } from '../../src/data/import/dates';

const quote = (cell: string, d: string) => (/["\n]/.test(cell) || cell.includes(d) ? `"${cell.replace(/"/g, '""')}"` : cell);
const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '|', '"', '\n', 'é', 'Ա', '#', '=') });

const tableText = (d: string, eol: string, rows: string[][]) =>
  [['id', 'a', 'b', 'c'], ...rows].map((r) => r.map((c) => quote(c, d)).join(d)).join(eol) + eol;

describe('readCsvText (property)', () => {
  it('reads back any table written with standard quoting, in every delimiter and line ending', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 15 }),
        (d, eol, body) => {
          // A non-empty id keeps every row from being blank or an HXL row.
          const rows = body.map((cells, i) => [`id${i}`, ...cells]);
          const t = readCsvText(tableText(d, eol, rows), { delimiter: d });
          expect(t.skipped).toEqual([]);
          expect(t.rows.map((r) => [r.cells.id, r.cells.a, r.cells.b, r.cells.c])).toEqual(rows);
          let line = 2;
          for (const [i, r] of t.rows.entries()) {
            expect(r.line).toBe(line);
            line += 1 + rows[i].join('').split('\n').length - 1;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  // A few rows whose multi-line cells hold other delimiters can be read more than one way, so the
  // guess is checked on single-line cells; the mapping step lets the user correct it anyway.
  it('guesses the delimiter of a table with single-line cells', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t', '|'),
        fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '\t', '|', '"', '#') }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 15,
        }),
        (d, body) => {
          const rows = body.map((cells, i) => [`id${i}`, ...cells]);
          expect(readCsvText(tableText(d, '\n', rows)).delimiter).toBe(d);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseDate (property)', () => {
  // Two-digit years read as 1970–2069, so the range stays inside it.
  it('reads every real date in every written form', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2069-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          const month = months[Number(m) - 1];
          const forms = [
            iso,
            `${iso}T12:00:00Z`,
            `${y}${m}${d}`,
            `${Number(d)} ${month} ${y}`,
            `${d} ${month.slice(0, 3)} ${y}`,
            `${Number(d)}-${month.slice(0, 3)}-${y.slice(2)}`,
            `${month} ${Number(d)}, ${y}`,
            `${m}/${d}/${y}`,
            `${d}.${m}.${y}`,
          ];
          for (const form of forms) expect(parseDate(form), form).toBe(iso);
          expect(parseDate(`${d}/${m}/${y}`, 'dmy')).toBe(iso);
        },
      ),
      { numRuns: 300 },
    );
  });
});
