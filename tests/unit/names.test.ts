import { describe, expect, it } from 'vitest';
import { nameArray, PackedNames } from '../../src/data/columns/names.ts';
import { pack } from '../../src/load-columns/build.ts';

describe('PackedNames', () => {
  const list = ['ab', '', 'b', 'abc', 'b', '', 'c-1', 'ab'];
  const { text, ends } = pack(list);
  const names = new PackedNames(text, ends);

  it('reads each name by position, as the array does', () => {
    expect(names.length).toBe(list.length);
    for (const [i, name] of list.entries()) expect(names.at(i)).toBe(name);
    expect([names.at(-1), names.at(list.length)]).toEqual([undefined, undefined]);
    expect([...names]).toEqual(list);
    expect(nameArray(names)).toEqual(list);
    expect(nameArray(list)).toBe(list);
  });

  it('finds the first position of a whole name, never a part of one or a run across two', () => {
    for (const name of [...list, 'a', 'bab', 'bb', 'c', 'abca', 'nope']) expect(names.indexOf(name)).toBe(list.indexOf(name));
    expect(new PackedNames('', new Uint32Array(0)).indexOf('')).toBe(-1);
    expect(new PackedNames('', Uint32Array.of(0)).indexOf('')).toBe(0);
  });
});
