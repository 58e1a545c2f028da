/**
 * Story mode as a whole: loads and checks a story file, places its panel (side panel on wide
 * screens, bottom bar on phones and in embeds), keeps the timeline's step marks and the URL in
 * step, and leaves cleanly (also when Back goes to the view before the story).
 */
import { absoluteUrl } from '../config/absolute-url.ts';
import type { UrlSync } from '../config/url-sync.ts';
import { dayFromDate } from '../data/day.ts';
import { fetchJson } from '../data/load-data.ts';
import type { Incident } from '../data/schema.ts';
import { checkStory } from '../data/story-schema.ts';
import { STORIES } from '../data/stories.ts';
import { currentLanguage } from '../i18n/index.ts';
import type { MapView, Store } from '../state/app-state.ts';
import { StoryPanel } from './story-panel.ts';
import type { Timeline } from './timeline.ts';

export type StoryModeOptions = {
  doc: Document;
  root: HTMLElement;
  store: Store;
  incidents: readonly Incident[];
  incidentsById: ReadonlyMap<string, Incident>;
  first: number;
  timeline: Timeline;
  urlSync: UrlSync;
  /** The side panel (wide screens) and the bottom bar (phones, embeds). */
  hosts: { side: HTMLElement | null; bottom: HTMLElement };
  embed: boolean;
  moveMap: (view: MapView, animate: boolean) => void;
  onOpen: (id: string) => void;
  onErrors: (messages: string[]) => void;
  /** Runs a store change whose selection must not take keyboard focus. */
  withoutFocus: (apply: () => void) => void;
};

export class StoryMode {
  private panel: StoryPanel | null = null;
  private opening = 0;
  private readonly phone: MediaQueryList;

  constructor(
    private readonly o: StoryModeOptions,
    private readonly win: Window = window,
  ) {
    this.phone = win.matchMedia('(max-width: 760px)');
    win.addEventListener('popstate', this.onPopState);
  }

  /** Opens story `id` at step index `step`. `fromButton`: keep the view before it as a history entry. */
  async open(id: string, step: number, fromButton = false): Promise<void> {
    const ticket = ++this.opening;
    const url = STORIES[id];
    if (!url) {
      console.warn(`[claimline] URL parameter "story": no story "${id.slice(0, 60)}"; ignored`);
      return;
    }
    const loaded = await fetchJson(absoluteUrl(url), `stories/${id}.json`);
    const checked = loaded.json
      ? checkStory(loaded.json, this.o.incidents, `stories/${id}.json`)
      : { story: null, errors: [loaded.error ?? ''] };
    // A second request while the first story was loading: only the latest opens.
    if (ticket !== this.opening) return;
    if (!checked.story) {
      this.o.onErrors(checked.errors);
      return;
    }
    this.exit();
    if (fromButton) this.win.history.pushState(this.win.history.state, '', this.win.location.href);
    const { doc, store, root, timeline } = this.o;
    const marks = checked.story.steps.map((s) => ({ day: dayFromDate(s.to), label: s.title[currentLanguage()] }));
    const onPhone = this.o.embed || this.phone.matches;
    const panel: StoryPanel = new StoryPanel({
      doc,
      store,
      story: checked.story,
      first: this.o.first,
      incidentsById: this.o.incidentsById,
      onOpen: this.o.onOpen,
      onExit: () => this.exit(),
      moveMap: this.o.moveMap,
      // Where the details would cover the map and the story, the step's claims are only ringed.
      openClaims: !onPhone,
      quietly: (apply) => this.o.withoutFocus(() => this.o.urlSync.replacing(apply)),
      onChange: (i) => timeline.setStoryMarks(marks, i, (n) => panel.go(n)),
      win: this.win,
    });
    this.panel = panel;
    const host = onPhone || !this.o.hosts.side ? this.o.hosts.bottom : this.o.hosts.side;
    root.classList.add('cl-app--story');
    host.prepend(panel.element);
    panel.go(step);
    host.scrollTop = 0;
    panel.element.focus({ preventScroll: true });
  }

  exit(): void {
    if (!this.panel) return;
    this.panel.destroy();
    this.panel = null;
    this.o.root.classList.remove('cl-app--story');
    this.o.store.update({ highlight: [] });
    this.o.timeline.setStoryMarks([], -1, () => undefined);
  }

  /** Steps replace the URL, so Back lands on the view before the story: leave the story then. */
  private onPopState = (): void => {
    if (this.panel && new URLSearchParams(this.win.location.search).get('story') === null) this.exit();
  };

  destroy(): void {
    this.exit();
    this.win.removeEventListener('popstate', this.onPopState);
  }
}
