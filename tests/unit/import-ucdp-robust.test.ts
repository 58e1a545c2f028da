import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importUcdp } from '../../src/data/import/ucdp.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/ucdp/${name}`, import.meta.url), 'utf8');
// The header and three real rows, so the reader's delimiter guess rests on the file, not on the fuzz.
const HEAD = fixture('ged-full.csv').split('\n').slice(0, 4).join('\n');

describe('UCDP GED: robustness', () => {
  it('a European-Excel copy (; delimiter) reads like the original', () => {
    const text =
      'id;type_of_violence;side_a;side_b;where_prec;latitude;longitude;date_prec;date_start;date_end;best;low;high\n1;1;Alpha Force;Beta Group;1;12,5;23,5;1;2021-03-04;2021-03-04;3;2;4\n';
    const r = importUcdp('semi.csv', text, { today: '2026-01-01' });
    expect(r.report.fatal).toBeNull();
    expect(r.events[0]).toMatchObject({ id: '1', actors: ['Alpha Force', 'Beta Group'], fatalities: 3, date: '2021-03-04' });
  });

  it('never throws on arbitrary rows under a GED header, and accounts for every event', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 8 }), (lines) => {
        const r = importUcdp('fuzz.csv', `${HEAD}\n${lines.join('\n')}`, { today: '2026-01-01' });
        expect(r.report.fatal).toBeNull();
        expect(r.report.imported).toBe(r.events.length);
        expect(r.events.length).toBeGreaterThanOrEqual(3);
        for (const e of r.events) {
          expect(e.claimant).toBe('UCDP');
          for (const s of e.sources) if (s.url !== null) expect(s.url).toMatch(/^https?:\/\//i);
          if (e.lat !== null) expect(Math.abs(e.lat)).toBeLessThanOrEqual(90);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = importUcdp('any.csv', text);
        expect(r.report.fatal === null || r.report.fatal.startsWith('any.csv:')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
