/**
 * The one place that writes browser history, and the one `popstate` listener. After each store
 * change it serialises the state; the change's intent decides how the URL follows:
 * - "push": a new history entry (a date committed, layers, sides, a story opened, a language);
 * - "replace": the same entry updated (opening or closing a claim, map moves, playback, story
 *   steps), so opening and closing claims never fills the Back button;
 * - "none": the change came from the URL (Back/Forward), nothing to write.
 * A burst (dragging, key repeat, playback) is written once, 400 ms after it settles, as one entry.
 * Inside any frame nothing is pushed: an embed's choices must not become steps of the host
 * page's Back button.
 */
import { type AppState, LAYER_IDS, type Intent, type Store } from '../state/app-state.ts';
import { parseUrlState, serializeUrlState, type UrlContext, type UrlOptions } from './url-state.ts';

export const BURST_MS = 400;

export type UrlSyncOptions = { ctx: UrlContext; options: UrlOptions; win?: Window; pushHistory?: boolean };

export class UrlSync {
  private timer = 0;
  private pending: 'push' | 'replace' | null = null;
  private readonly off: () => void;
  private readonly win: Window;
  private readonly pushHistory: boolean;

  constructor(
    private readonly store: Store,
    private readonly o: UrlSyncOptions,
  ) {
    this.win = o.win ?? window;
    this.pushHistory = o.pushHistory ?? true;
    this.off = store.on('change', (_, intent) => this.onChange(intent));
    this.win.addEventListener('popstate', this.onPopState);
    this.write('replace');
  }

  private onChange(intent: Intent): void {
    if (intent.history === 'none') return;
    // Within a burst, one push anywhere makes the whole burst one new entry.
    this.pending = this.pending === 'push' || intent.history === 'push' ? 'push' : 'replace';
    this.win.clearTimeout(this.timer);
    if (intent.burst) this.timer = this.win.setTimeout(() => this.flush(), BURST_MS);
    else this.flush();
  }

  /** Writes what is pending now (also before the page is left, or by tests). */
  flush(): void {
    this.win.clearTimeout(this.timer);
    const mode = this.pending;
    this.pending = null;
    if (mode) this.write(mode);
  }

  private write(mode: 'push' | 'replace'): void {
    const { location, history } = this.win;
    const search = serializeUrlState(this.store.state, this.o.options, this.o.ctx);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push' && this.pushHistory) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private onPopState = (): void => {
    this.win.clearTimeout(this.timer);
    this.pending = null;
    const { state, warnings } = parseUrlState(this.win.location.search, this.o.ctx);
    for (const w of warnings) console.warn(`[claimline] ${w}`);
    this.store.update(restore(this.store.state, state, this.o.ctx), { history: 'none', focus: false });
  };

  destroy(): void {
    this.off();
    this.win.clearTimeout(this.timer);
    this.win.removeEventListener('popstate', this.onPopState);
  }
}

/** The whole state a URL describes: what it leaves out is the default, so Back restores it too. */
export function restore(current: Readonly<AppState>, url: Partial<AppState>, ctx: UrlContext): Partial<AppState> {
  return {
    mode: url.mode ?? 'asof',
    from: url.from ?? ctx.first,
    to: url.to ?? ctx.last,
    layers: url.layers ?? new Set(LAYER_IDS),
    sides: url.sides ?? new Set(ctx.groups),
    selected: url.selected ?? null,
    // A URL without a view leaves the map where it is.
    view: url.view ?? current.view,
    story: url.story ?? null,
    lang: url.lang ?? ctx.defaultLang ?? 'en',
    playing: false,
  };
}
