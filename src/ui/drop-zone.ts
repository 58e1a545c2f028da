/**
 * Drop files anywhere on the page to open them: while files are dragged over the page an overlay
 * says so (and that nothing is uploaded); a drop hands the files to the import dialog. Drags that
 * carry no files (text, links) are left to the page. The keyboard path is the header's "Open data…".
 */
import { t } from '../i18n/index.ts';
import { el } from './dom.ts';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

export class DropZone {
  readonly element: HTMLElement;
  /** dragenter/dragleave fire for every child crossed: count them to know when the drag left the page. */
  private depth = 0;

  constructor(
    private readonly doc: Document,
    private readonly onFiles: (files: File[]) => void,
  ) {
    this.element = el(doc, 'div', { class: 'cl-drop', hidden: '' }, t('dropFiles'));
    doc.body.append(this.element);
    doc.addEventListener('dragenter', this.onEnter);
    doc.addEventListener('dragover', this.onOver);
    doc.addEventListener('dragleave', this.onLeave);
    doc.addEventListener('drop', this.onDrop);
  }

  private show(on: boolean): void {
    if (on) this.element.textContent = t('dropFiles');
    this.element.hidden = !on;
  }

  private onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    this.depth++;
    this.show(true);
  };

  private onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    // Without this the browser opens the file itself, leaving the app.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };

  private onLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.show(false);
  };

  private onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    this.depth = 0;
    this.show(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) this.onFiles(files);
  };

  destroy(): void {
    this.doc.removeEventListener('dragenter', this.onEnter);
    this.doc.removeEventListener('dragover', this.onOver);
    this.doc.removeEventListener('dragleave', this.onLeave);
    this.doc.removeEventListener('drop', this.onDrop);
    this.element.remove();
  }
}
