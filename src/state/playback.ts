/**
 * The playback clock: while the store says `playing`, it moves the window forward `speed` days per
 * second, one animation frame at a time, and stops at the last day. It belongs to state, not to a
 * view: the timeline's Play button only toggles `playing`.
 */
import type { Store } from './app-state.ts';

/** A tick is part of a burst: the URL is written when playback pauses, not every day. */
const TICK = { history: 'replace', burst: true } as const;

export type Frames = { request: (cb: (now: number) => void) => number; cancel: (id: number) => void; now: () => number };

const browserFrames: Frames = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

export class Playback {
  private frame = 0;
  private clock = 0;
  private readonly off: () => void;

  constructor(
    private readonly store: Store,
    private readonly first: number,
    private readonly last: number,
    private readonly frames: Frames = browserFrames,
  ) {
    this.off = store.on('playing', ({ playing }) => (playing ? this.start() : this.stop()));
    if (store.state.playing) this.start();
  }

  private start(): void {
    const { store, first, last } = this;
    this.stop();
    // Playing from the end starts again from the beginning, keeping a range's width.
    if (store.state.to >= last) {
      const width = store.state.to - store.state.from;
      store.update(store.state.mode === 'range' ? { from: first, to: first + width } : { to: first }, TICK);
    }
    this.clock = this.frames.now();
    this.frame = this.frames.request(this.tick);
  }

  private tick = (now: number): void => {
    const { store, last } = this;
    const { mode, from, to, speed, playing } = store.state;
    if (!playing) return;
    const steps = Math.floor(((now - this.clock) / 1000) * speed);
    if (steps >= 1) {
      this.clock += (steps * 1000) / speed;
      const next = Math.min(last, to + steps);
      store.update(mode === 'range' ? { from: from + (next - to), to: next } : { to: next }, TICK);
      if (next >= last) {
        store.update({ playing: false }, TICK);
        return;
      }
    }
    this.frame = this.frames.request(this.tick);
  };

  private stop(): void {
    this.frames.cancel(this.frame);
    this.frame = 0;
  }

  destroy(): void {
    this.off();
    this.stop();
  }
}
