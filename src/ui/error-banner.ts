/** A readable, dismissible list of data problems; what loaded is still shown. */
import './error-banner.css';
import { visibleText } from '../data/visible-text.ts';
import { t } from '../i18n/index.ts';
import { el } from './dom.ts';

export class ErrorBanner {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly messages = new Set<string>();

  constructor(private readonly doc: Document) {
    this.element = el(doc, 'div', { class: 'cl-errors', role: 'alert', hidden: '' });
    this.element.append(el(doc, 'strong', {}, t('dataErrorTitle')));
    this.list = el(doc, 'ul');
    this.element.append(this.list, el(doc, 'p', {}, t('dataErrorKept')));
  }

  add(messages: readonly string[]): void {
    const MAX = 20;
    for (const m of messages) {
      if (this.messages.has(m)) continue;
      this.messages.add(m);
      if (this.messages.size <= MAX) this.list.append(el(this.doc, 'li', {}, visibleText(m)));
      console.warn(`[claimline] ${m}`);
    }
    if (this.messages.size > 0) this.element.hidden = false;
  }

  fatal(message: string): void {
    this.element.replaceChildren(el(this.doc, 'strong', {}, t('dataFatal')), el(this.doc, 'p', {}, visibleText(message)));
    this.element.hidden = false;
  }
}
