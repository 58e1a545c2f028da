/**
 * Keeps the URL and the store in step: discrete choices (date committed, layers, selection) push a
 * history entry, so back/forward walk through them; map moves and playback only replace it.
 * popstate restores the state the URL describes.
 */
import { LAYER_IDS, SIDES, type Store } from '../state/app-state.ts';
import { parseUrlState, serializeUrlState, type UrlContext } from './url-state.ts';

export class UrlSync {
  private timer = 0;
  private restoring = false;
  private forceReplace = false;
  private readonly unsubscribe: (() => void)[];

  /**
   * `pushHistory: false` for an embed: inside a host's article, each choice must not become a
   * step of the reader's Back button, so the URL is only replaced.
   */
  constructor(
    private readonly store: Store,
    private readonly ctx: UrlContext,
    private readonly win: Window = window,
    private readonly pushHistory = true,
  ) {
    this.unsubscribe = [
      store.on('window', () => this.schedule(store.state.playing ? 'replace' : 'push')),
      store.on('layers', () => this.write('push')),
      store.on('sides', () => this.write('push')),
      store.on('selected', () => this.write('push')),
      store.on('view', () => this.schedule('replace')),
    ];
    win.addEventListener('popstate', this.onPopState);
    this.write('replace');
  }

  /** Runs a change that must not add a history entry (a story step), and writes the URL at once. */
  replacing(change: () => void): void {
    this.forceReplace = true;
    try {
      change();
      this.write('replace');
    } finally {
      this.forceReplace = false;
    }
  }

  /** Coalesces a burst (dragging, key repeat) into one history entry. */
  private schedule(mode: 'push' | 'replace'): void {
    clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => this.write(mode), 400);
  }

  private write(mode: 'push' | 'replace'): void {
    if (this.restoring) return;
    clearTimeout(this.timer);
    const search = serializeUrlState(this.store.state, this.win.location.search);
    if (search === this.win.location.search) return;
    const url = `${this.win.location.pathname}${search}${this.win.location.hash}`;
    if (mode === 'push' && this.pushHistory && !this.forceReplace) this.win.history.pushState(null, '', url);
    else this.win.history.replaceState(null, '', url);
  }

  private onPopState = (): void => {
    const { state, warnings } = parseUrlState(this.win.location.search, this.ctx);
    warnings.forEach((w) => console.warn(`[claimline] ${w}`));
    this.restoring = true;
    const s = this.store.state;
    this.store.update({
      mode: state.mode ?? 'asof',
      from: state.from ?? this.ctx.first,
      to: state.to ?? this.ctx.last,
      // An absent parameter means the default, so going back restores it; an unchanged set keeps its identity.
      layers: sameOrNew(s.layers, state.layers ?? new Set(LAYER_IDS)),
      sides: sameOrNew(s.sides, state.sides ?? new Set(SIDES)),
      selected: state.selected ?? null,
      view: state.view ?? s.view,
      playing: false,
    });
    this.restoring = false;
  };

  destroy(): void {
    this.unsubscribe.forEach((off) => off());
    clearTimeout(this.timer);
    this.win.removeEventListener('popstate', this.onPopState);
  }
}

/** The current set if it has the same members as the next one, so the store emits no change. */
function sameOrNew<T>(current: ReadonlySet<T>, next: ReadonlySet<T>): ReadonlySet<T> {
  return current.size === next.size && [...next].every((v) => current.has(v)) ? current : next;
}
