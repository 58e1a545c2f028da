/**
 * The claims table's order (table-order.ts) against the naive comparator it replaces, on every
 * column and direction; and (CLAIMLINE_SCALE_LOGS=1) a million rows sorted, with the time logged (not asserted).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeText } from '../../src/data/columns/dictionary.ts';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import type { IncidentProperties } from '../../src/data/schema.ts';
import { TableOrder, type Column, type Labels, type SortSpec } from '../../src/ui/table-order.ts';
import { plainCompare } from '../../src/ui/sort-keys.ts';
import { incidentProps, SEP_13 } from './record-fixture.ts';

const PLACES = ['Goris', 'Jermuk', 'Ağdam', 'Şuşa', 'Vardenis', 'goris', 'Çaylı', '—', 'Zod', 'Սոթք'];
const CLAIMANTS = ['Armenia MoD', 'Azerbaijan MoD', 'azerbaijan mod', 'UN OCHA', ''];

/** Deterministic rows with many ties on every key, so the date tie-breaks are exercised. */
function rows(n: number, seed = 7): IncidentProperties[] {
  let a = seed;
  const rand = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  return Array.from({ length: n }, (_, i) => {
    const day = SEP_13 + Math.floor(rand() * 30);
    return {
      ...incidentProps(`${i % 2 ? 'testland-acled-TST' : 'c-'}${Math.floor(rand() * n)}${i % 5 ? '' : 'x'}-${i}`, {
        day,
        day_end: day + (rand() < 0.8 ? 0 : Math.floor(rand() * 3)),
        time: rand() < 0.7 ? null : `${10 + Math.floor(rand() * 4)}:${rand() < 0.5 ? '00' : '30'}`,
        fatalities_claimed: rand() < 0.3 ? null : Math.floor(rand() * 12),
        place_name: PLACES[Math.floor(rand() * PLACES.length)] as string,
      }),
      claimant_label: CLAIMANTS[Math.floor(rand() * CLAIMANTS.length)] as string,
    };
  });
}

const label = (column: 'place' | 'claimant', p: IncidentProperties) => (column === 'place' ? p.place_name : p.claimant_label);
/** The same labels from the columns' dictionaries: a place key's name, a claimant's label as given. */
const labels: Labels = { place: (key) => placeText(key), claimant: (c) => c.claimant_label };
/** The table's order over the rows' columns. */
const orderOf = (data: IncidentProperties[]) =>
  new TableOrder(columnsFromIncidents(data.map((properties) => ({ type: 'Feature', geometry: null, properties }))), labels);

/** The comparator the table used before (incident-table.ts), objects and localeCompare per comparison. */
function naive(spec: SortSpec, lang: string) {
  return (a: IncidentProperties, b: IncidentProperties): number => {
    const byDate = a.day - b.day || a.day_end - b.day_end || (a.time ?? '99').localeCompare(b.time ?? '99') || a.id.localeCompare(b.id);
    let primary = 0;
    if (spec.column === 'place' || spec.column === 'claimant') primary = label(spec.column, a).localeCompare(label(spec.column, b), lang);
    else if (spec.column === 'deaths') {
      if (a.fatalities_claimed === null || b.fatalities_claimed === null)
        return (a.fatalities_claimed === null ? 1 : 0) - (b.fatalities_claimed === null ? 1 : 0) || byDate;
      primary = a.fatalities_claimed - b.fatalities_claimed;
    }
    return (spec.ascending ? 1 : -1) * (primary || byDate);
  };
}

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('plainCompare', () => {
  it('orders plain ASCII ids as localeCompare does', () => {
    const alphabet = '-.059abmzABMZ';
    let a = 3;
    const rand = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
    const word = () => Array.from({ length: 1 + Math.floor(rand() * 5) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const x = word();
      // Every third pair differs only in case, so the case rule is exercised.
      const y = i % 3 ? word() : [...x].map((c) => (rand() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
      expect([x, y, Math.sign(plainCompare(x, y))]).toEqual([x, y, Math.sign(x.localeCompare(y))]);
    }
  });
});

describe('the claims table order', () => {
  const data = rows(3000);
  const order = orderOf(data);
  for (const column of ['date', 'place', 'claimant', 'deaths'] as Column[])
    for (const ascending of [true, false])
      for (const lang of ['en', 'az'])
        it(`${column} ${ascending ? 'ascending' : 'descending'} (${lang}): the same order as the naive sort`, () => {
          const spec = { column, ascending };
          const got = [...order.sort(all(data.length), spec, lang)].map((i) => data[i]?.id);
          expect(got).toEqual([...data].sort(naive(spec, lang)).map((p) => p.id));
        });

  it('ids beyond plain ASCII ("_", accents) are ordered by the collator, as before', () => {
    const odd = rows(800, 5).map((p, i) => ({ ...p, id: `${i % 2 ? 'é' : 'e'}_${p.id}` }));
    const o = orderOf(odd);
    const spec = { column: 'date' as Column, ascending: true };
    expect([...o.sort(all(odd.length), spec, 'en')].map((i) => odd[i]?.id)).toEqual([...odd].sort(naive(spec, 'en')).map((p) => p.id));
  });

  it('sorts a subset (the rows in the window) in the same order as the whole', () => {
    const some = Uint32Array.from(all(data.length).filter((i) => i % 3 === 0));
    const spec = { column: 'deaths' as Column, ascending: false };
    const got = [...order.sort(some, spec, 'en')].map((i) => data[i]?.id);
    expect(got).toEqual(
      [...some]
        .map((i) => data[i] as IncidentProperties)
        .sort(naive(spec, 'en'))
        .map((p) => p.id),
    );
  });

  it('rows already in date order (as the build writes an event file): the same orders, and one swap is noticed', () => {
    const dateOrder = naive({ column: 'date', ascending: true }, 'en');
    const sorted = [...data].sort(dateOrder);
    const o = orderOf(sorted);
    for (const column of ['date', 'place', 'claimant', 'deaths'] as Column[]) {
      const spec = { column, ascending: column !== 'deaths' };
      const got = [...o.sort(all(sorted.length), spec, 'en')].map((i) => sorted[i]?.id);
      expect(got, column).toEqual([...sorted].sort(naive(spec, 'en')).map((p) => p.id));
    }
    // Two rows of different days swapped: no longer in order, and still sorted right.
    const k = sorted.findIndex((p, i) => i > 0 && p.day !== sorted[i - 1]?.day);
    const swapped = [...sorted];
    [swapped[k - 1], swapped[k]] = [swapped[k] as IncidentProperties, swapped[k - 1] as IncidentProperties];
    const got = [...orderOf(swapped).sort(all(swapped.length), { column: 'date', ascending: true }, 'en')].map((i) => swapped[i]?.id);
    expect(got).toEqual(sorted.map((p) => p.id));
  });

  it('any subset, sparse or dense (sorted, or kept from the whole order), in the naive order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(['date', 'place', 'claimant', 'deaths'] as Column[])),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (column, ascending, share, seed) => {
          let a = seed;
          const some = all(data.length).filter(() => {
            a = (a * 1103515245 + 12345) % 2147483648;
            return a / 2147483648 < share;
          });
          const spec = { column, ascending };
          const got = [...order.sort(Uint32Array.from(some), spec, 'en')].map((i) => data[i]?.id);
          const want = [...some].map((i) => data[i] as IncidentProperties).sort(naive(spec, 'en'));
          expect(got).toEqual(want.map((p) => p.id));
        },
      ),
      { numRuns: 40 },
    );
  });

  // A figure to read, not a test of speed: only when asked (CLAIMLINE_SCALE_LOGS=1), so the suite does not spend ~10 s on it.
  it.runIf(process.env.CLAIMLINE_SCALE_LOGS === '1')(
    'a million rows: logs how long the first sort (with the keys), a re-sort and a window step take',
    () => {
      const n = 1_000_000;
      const big = rows(n, 11);
      const o = orderOf(big);
      const ids = all(n);
      let t0 = performance.now();
      const first = o.sort(ids, { column: 'place', ascending: true }, 'en');
      const keysAndSort = performance.now() - t0;
      t0 = performance.now();
      const again = o.sort(ids, { column: 'deaths', ascending: false }, 'en');
      const resort = performance.now() - t0;
      t0 = performance.now();
      o.sort(ids, { column: 'place', ascending: false }, 'en');
      const flip = performance.now() - t0;
      const window = ids.filter((i) => i % 10 !== 0);
      t0 = performance.now();
      o.sort(window, { column: 'place', ascending: false }, 'en');
      const step = performance.now() - t0;
      console.info(
        `table order, 1M rows: first sort with date and place keys ${keysAndSort.toFixed(0)} ms; ` +
          `by toll (its keys) ${resort.toFixed(0)} ms; place reversed (keys cached) ${flip.toFixed(0)} ms; ` +
          `then a window of 900,000 in that order ${step.toFixed(0)} ms`,
      );
      expect(first.length).toBe(n);
      expect(new Set(again).size).toBe(n);
      // Spot check: each neighbouring pair is in the naive order.
      const cmp = naive({ column: 'deaths', ascending: false }, 'en');
      for (let k = 1; k < n; k += 997) expect(cmp(big[again[k - 1] as number]!, big[again[k] as number]!)).toBeLessThanOrEqual(0);
    },
    60_000,
  );
});
