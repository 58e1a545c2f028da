import { describe, expect, it, vi } from 'vitest';
import { BURST_MS, UrlSync } from '../../src/config/url-sync.ts';
import { dayFromDate } from '../../src/data/day.ts';
import { PUSH, REPLACE, Store } from '../../src/state/app-state.ts';
import { baseState, FIRST, LAST } from './app-state-fixture.ts';
import { GROUPS } from './dataset-fixture.ts';

/** A window with just the history, location and timer parts the URL module uses. */
function fakeWindow(search: string) {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = {
    pathname: '/',
    hash: '',
    get search() {
      return entries[index] ?? '';
    },
  };
  const history = {
    pushState: vi.fn((_: unknown, __: string, url: string) => {
      entries.splice(index + 1, Infinity, url.slice(1));
      index++;
    }),
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      entries[index] = url.slice(1);
    }),
  };
  const win = {
    location,
    history,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const go = (delta: number) => {
    index += delta;
    for (const fn of listeners) fn();
  };
  return {
    win: win as unknown as Window,
    history,
    entries,
    go,
    get index() {
      return index;
    },
    listeners,
  };
}

const ctx = { first: FIRST, last: LAST, hasIncident: () => true, stories: ['s'], defaultLang: 'en' as const, groups: GROUPS };
const options = { embed: false, childId: null };

function setUp(search = '?date=2022-09-13', pushHistory = true) {
  const fake = fakeWindow(search);
  const store = new Store(baseState());
  const sync = new UrlSync(store, { ctx, options, win: fake.win, pushHistory });
  return { fake, store, sync };
}

describe('UrlSync, the one URL writer', () => {
  it('writes the ?data= URLs back unchanged whatever the reader moves', () => {
    const fake = fakeWindow('?data=events.csv&data=more.json&date=2022-09-13');
    const store = new Store(baseState());
    new UrlSync(store, { ctx, options: { ...options, data: ['events.csv', 'more.json'] }, win: fake.win });
    store.update({ to: dayFromDate('2022-09-12') }, PUSH);
    store.update({ selected: 'x' }, REPLACE);
    expect(fake.entries).toEqual([
      '?data=events.csv&data=more.json&date=2022-09-13',
      '?data=events.csv&data=more.json&date=2022-09-12&incident=x',
    ]);
    fake.go(-1);
    expect(fake.entries[0]).toBe('?data=events.csv&data=more.json&date=2022-09-13');
  });
  it('pushes a discrete choice and replaces for a "replace" intent', () => {
    const { fake, store } = setUp();
    store.update({ sides: new Set(['armenia'] as const) }, PUSH);
    expect(fake.history.pushState).toHaveBeenCalledTimes(1);
    expect(fake.entries).toEqual(['?date=2022-09-13', '?date=2022-09-13&sides=armenia']);
    store.update({ selected: 'x' }, REPLACE);
    store.update({ selected: null }, REPLACE);
    expect(fake.history.pushState).toHaveBeenCalledTimes(1);
    expect(fake.entries).toHaveLength(2);
  });
  it('opening and closing a claim 25 times adds no history entry', () => {
    const { fake, store } = setUp();
    for (let i = 0; i < 25; i++) {
      store.update({ selected: `claim-${i}` }, { history: 'replace', focus: true });
      store.update({ selected: null }, REPLACE);
    }
    expect(fake.entries).toHaveLength(1);
  });
  it('writes a burst once, as one entry, after it settles', () => {
    vi.useFakeTimers();
    try {
      const { fake, store } = setUp();
      for (let d = 1; d <= 5; d++) store.update({ to: dayFromDate('2022-09-13') + d }, { history: 'push', burst: true });
      expect(fake.history.pushState).not.toHaveBeenCalled();
      vi.advanceTimersByTime(BURST_MS + 1);
      expect(fake.history.pushState).toHaveBeenCalledTimes(1);
      expect(fake.entries.at(-1)).toBe('?date=2022-09-18');
    } finally {
      vi.useRealTimers();
    }
  });
  it('never pushes inside a frame', () => {
    const { fake, store } = setUp('?date=2022-09-13', false);
    store.update({ sides: new Set(['armenia'] as const) }, PUSH);
    expect(fake.history.pushState).not.toHaveBeenCalled();
    expect(fake.entries).toEqual(['?date=2022-09-13&sides=armenia']);
  });
  it('writes nothing for a change that came from the URL, and restores the whole state on Back', () => {
    const { fake, store } = setUp();
    store.update({ sides: new Set(['armenia'] as const), story: { id: 's', step: 2 }, lang: 'ru' }, PUSH);
    store.update({ layers: new Set(['incidents'] as const) }, PUSH);
    fake.go(-2);
    expect(store.state.sides.size).toBe(4);
    expect(store.state.story).toBeNull();
    expect(store.state.lang).toBe('en');
    expect(store.state.layers.size).toBe(4);
    expect(fake.history.pushState).toHaveBeenCalledTimes(2);
    expect(fake.history.replaceState).toHaveBeenCalledTimes(0);
    fake.go(1);
    expect(store.state.story).toEqual({ id: 's', step: 2 });
    expect(store.state.lang).toBe('ru');
  });
  it('has exactly one popstate listener, removed by destroy()', () => {
    const { fake, sync, store } = setUp();
    expect(fake.listeners.size).toBe(1);
    sync.destroy();
    expect(fake.listeners.size).toBe(0);
    expect(store.listenerCount()).toBe(0);
  });
});
