/**
 * Printing the map: a WebGL canvas can print blank, so while the page prints, a still image of
 * the map lies over it. The Print button waits for the image before it opens the print dialog; the
 * browser's own Print (Ctrl+P) gets one drawn synchronously in `beforeprint`. The page's print
 * note ("if the map is blank…") shows only where no image could be made. The image goes after
 * printing.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { t } from '../i18n/index.ts';

export class PrintStill {
  private image: HTMLImageElement | null = null;

  constructor(
    private readonly map: MlMap,
    private readonly container: HTMLElement,
    private readonly win: Window = window,
  ) {
    win.addEventListener('beforeprint', this.onBefore);
    win.addEventListener('afterprint', this.onAfter);
  }

  /** The Print button: the image first (decoded), then the browser's print dialog. */
  async print(): Promise<void> {
    // The image code is a chunk of its own (shared with the PNG export): the first view does not need it.
    const { snapshot } = await import('./map-image.ts');
    const shot = await snapshot(this.map);
    const img = this.show(shot.toDataURL('image/png'));
    await img.decode().catch(() => undefined);
    this.win.print();
  }

  private show(src: string): HTMLImageElement {
    this.image?.remove();
    const img = this.container.ownerDocument.createElement('img');
    img.className = 'cl-print-map';
    img.alt = t('mapRegion');
    img.src = src;
    this.container.append(img);
    this.image = img;
    return img;
  }

  /** Ctrl+P: draw a frame now and read it before the browser composites (and clears) the buffer. */
  private onBefore = (): void => {
    if (this.image) return;
    try {
      this.map.redraw();
      const src = this.map.getCanvas().toDataURL('image/png');
      if (src.length > 1000) this.show(src);
    } catch {
      // No image: the page's print note says how to get one.
    }
  };

  private onAfter = (): void => {
    this.image?.remove();
    this.image = null;
  };

  destroy(): void {
    this.onAfter();
    this.win.removeEventListener('beforeprint', this.onBefore);
    this.win.removeEventListener('afterprint', this.onAfter);
  }
}
