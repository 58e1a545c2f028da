/**
 * On phones the side panel (filters, numbers, claims, legend, downloads) is a bottom sheet: a
 * button under the timeline opens it (the store's panel "sheet"), × or Escape closes it, and focus
 * goes back to the button. While open it is modal: what lies behind is inert. Opening a claim
 * closes it (the store holds one panel at a time), and so does widening the window past the phone
 * layout, where the side panel is simply always there.
 */
import './phone-sheet.css';
import { t } from '../i18n/index.ts';
import { REPLACE, type Store } from '../state/app-state.ts';
import { el } from './dom.ts';

export const PHONE_QUERY = '(max-width: 760px)';

export class PhoneSheet {
  readonly button: HTMLButtonElement;
  private readonly close: HTMLButtonElement;
  private readonly phone: MediaQueryList;
  private readonly off: () => void;
  private open = false;

  constructor(
    private readonly doc: Document,
    private readonly store: Store,
    private readonly root: HTMLElement,
    private readonly panel: HTMLElement,
    win: Window = window,
  ) {
    this.button = el(
      doc,
      'button',
      { type: 'button', class: 'cl-button cl-sheet-open', 'aria-expanded': 'false', 'aria-controls': 'cl-side' },
      t('sheetOpen'),
    );
    panel.id = 'cl-side';
    this.close = el(doc, 'button', { type: 'button', class: 'cl-button cl-sheet-close', 'aria-label': t('close') }, '×');
    panel.prepend(this.close);
    this.button.addEventListener('click', this.onOpen);
    this.close.addEventListener('click', this.onClose);
    panel.addEventListener('keydown', this.onKey);
    this.phone = win.matchMedia(PHONE_QUERY);
    this.phone.addEventListener('change', this.onMedia);
    this.off = store.on('change', (changed) => changed.has('panel') && this.render());
    this.render();
  }

  private onOpen = (): void => this.store.update({ panel: { kind: 'sheet' } }, REPLACE);
  private onClose = (): void => {
    if (this.store.state.panel?.kind === 'sheet') this.store.update({ panel: null }, REPLACE);
  };
  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.onClose();
    }
  };
  /** Past the phone layout there is no sheet to close: drop it, or the page would stay inert. */
  private onMedia = (): void => {
    if (!this.phone.matches) this.onClose();
    this.render();
  };

  private render(): void {
    const open = this.store.state.panel?.kind === 'sheet' && this.phone.matches;
    if (open === this.open) return;
    const hadFocus = this.panel.contains(this.doc.activeElement);
    this.open = open;
    this.root.classList.toggle('cl-app--sheet', open);
    for (const behind of this.root.querySelectorAll<HTMLElement>('.cl-header, .cl-errors, .cl-map, .cl-bottom')) behind.inert = open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) this.close.focus();
    // Closed by × or Escape: back to the button; closed because a claim opened, the details take focus.
    // (Past the phone layout the button is hidden and the side panel, with the focus, stays in view.)
    else if (hadFocus && this.store.state.selected === null && this.button.checkVisibility()) this.button.focus();
  }

  destroy(): void {
    this.off();
    this.phone.removeEventListener('change', this.onMedia);
    if (this.open) {
      this.root.classList.remove('cl-app--sheet');
      for (const behind of this.root.querySelectorAll<HTMLElement>('.cl-header, .cl-errors, .cl-map, .cl-bottom')) behind.inert = false;
    }
    this.close.remove();
    this.panel.removeEventListener('keydown', this.onKey);
    this.button.remove();
  }
}
