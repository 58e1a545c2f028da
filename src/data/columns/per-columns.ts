/**
 * A derivation of a set of columns built on first use and kept with them (a WeakMap, so it goes
 * when they go): views re-mount on a language switch, and several ask for the same index. `seed`
 * hands it a value built elsewhere (the column worker, load-columns/), so the page never builds it.
 *
 * @example export const dayIndex = perColumns(build); dayIndex.seed(cols, fromWorker);
 */
import type { EventColumns } from './store.ts';

export type PerColumns<T> = ((cols: EventColumns) => T) & { seed(cols: EventColumns, value: T): void };

export function perColumns<T>(build: (cols: EventColumns) => T): PerColumns<T> {
  const built = new WeakMap<EventColumns, T>();
  const get = (cols: EventColumns): T => {
    let value = built.get(cols);
    if (value === undefined) {
      value = build(cols);
      built.set(cols, value);
    }
    return value;
  };
  return Object.assign(get, { seed: (cols: EventColumns, value: T) => void built.set(cols, value) });
}
