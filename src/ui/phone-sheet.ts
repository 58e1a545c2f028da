/**
 * On phones the side panel (filters, numbers, claims, legend, downloads) is a bottom sheet: a
 * button under the timeline opens it, × or Escape closes it, and focus goes back to the button.
 * On wider screens the button is hidden by CSS and the panel stays where it is.
 */
import './phone-sheet.css';
import { t } from '../i18n/index.ts';
import { el } from './dom.ts';

export function createPhoneSheet(doc: Document, root: HTMLElement, panel: HTMLElement): HTMLButtonElement {
  const open = el(
    doc,
    'button',
    { type: 'button', class: 'cl-button cl-sheet-open', 'aria-expanded': 'false', 'aria-controls': 'cl-side' },
    t('sheetOpen'),
  );
  panel.id = 'cl-side';
  const close = el(doc, 'button', { type: 'button', class: 'cl-button cl-sheet-close', 'aria-label': t('close') }, '×');
  panel.prepend(close);
  const set = (on: boolean) => {
    root.classList.toggle('cl-app--sheet', on);
    // Modal while open: what lies behind the sheet is out of reach of Tab and screen readers.
    for (const behind of root.querySelectorAll<HTMLElement>('.cl-header, .cl-errors, .cl-map, .cl-bottom')) behind.inert = on;
    open.setAttribute('aria-expanded', String(on));
    if (on) close.focus();
    else open.focus();
  };
  open.addEventListener('click', () => set(true));
  close.addEventListener('click', () => set(false));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.classList.contains('cl-app--sheet')) set(false);
  });
  return open;
}
