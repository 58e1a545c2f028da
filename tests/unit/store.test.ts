import { describe, expect, it } from 'vitest';
import { type AppState, type Intent, PUSH, REPLACE, Store } from '../../src/state/app-state.ts';
import { baseState } from './app-state-fixture.ts';

function record(store: Store) {
  const events: [string, unknown, Intent][] = [];
  for (const type of [
    'window',
    'layers',
    'sides',
    'selected',
    'panel',
    'story',
    'highlight',
    'view',
    'lang',
    'playing',
    'change',
  ] as const) {
    store.on(type, (payload, intent) => events.push([type, payload instanceof Set ? [...payload] : payload, intent]));
  }
  return events;
}

describe('Store', () => {
  it('update(patch, intent) emits one event per changed slice, then change, each with the intent', () => {
    const store = new Store(baseState());
    const events = record(store);
    store.update({ to: store.state.to + 1, selected: 'a', panel: { kind: 'policy' } }, PUSH);
    expect(events.map(([type]) => type)).toEqual(['window', 'selected', 'panel', 'change']);
    expect(events.every(([, , intent]) => intent === PUSH)).toBe(true);
    expect(events.at(-1)?.[1]).toEqual(['to', 'selected', 'panel']);
  });
  it('emits nothing when nothing changed by value: an equal set, panel, story or view keeps the old one', () => {
    const store = new Store(baseState({ story: { id: 's', step: 1 }, view: { lng: 1, lat: 2, zoom: 3 } }));
    const before = store.state;
    const events = record(store);
    store.update(
      {
        layers: new Set(before.layers),
        sides: new Set(before.sides),
        story: { id: 's', step: 1 },
        view: { lng: 1, lat: 2, zoom: 3 },
        highlight: [],
      },
      REPLACE,
    );
    expect(events).toEqual([]);
    expect(store.state).toBe(before);
  });
  it('a changed slice is the new value; unchanged ones keep their identity', () => {
    const store = new Store(baseState());
    const layers = store.state.layers;
    const next: Partial<AppState> = { story: { id: 's', step: 2 }, layers: new Set(layers) };
    store.update(next, REPLACE);
    expect(store.state.story).toEqual({ id: 's', step: 2 });
    expect(store.state.layers).toBe(layers);
  });
  it('on() returns the function that removes the listener', () => {
    const store = new Store(baseState());
    const seen: unknown[] = [];
    const off = store.on('selected', (id) => seen.push(id));
    store.update({ selected: 'a' }, REPLACE);
    off();
    store.update({ selected: 'b' }, REPLACE);
    expect(seen).toEqual(['a']);
    expect(store.listenerCount()).toBe(0);
  });
});
