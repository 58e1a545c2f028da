/**
 * The claims table's window rows (window-rows.ts): a wide window read lazily from the whole order
 * gives the same rows, in the same order, as sorting the window's rows (table-order.ts on
 * day-index.ts rowsInWindow), read in any order of positions; and finds a row's position as indexOf does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayIndex, rowsInWindow } from '../../src/data/columns/day-index.ts';
import { placeText } from '../../src/data/columns/dictionary.ts';
import { groupMask } from '../../src/data/columns/filter.ts';
import { columnsFromIncidents } from '../../src/data/columns/store.ts';
import type { IncidentProperties } from '../../src/data/schema.ts';
import { type Column, type Labels, TableOrder } from '../../src/ui/table-order.ts';
import { OrderedWindow, windowRows } from '../../src/ui/window-rows.ts';
import { incidentProps, SEP_13 } from './record-fixture.ts';

const SIDES = ['armenia', 'azerbaijan', 'other'] as const;
const PLACES = ['Goris', 'Jermuk', 'Ağdam', 'Şuşa', 'goris'];

/** Seeded rows over 40 days: ties on every key, some long, some context, three groups. */
function rows(n: number, seed: number): IncidentProperties[] {
  let a = seed;
  const rand = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  return Array.from({ length: n }, (_, i) => {
    const day = SEP_13 + Math.floor(rand() * 40);
    const long = rand() < 0.05;
    return incidentProps(`c-${Math.floor(rand() * n)}-${i}`, {
      day,
      day_end: day + (long ? 32 + Math.floor(rand() * 60) : rand() < 0.8 ? 0 : Math.floor(rand() * 5)),
      time: rand() < 0.7 ? null : `${10 + Math.floor(rand() * 4)}:00`,
      fatalities_claimed: rand() < 0.3 ? null : Math.floor(rand() * 12),
      place_name: PLACES[Math.floor(rand() * PLACES.length)] as string,
      claimant_side: SIDES[Math.floor(rand() * SIDES.length)] as string,
      context: rand() < 0.04,
    });
  });
}

const labels: Labels = { place: (key) => placeText(key), claimant: (c) => c.claimant_label };
const data = rows(1500, 11);
const cols = columnsFromIncidents(data.map((properties) => ({ type: 'Feature', geometry: null, properties })));
const order = new TableOrder(cols, labels);
const COLUMNS: Column[] = ['date', 'place', 'claimant', 'deaths'];

describe('window rows', () => {
  it('any window, any groups, any sort: the sorted window, read in any order, and indexOf agrees', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 100 }),
        fc.integer({ min: -5, max: 100 }),
        fc.integer({ min: 0, max: 2 ** cols.groups.length - 1 }),
        fc.constantFrom(...COLUMNS),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 30 }),
        (a, b, groups, column, ascending, reads) => {
          const from = SEP_13 + a;
          const to = SEP_13 + b;
          const mask = groupMask(groups, cols.groups.length);
          const spec = { column, ascending };
          const want = order.sort(rowsInWindow(dayIndex(cols), from, to, mask), spec, 'en');
          // The lazy view on every window (whatever its share), and windowRows's own choice.
          const lazy = new OrderedWindow(order.fullOrder(spec, 'en'), cols, from - cols.firstDay, to - cols.firstDay, mask, want.length);
          for (const list of [lazy, windowRows(order, cols, { from, to }, mask, spec, 'en')]) {
            expect(list.length).toBe(want.length);
            for (const r of reads) {
              const k = want.length ? r % want.length : 0;
              expect(list.at(k)).toBe(want[k]);
            }
            expect(Array.from({ length: list.length }, (_, k) => list.at(k))).toEqual([...want]);
            expect(list.at(want.length)).toBeUndefined();
            for (const r of reads.slice(0, 5)) {
              const row = r % cols.count;
              expect(list.indexOf(row)).toBe(want.indexOf(row));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a wide window is read lazily from the whole order', () => {
    const first = cols.firstDay;
    const list = windowRows(
      order,
      cols,
      { from: first, to: first + 200 },
      groupMask(7, cols.groups.length),
      { column: 'date', ascending: true },
      'en',
    );
    expect(list).toBeInstanceOf(OrderedWindow);
  });
});
