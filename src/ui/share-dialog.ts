/**
 * "Share or embed": a link to the current view and an iframe snippet (title, size, language and
 * date window included), each with a copy button. A native <dialog> opened while the store's panel
 * is "share": focus stays inside, Escape closes it, and focus returns to the button that opened it.
 */
import './share-dialog.css';
import { embedSnippet, viewUrl } from '../config/share-urls.ts';
import type { UrlContext } from '../config/url-state.ts';
import type { LocalText } from '../data/dataset.ts';
import { datasetText, t } from '../i18n/index.ts';
import { REPLACE, type Store } from '../state/app-state.ts';
import { el } from './dom.ts';

export const EMBED_HEIGHT = 640;

export class ShareDialog {
  readonly button: HTMLButtonElement;
  private readonly dialog: HTMLDialogElement;
  private readonly link: HTMLInputElement;
  private readonly snippet: HTMLTextAreaElement;
  private readonly status: HTMLElement;
  private readonly off: () => void;
  private copying = 0;

  constructor(
    private readonly doc: Document,
    private readonly store: Store,
    /** `data`: the page's `?data=` URLs (UrlOptions.data), carried by the link and the snippet. */
    private readonly ctx: Pick<UrlContext, 'defaultLang' | 'groups'> & { data?: readonly string[] },
    /** The dataset's title: the embed's iframe title. */
    private readonly datasetTitle: LocalText,
    private readonly win: Window = window,
  ) {
    this.button = el(doc, 'button', { type: 'button', class: 'cl-button cl-share-button', 'aria-haspopup': 'dialog' }, t('share'));
    this.button.addEventListener('click', () => store.update({ panel: { kind: 'share' } }, REPLACE));
    this.dialog = el(doc, 'dialog', { class: 'cl-share', 'aria-labelledby': 'cl-share-title' });
    const close = el(doc, 'button', { type: 'button', class: 'cl-button cl-share__close', 'aria-label': t('close') }, '×');
    close.addEventListener('click', () => this.dialog.close());
    // Escape, × and form submission all end in the dialog's own close event.
    this.dialog.addEventListener('close', this.onClosed);
    this.link = el(doc, 'input', { type: 'text', readonly: '', id: 'cl-share-link', class: 'cl-share__field' });
    this.snippet = el(doc, 'textarea', { readonly: '', id: 'cl-share-snippet', rows: '5', class: 'cl-share__field', spellcheck: 'false' });
    this.status = el(doc, 'p', { class: 'cl-share__status', role: 'status' });
    const header = el(doc, 'div', { class: 'cl-share__header' });
    header.append(el(doc, 'h2', { id: 'cl-share-title' }, t('shareTitle')), close);
    this.dialog.append(
      header,
      this.field(t('shareLink'), this.link, t('copyLink')),
      this.field(t('shareEmbed'), this.snippet, t('copyEmbed')),
      el(doc, 'p', { class: 'cl-share__note' }, t('shareEmbedNote')),
      this.status,
    );
    doc.body.append(this.dialog);
    this.off = store.on('panel', () => this.render());
    this.render();
  }

  private field(label: string, input: HTMLInputElement | HTMLTextAreaElement, copyLabel: string): HTMLElement {
    const wrap = el(this.doc, 'div', { class: 'cl-share__row' });
    const copy = el(this.doc, 'button', { type: 'button', class: 'cl-button' }, copyLabel);
    copy.addEventListener('click', () => void this.copy(input));
    wrap.append(el(this.doc, 'label', { for: input.id }, label), input, copy);
    return wrap;
  }

  private render(): void {
    const open = this.store.state.panel?.kind === 'share';
    if (open && !this.dialog.open) {
      const page = this.win.location.href;
      const { state } = this.store;
      this.link.value = viewUrl(state, page, { ctx: this.ctx, data: this.ctx.data });
      const title = `${t('appTitle')}: ${datasetText(this.datasetTitle)}`;
      this.snippet.value = embedSnippet(state, page, {
        title,
        lang: state.lang,
        height: EMBED_HEIGHT,
        groups: this.ctx.groups,
        data: this.ctx.data,
      });
      this.status.textContent = '';
      this.dialog.showModal();
    } else if (!open && this.dialog.open) {
      this.dialog.close();
    }
  }

  private onClosed = (): void => {
    this.copying++;
    if (this.store.state.panel?.kind === 'share') this.store.update({ panel: null }, REPLACE);
  };

  /** The Clipboard API where the page may use it; otherwise the text is selected for Ctrl+C. */
  private async copy(input: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
    const ticket = ++this.copying;
    input.focus();
    input.select();
    let message: string;
    try {
      await this.win.navigator.clipboard.writeText(input.value);
      message = t('copied');
    } catch {
      message = t('copyManually');
    }
    // The answer may come after the dialog closed or another copy started: only the latest one speaks.
    if (ticket === this.copying) this.status.textContent = message;
  }

  destroy(): void {
    this.off();
    this.copying++;
    this.dialog.removeEventListener('close', this.onClosed);
    if (this.dialog.open) this.dialog.close();
    this.dialog.remove();
    this.button.remove();
  }
}
