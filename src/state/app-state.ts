/**
 * The one store: everything a reader can change. Views render from it; controllers change it
 * through `update(patch, intent)`, which emits one typed event per changed slice, then `change`.
 * The intent says how the change should be presented (a history entry or not, keyboard focus,
 * an animated map move), so no view needs a flag flipped around an update.
 */
import type { Side } from '../data/schema.ts';
import type { Lang } from '../i18n/index.ts';
import { Emitter } from './emitter.ts';

export type { Side };

export const LAYER_IDS = ['incidents', 'settlements', 'regions', 'labels'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type TimeMode = 'asof' | 'range';
export type MapView = { lng: number; lat: number; zoom: number };

/**
 * A panel other than a claim's details, at most one at a time: a region's or the naming policy's
 * text (in the details area), the phone's side sheet, or the share dialog. Opening a claim
 * closes it, so two overlays never stack.
 */
export type Panel = { kind: 'region'; id: string } | { kind: 'policy' } | { kind: 'sheet' } | { kind: 'share' } | null;

/** The story being told and its step (0-based; the URL counts from 1). */
export type StoryPosition = { id: string; step: number } | null;

export type AppState = {
  /** Inclusive window of day numbers. In "as of" mode `from` is the first day of the data. */
  mode: TimeMode;
  from: number;
  to: number;
  layers: ReadonlySet<LayerId>;
  /** Claimant sides whose claims are shown (map, histogram, list, numbers). */
  sides: ReadonlySet<Side>;
  /** The claim whose details are open. */
  selected: string | null;
  panel: Panel;
  story: StoryPosition;
  /** Claims a story step points at; not part of the URL (the story and step are). */
  highlight: readonly string[];
  view: MapView | null;
  lang: Lang;
  playing: boolean;
  /** Days per second while playing. */
  speed: number;
};

/**
 * How a change is meant. `history`: "push" for a discrete choice that Back should undo, "replace"
 * to keep the URL in step without a new entry, "none" for a change that came from the URL itself
 * (Back/Forward). `burst`: one of many quick changes (dragging, key repeat, playback): the URL is
 * written once they settle. `focus`: move keyboard focus to what the change opens (false when a
 * story step opens a claim while the reader is on the story's buttons). `animate`: fly the map
 * to a new view rather than jump (still a jump under reduced motion).
 */
export type Intent = { history: 'push' | 'replace' | 'none'; burst?: boolean; focus?: boolean; animate?: boolean };

export const PUSH: Intent = { history: 'push' };
export const REPLACE: Intent = { history: 'replace' };

export type AppEvents = {
  window: { mode: TimeMode; from: number; to: number };
  layers: ReadonlySet<LayerId>;
  sides: ReadonlySet<Side>;
  selected: string | null;
  panel: Panel;
  story: StoryPosition;
  highlight: readonly string[];
  view: MapView | null;
  lang: Lang;
  playing: { playing: boolean; speed: number };
  /** After the slice events of one update: which keys changed. */
  change: ReadonlySet<keyof AppState>;
};

const SLICES: readonly (keyof AppState)[] = [
  'mode',
  'from',
  'to',
  'layers',
  'sides',
  'selected',
  'panel',
  'story',
  'highlight',
  'view',
  'lang',
  'playing',
  'speed',
];

export class Store extends Emitter<AppEvents, Intent> {
  constructor(private current: AppState) {
    super();
  }

  get state(): Readonly<AppState> {
    return this.current;
  }

  update(patch: Partial<AppState>, intent: Intent): void {
    const prev = this.current;
    const next = { ...prev, ...patch };
    const changed = new Set(SLICES.filter((key) => !same(prev[key], next[key])));
    if (changed.size === 0) return;
    // Unchanged slices keep their identity, so a view comparing by reference sees no change.
    for (const key of SLICES) if (!changed.has(key)) (next as Record<string, unknown>)[key] = prev[key];
    this.current = next;
    if (changed.has('mode') || changed.has('from') || changed.has('to')) {
      this.emit('window', { mode: next.mode, from: next.from, to: next.to }, intent);
    }
    for (const key of ['layers', 'sides', 'selected', 'panel', 'story', 'highlight', 'view', 'lang'] as const) {
      if (changed.has(key)) this.emit(key, next[key] as never, intent);
    }
    if (changed.has('playing') || changed.has('speed')) this.emit('playing', { playing: next.playing, speed: next.speed }, intent);
    this.emit('change', changed, intent);
  }
}

/** Value equality for the store's slices: sets by members, small objects by fields, arrays by items. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}
