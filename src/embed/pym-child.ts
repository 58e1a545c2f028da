/**
 * Tells the host page how tall the embed is, in pym.js's child message format
 * ("pymxPYMx<id>xPYMxheightxPYMx<px>"), which pym.js parents and our own loader (public/embed.js)
 * both understand. Sends on load, whenever the content changes size, and when the parent reports
 * a new width; each height also goes out as AMP's `embed-size` message, for amp-iframe. The id is
 * the `childId` pym.js puts in the URL, or "claimline" for our loader; a `childId` that is not a
 * plain id is replaced by "claimline" (see child-id.ts).
 */
import { parseChildId } from './child-id.ts';
import { parseWidth } from './pym-size.ts';

const SEPARATOR = 'xPYMx';

export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(SEPARATOR);
}

/** Parses a pym message of exactly four parts; null for anything else. */
export function parsePymMessage(data: unknown): { id: string; type: string; message: string } | null {
  if (typeof data !== 'string' || !data.startsWith(`pym${SEPARATOR}`)) return null;
  const parts = data.split(SEPARATOR);
  if (parts.length !== 4) return null;
  const [, id, type, message] = parts;
  return type ? { id, type, message } : null;
}

/** AMP's resize request: amp-iframe grows or shrinks to `height` (within its layout's rules). */
export function ampEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

export class PymChild {
  private readonly id: string;
  private readonly observer: ResizeObserver;
  private last = -1;

  /**
   * `content`: the element whose height is the embed's height (the app root, sized by its content).
   * `childId`: the page's `childId` URL parameter (read by config/url-state.ts, which drops an
   * invalid one with a warning); checked again here, and replaced by "claimline" if invalid.
   */
  constructor(
    private readonly content: HTMLElement,
    private readonly win: Window = window,
    /** The `childId` URL parameter as config/url-state.ts read it (null: none). */
    childId: string | null,
  ) {
    const { id, warning } = parseChildId(childId);
    if (warning) console.warn(warning);
    this.id = id;
    this.observer = new ResizeObserver(() => this.sendHeight());
    this.observer.observe(content);
    win.addEventListener('message', this.onMessage);
    this.sendHeight();
  }

  sendHeight(): void {
    const height = Math.ceil(this.content.getBoundingClientRect().height);
    if (height === this.last) return;
    this.last = height;
    // The height is not secret, and the host's origin is not known in advance.
    this.win.parent.postMessage(pymMessage(this.id, 'height', String(height)), '*');
    // The same height for amp-iframe, which sizes its frame from this message (AMP ignores pym's).
    this.win.parent.postMessage(ampEmbedSize(height), '*');
  }

  // Only the parent may ask, and only with a plausible width: anything else is not a pym parent.
  private onMessage = (e: MessageEvent): void => {
    if (e.source !== this.win.parent) return;
    const m = parsePymMessage(e.data);
    if (m && m.id === this.id && m.type === 'width' && parseWidth(m.message) !== null) {
      this.last = -1;
      this.sendHeight();
    }
  };

  destroy(): void {
    this.observer.disconnect();
    this.win.removeEventListener('message', this.onMessage);
  }
}
