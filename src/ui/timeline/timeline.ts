/**
 * The timeline: the histogram of claims per day stacked by side, bands for claims dated only to
 * a span, the date slider, marks for claims with no place, a story's step marks, and the
 * background strip; above them the mode (as of / range), Play with a speed and the readout.
 * It renders from the store and writes only to the store.
 */
import './timeline.css';
import { dayCountsOf } from '../../data/columns/day-counts.ts';
import type { EventColumns } from '../../data/columns/store.ts';
import { dateBands } from '../../data/date-bands.ts';
import { dayFromDate } from '../../data/day.ts';
import type { Incident } from '../../data/schema.ts';
import type { StoryBook } from '../../data/story-book.ts';
import { currentLanguage, formatDay, formatDays, t } from '../../i18n/index.ts';
import { PUSH, REPLACE, type Store, type TimeMode } from '../../state/app-state.ts';
import { el } from '../dom.ts';
import { BandRow } from './band-row.ts';
import { createContextStrip } from './context-strip.ts';
import { DayScale } from './day-scale.ts';
import { Histogram } from './histogram.ts';
import { Slider } from './slider.ts';
import { StoryMarks } from './story-marks.ts';
import { UnplacedMarks } from './unplaced-marks.ts';

export type TimelineOptions = {
  doc: Document;
  store: Store;
  first: number;
  last: number;
  incidents: readonly Incident[];
  /** The same records as columns (mount-app.ts): the histogram's counts. */
  columns: EventColumns;
  /** The dataset's group ids, in order (the histogram's stack). */
  groups: readonly string[];
  stories: StoryBook;
  onOpen: (id: string) => void;
};

const SPEEDS = [1, 2, 4, 8];

export class Timeline {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly readout: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly speedSelect: HTMLSelectElement;
  private readonly modeInputs: Record<TimeMode, HTMLInputElement>;
  private readonly histogram: Histogram;
  private readonly slider: Slider;
  private readonly bands: BandRow;
  private readonly unplaced: UnplacedMarks;
  private readonly storyMarks: StoryMarks;
  private readonly inPeriod: readonly Incident[];
  private readonly unsubscribe: (() => void)[];
  private readonly observer: ResizeObserver;
  private scale: DayScale;
  private storyTicket = 0;

  constructor(private readonly o: TimelineOptions) {
    const { doc, store, first, last } = o;
    this.inPeriod = o.incidents.filter((f) => !f.properties.context);
    this.element = el(doc, 'section', { class: 'cl-timeline', 'aria-label': t('timeline') });

    const controls = el(doc, 'div', { class: 'cl-timeline__controls' });
    const modeGroup = el(doc, 'fieldset', { class: 'cl-timeline__mode' });
    modeGroup.append(el(doc, 'legend', { class: 'cl-visually-hidden' }, t('modeLabel')));
    const radio = (mode: TimeMode, label: string) => {
      const input = el(doc, 'input', { type: 'radio', name: 'cl-mode', value: mode, id: `cl-mode-${mode}` });
      modeGroup.append(input, el(doc, 'label', { for: `cl-mode-${mode}` }, label));
      input.addEventListener('change', () => input.checked && this.setMode(mode));
      return input;
    };
    this.modeInputs = { asof: radio('asof', t('modeAsOf')), range: radio('range', t('modeRange')) };
    this.playButton = el(doc, 'button', { type: 'button', class: 'cl-button cl-timeline__play', 'aria-pressed': 'false' }, t('play'));
    this.playButton.addEventListener('click', () => store.update({ playing: !store.state.playing }, REPLACE));
    const speedLabel = el(doc, 'label', { class: 'cl-timeline__speed' }, `${t('speed')} `);
    this.speedSelect = el(doc, 'select', { 'aria-label': t('speed') });
    for (const s of SPEEDS) this.speedSelect.append(el(doc, 'option', { value: String(s) }, t('speedValue', { n: s })));
    this.speedSelect.addEventListener('change', () => store.update({ speed: Number(this.speedSelect.value) }, REPLACE));
    speedLabel.append(this.speedSelect);
    this.readout = el(doc, 'output', { class: 'cl-timeline__readout', 'aria-live': 'polite' });
    controls.append(modeGroup, this.playButton, speedLabel, this.readout);

    this.histogram = new Histogram(doc, dayCountsOf(o.columns), o.columns.groups, first, last, o.groups);
    this.slider = new Slider(doc, store, first, last);
    this.bands = new BandRow(doc, (from, to) => store.update({ mode: 'range', from, to, playing: false }, PUSH));
    this.unplaced = new UnplacedMarks(doc, o.onOpen);
    this.storyMarks = new StoryMarks(doc, (step) => {
      const story = store.state.story;
      if (story) store.update({ story: { id: story.id, step } }, REPLACE);
    });
    this.body = el(doc, 'div', { class: 'cl-timeline__body' });
    this.body.append(this.storyMarks.element, this.histogram.element, this.bands.element, this.slider.element, this.unplaced.element);
    this.element.append(
      controls,
      this.body,
      createContextStrip(
        doc,
        o.incidents.filter((f) => f.properties.context),
        o.onOpen,
      ),
    );

    this.scale = new DayScale(first, last, 100);
    this.unsubscribe = [
      store.on('window', () => this.render()),
      store.on('sides', () => {
        this.filterBySides();
        this.layout();
      }),
      store.on('playing', () => this.renderPlaying()),
      store.on('story', () => void this.showStory()),
    ];
    this.observer = new ResizeObserver(() => this.layout());
    this.observer.observe(this.body);
    this.filterBySides();
    this.layout();
    this.renderPlaying();
    void this.showStory();
  }

  private filterBySides(): void {
    const { sides } = this.o.store.state;
    const shown = this.inPeriod.filter((f) => sides.has(f.properties.claimant_side));
    this.histogram.setSides(sides);
    this.bands.setBands(dateBands(shown.map((f) => f.properties)));
    this.unplaced.setClaims(shown.filter((f) => !f.geometry));
  }

  /** Rebuilds what depends on the width: bars, bands, marks, thumbs. */
  private layout(): void {
    const width = Math.max(100, this.slider.element.clientWidth);
    this.scale = new DayScale(this.o.first, this.o.last, width);
    this.histogram.layout(this.scale);
    this.bands.layout(this.scale);
    this.unplaced.layout(this.scale);
    this.storyMarks.layout(this.scale);
    this.render();
  }

  private render(): void {
    const state = this.o.store.state;
    const { mode, from, to } = state;
    this.modeInputs[mode].checked = true;
    this.element.classList.toggle('cl-timeline--range', mode === 'range');
    this.slider.render(state, this.scale);
    this.histogram.highlight(from, to);
    this.readout.textContent = mode === 'range' ? formatDays(from, to) : formatDay(to);
  }

  private renderPlaying(): void {
    const { playing, speed } = this.o.store.state;
    this.playButton.textContent = playing ? t('pause') : t('play');
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.speedSelect.value = String(speed);
  }

  /** The current story's steps as marks; none outside a story. */
  private async showStory(): Promise<void> {
    const ticket = ++this.storyTicket;
    const position = this.o.store.state.story;
    const story = position ? (await this.o.stories.get(position.id)).story : null;
    if (ticket !== this.storyTicket) return;
    const lang = currentLanguage();
    const marks =
      story?.steps.map((s) => ({ day: Math.min(this.o.last, Math.max(this.o.first, dayFromDate(s.to))), label: s.title[lang] })) ?? [];
    this.storyMarks.set(marks, position?.step ?? -1);
  }

  private setMode(mode: TimeMode): void {
    const { first, store } = this.o;
    const { to } = store.state;
    store.update(mode === 'asof' ? { mode, from: first } : { mode, from: Math.max(first, to - 6), to }, PUSH);
  }

  destroy(): void {
    for (const off of this.unsubscribe) off();
    this.storyTicket++;
    this.observer.disconnect();
    this.slider.destroy();
    this.bands.destroy();
    this.unplaced.destroy();
    this.storyMarks.destroy();
    this.element.remove();
  }
}
