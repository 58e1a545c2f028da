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
