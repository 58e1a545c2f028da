/**
 * "Share or embed": a link to the current view and an iframe snippet (title, size, language and
 * date window included), each with a copy button. A native <dialog>: focus stays inside, Escape
 * closes it, and focus returns to the button that opened it.
 */
import './share-dialog.css';
import { embedSnippet, viewUrl } from '../config/share-urls.ts';
import { currentLanguage, t } from '../i18n/index.ts';
import type { Store } from '../state/app-state.ts';
import { el } from './dom.ts';

export const EMBED_HEIGHT = 640;

export class ShareDialog {
  readonly button: HTMLButtonElement;
  private readonly dialog: HTMLDialogElement;
  private readonly link: HTMLInputElement;
  private readonly snippet: HTMLTextAreaElement;
  private readonly status: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly store: Store,
    private readonly win: Window = window,
  ) {
    this.button = el(doc, 'button', { type: 'button', class: 'cl-button cl-share-button', 'aria-haspopup': 'dialog' }, t('share'));
    this.button.addEventListener('click', () => this.open());
    this.dialog = el(doc, 'dialog', { class: 'cl-share', 'aria-labelledby': 'cl-share-title' });
    const close = el(doc, 'button', { type: 'button', class: 'cl-button cl-share__close', 'aria-label': t('close') }, '×');
    close.addEventListener('click', () => this.dialog.close());
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
  }

  private field(label: string, input: HTMLInputElement | HTMLTextAreaElement, copyLabel: string): HTMLElement {
    const wrap = el(this.doc, 'div', { class: 'cl-share__row' });
    const copy = el(this.doc, 'button', { type: 'button', class: 'cl-button' }, copyLabel);
    copy.addEventListener('click', () => void this.copy(input));
    wrap.append(el(this.doc, 'label', { for: input.id }, label), input, copy);
    return wrap;
  }

  open(): void {
    const page = this.win.location.href;
    this.link.value = viewUrl(this.store.state, page);
    this.snippet.value = embedSnippet(this.store.state, page, {
      title: `${t('appTitle')}: ${t('appSubtitle')}`,
      lang: currentLanguage(),
      height: EMBED_HEIGHT,
    });
    this.status.textContent = '';
    this.dialog.showModal();
  }

  /** The Clipboard API where the page may use it; otherwise the text is selected for Ctrl+C. */
  private async copy(input: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
    input.focus();
    input.select();
    try {
      await this.win.navigator.clipboard.writeText(input.value);
      this.status.textContent = t('copied');
    } catch {
      this.status.textContent = t('copyManually');
    }
  }
}
