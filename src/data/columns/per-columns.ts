/**
 * A derivation of a set of columns built on first use and kept with them (a WeakMap, so it goes
 * when they go): views re-mount on a language switch, and several ask for the same index.
 *
 * @example export const dayIndex = perColumns(build);
 */
import type { EventColumns } from './store.ts';

export function perColumns<T>(build: (cols: EventColumns) => T): (cols: EventColumns) => T {
  const built = new WeakMap<EventColumns, T>();
  return (cols) => {
    let value = built.get(cols);
    if (value === undefined) {
      value = build(cols);
      built.set(cols, value);
    }
    return value;
  };
}
