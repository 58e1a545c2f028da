/**
 * A long download's progress bar and Cancel button (export-panel.ts, columns mode), hidden when idle.
 * The count beside the bar is plain text, not a live region: the panel's status says the start and
 * the end once, rather than every batch.
 */
import { t } from '../i18n/index.ts';
import { el } from './dom.ts';

export class ExportProgress {
  readonly element: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly count: HTMLElement;
  private readonly cancel: HTMLButtonElement;
  private controller: AbortController | null = null;

  constructor(doc: Document) {
    this.element = el(doc, 'div', { class: 'cl-export__progress', hidden: '' });
    this.bar = el(doc, 'progress', { 'aria-label': t('exportProgress'), max: '1', value: '0' });
    this.count = el(doc, 'span', { class: 'cl-export__count' });
    this.cancel = el(doc, 'button', { type: 'button', class: 'cl-button' }, t('exportCancel'));
    this.cancel.addEventListener('click', () => this.controller?.abort());
    this.element.append(this.bar, this.count, this.cancel);
  }

  /** Shows the bar; the signal aborts when the reader presses Cancel. */
  start(total: number): AbortSignal {
    this.controller = new AbortController();
    this.element.hidden = false;
    this.update(0, total);
    return this.controller.signal;
  }

  update(done: number, total: number): void {
    this.bar.max = Math.max(1, total);
    this.bar.value = done;
    this.count.textContent = t('exportReading', { done, total });
  }

  /** Hides the bar; focus on Cancel goes back to the button that started the download. */
  finish(opener: HTMLElement | null): void {
    const hadFocus = this.element.contains(this.element.ownerDocument.activeElement);
    this.controller = null;
    this.element.hidden = true;
    if (hadFocus) opener?.focus();
  }
}
