/**
 * The one store: what the user has chosen. Views render from it; controllers change it through
 * `update`, which emits one typed event per changed slice.
 */
import { SIDES, type Side } from '../data/schema.ts';
import { Emitter } from './emitter.ts';

export { SIDES, type Side };

export const LAYER_IDS = ['incidents', 'settlements', 'regions', 'labels'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type TimeMode = 'asof' | 'range';
export type MapView = { lng: number; lat: number; zoom: number };

export type AppState = {
  /** Inclusive window of day numbers. In "as of" mode `from` is the first day of the data. */
  mode: TimeMode;
  from: number;
  to: number;
  layers: ReadonlySet<LayerId>;
  /** Claimant sides whose claims are shown (map, histogram, list, numbers). */
  sides: ReadonlySet<Side>;
  selected: string | null;
  /** Claims a story step points at; not part of the URL (the story and step are). */
  highlight: readonly string[];
  view: MapView | null;
  playing: boolean;
  /** Days per second while playing. */
  speed: number;
};

export type AppEvents = {
  window: { mode: TimeMode; from: number; to: number };
  layers: ReadonlySet<LayerId>;
  /** Claimant sides whose claims are shown (map, histogram, list, numbers). */
  sides: ReadonlySet<Side>;
  selected: string | null;
  highlight: readonly string[];
  view: MapView | null;
  playing: { playing: boolean; speed: number };
};

export class Store extends Emitter<AppEvents> {
  constructor(private current: AppState) {
    super();
  }

  get state(): Readonly<AppState> {
    return this.current;
  }

  update(patch: Partial<AppState>): void {
    const prev = this.current;
    const next = { ...prev, ...patch };
    this.current = next;
    if (next.mode !== prev.mode || next.from !== prev.from || next.to !== prev.to) {
      this.emit('window', { mode: next.mode, from: next.from, to: next.to });
    }
    if (next.layers !== prev.layers) this.emit('layers', next.layers);
    if (next.sides !== prev.sides) this.emit('sides', next.sides);
    if (next.selected !== prev.selected) this.emit('selected', next.selected);
    if (next.highlight !== prev.highlight) this.emit('highlight', next.highlight);
    if (next.view !== prev.view) this.emit('view', next.view);
    if (next.playing !== prev.playing || next.speed !== prev.speed) {
      this.emit('playing', { playing: next.playing, speed: next.speed });
    }
  }
}
