/**
 * Tells the host page how tall the embed is, in pym.js's child message format
 * ("pymxPYMx<id>xPYMxheightxPYMx<px>"), which pym.js parents and our own loader (public/embed.js)
 * both understand. Sends on load, whenever the content changes size, and when the parent reports
 * a new width. The id is the `childId` pym.js puts in the URL, or "claimline" for our loader.
 */
const SEPARATOR = 'xPYMx';

export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(SEPARATOR);
}

/** Parses a pym message; null for anything else. */
export function parsePymMessage(data: unknown): { id: string; type: string; message: string } | null {
  if (typeof data !== 'string' || !data.startsWith(`pym${SEPARATOR}`)) return null;
  const [, id, type, message] = data.split(SEPARATOR);
  return id !== undefined && type && message !== undefined ? { id, type, message } : null;
}

export class PymChild {
  private readonly id: string;
  private readonly observer: ResizeObserver;
  private last = -1;

  /** `content`: the element whose height is the embed's height (the app root, sized by its content). */
  constructor(
    private readonly content: HTMLElement,
    private readonly win: Window = window,
  ) {
    this.id = new URLSearchParams(win.location.search).get('childId') ?? 'claimline';
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
  }

  private onMessage = (e: MessageEvent): void => {
    if (e.source !== this.win.parent) return;
    const m = parsePymMessage(e.data);
    if (m && m.id === this.id && m.type === 'width') {
      this.last = -1;
      this.sendHeight();
    }
  };

  destroy(): void {
    this.observer.disconnect();
    this.win.removeEventListener('message', this.onMessage);
  }
}
