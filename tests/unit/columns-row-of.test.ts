import { describe, expect, it } from 'vitest';
import { rowOf } from '../../src/data/columns/row-of.ts';
import { testColumns } from './columns-fixture.ts';

describe('rowOf', () => {
  it("finds each id's row, and nothing for an unknown id, per set of columns", () => {
    const a = testColumns(3, { ids: ['x', 'y', 'z'] });
    const b = testColumns(2, { ids: ['z', 'x'] });
    expect(['x', 'y', 'z', 'w'].map((id) => rowOf(a, id))).toEqual([0, 1, 2, undefined]);
    expect(['x', 'z'].map((id) => rowOf(b, id))).toEqual([1, 0]);
  });
});

describe('rowTable', () => {
  it('finds every one of many ids (probing past collisions), the first row of a repeated id', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `id-${(i * 7919) % 10007}`);
    ids.push('id-0');
    const cols = testColumns(ids.length, { ids });
    for (let i = 0; i < 5000; i++) expect(rowOf(cols, ids[i] as string)).toBe(i);
    expect(rowOf(cols, 'id-0')).toBe(0);
    expect(rowOf(cols, 'id-1')).toBe(ids.indexOf('id-1') < 0 ? undefined : ids.indexOf('id-1'));
  });
});
