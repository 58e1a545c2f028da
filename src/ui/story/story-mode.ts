/**
 * Story mode as a whole, driven by the store's `story`: opens the story's panel (side panel on
 * wide screens, bottom bar on phones and in embeds), applies each step (window, map view, rings,
 * and on wide screens its main claim), and leaves cleanly, also when Back goes to the view before
 * the story. The header's Story button opens it as a new history entry.
 */
import { dayFromDate } from '../../data/day.ts';
import type { Incident } from '../../data/schema.ts';
import type { StoryBook } from '../../data/story-book.ts';
import type { Story, StoryStep } from '../../data/story-schema.ts';
import { DEFAULT_STORY } from '../../data/stories.ts';
import { t } from '../../i18n/index.ts';
import { type Intent, REPLACE, type Store } from '../../state/app-state.ts';
import { el } from '../dom.ts';
import type { StoryPanel } from './story-panel.ts';

export type StoryModeOptions = {
  doc: Document;
  root: HTMLElement;
  store: Store;
  stories: StoryBook;
  incidentsById: ReadonlyMap<string, Incident>;
  first: number;
  /** The side panel (wide screens) and the bottom bar (phones, embeds). */
  hosts: { side: HTMLElement | null; bottom: HTMLElement };
  embed: boolean;
  onOpen: (id: string) => void;
  onErrors: (messages: string[]) => void;
  /** Apply the current step at once (at start-up from a shared link; not when re-mounted for a new language). */
  applyNow: boolean;
  win?: Window;
};

/** A step moves the map and opens its claim without taking the keyboard off the story's buttons. */
const STEP: Intent = { history: 'replace', focus: false, animate: true };

export class StoryMode {
  /** The header's Story button (none in an embed). */
  readonly button: HTMLButtonElement | null;
  private panel: { story: Story; view: StoryPanel } | null = null;
  private ticket = 0;
  private readonly off: () => void;
  private readonly phone: MediaQueryList;

  constructor(private readonly o: StoryModeOptions) {
    const win = o.win ?? window;
    this.phone = win.matchMedia('(max-width: 760px)');
    // A dataset without stories (an imported one alone) has no Story button.
    this.button = o.embed || o.stories.ids().length === 0 ? null : this.createButton();
    // Back/Forward restore the window and view the URL holds; only the step's rings come from the story.
    this.off = o.store.on('story', (_, intent) => void this.sync(intent, intent.history !== 'none'));
    void this.sync({ history: 'replace', focus: false }, o.applyNow);
  }

  private createButton(): HTMLButtonElement {
    const { doc, store } = this.o;
    // On phones only "Story" shows; the full title stays in the accessible name on wide screens.
    const b = el(doc, 'button', { type: 'button', class: 'cl-button cl-story-button' });
    b.append(
      el(doc, 'span', {}, t('storyShort')),
      el(doc, 'span', { class: 'cl-wide-only' }, t('storyOpen').slice(t('storyShort').length)),
    );
    b.addEventListener('click', () => store.update({ story: { id: DEFAULT_STORY, step: 0 } }, { history: 'push', focus: true }));
    return b;
  }

  private async sync(intent: Intent, apply: boolean): Promise<void> {
    const position = this.o.store.state.story;
    const ticket = ++this.ticket;
    if (!position) {
      this.leavePanel();
      return;
    }
    if (this.panel?.story.id !== position.id) {
      // The panel's code is a chunk of its own: a first view with no story open does not load it.
      const [loaded, { StoryPanel: Panel }] = await Promise.all([this.o.stories.get(position.id), import('./story-panel.ts')]);
      // A newer request while this story was loading: only the latest counts.
      if (ticket !== this.ticket) return;
      if (!loaded.story) {
        this.o.onErrors(loaded.errors);
        this.o.store.update({ story: null }, REPLACE);
        return;
      }
      this.mount(loaded.story, Panel, intent.focus === true);
    }
    const panel = this.panel;
    if (!panel) return;
    const count = panel.story.steps.length;
    if (position.step >= count) {
      console.warn(`[claimline] URL parameter "step": ${position.step + 1} is outside 1–${count}; step ${count} is shown`);
      this.o.store.update({ story: { id: position.id, step: count - 1 } }, REPLACE);
      return;
    }
    panel.view.render(position.step);
    const step = panel.story.steps[position.step];
    if (step && apply) this.apply(step);
    else if (step) this.o.store.update({ highlight: step.highlight }, REPLACE);
  }

  private mount(story: Story, Panel: typeof StoryPanel, focus: boolean): void {
    this.leavePanel();
    const { doc, store, root, hosts } = this.o;
    const view = new Panel({
      doc,
      store,
      story,
      first: this.o.first,
      incidentsById: this.o.incidentsById,
      onOpen: this.o.onOpen,
      onLeave: this.leave,
    });
    this.panel = { story, view };
    const host = this.o.embed || this.phone.matches || !hosts.side ? hosts.bottom : hosts.side;
    root.classList.add('cl-app--story');
    host.prepend(view.element);
    host.scrollTop = 0;
    if (focus) view.element.focus({ preventScroll: true });
  }

  /** The step's window, view, rings, and (where the details would not cover map and story) its claim. */
  private apply(step: StoryStep): void {
    const openClaims = !(this.o.embed || this.phone.matches);
    const to = dayFromDate(step.to);
    const from = step.mode === 'range' && step.from ? dayFromDate(step.from) : this.o.first;
    this.o.store.update(
      {
        mode: step.mode,
        from,
        to,
        playing: false,
        selected: openClaims ? step.selected : null,
        highlight: step.highlight,
        view: step.map,
        panel: null,
      },
      STEP,
    );
  }

  /** Leave the story (button, Escape): focus goes back to the Story button. */
  private leave = (): void => {
    this.o.store.update({ story: null }, REPLACE);
  };

  private leavePanel(): void {
    if (!this.panel) return;
    const hadFocus = this.panel.view.element.contains(this.o.doc.activeElement);
    this.panel.view.destroy();
    this.panel = null;
    this.o.root.classList.remove('cl-app--story');
    if (this.o.store.state.highlight.length) this.o.store.update({ highlight: [] }, REPLACE);
    if (hadFocus) (this.button ?? this.o.root.querySelector<HTMLElement>('.maplibregl-canvas'))?.focus();
  }

  destroy(): void {
    this.off();
    this.ticket++;
    if (this.panel) {
      this.panel.view.destroy();
      this.panel = null;
      this.o.root.classList.remove('cl-app--story');
    }
    this.button?.remove();
  }
}
