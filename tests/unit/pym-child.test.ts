/**
 * The embed page's side of the pym.js protocol: which messages it reads, which id it uses and what
 * it sends to the host. PymChild runs here against a fake window.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ampEmbedSize, PymChild, parsePymMessage, pymMessage } from '../../src/embed/pym-child.ts';

const INJECTED = 'claimlinexPYMxheightxPYMx19999';

/** What the URL module hands the embed: the raw `childId` parameter (PymChild checks it). */
const childIdOf = (win: Window) => new URLSearchParams(win.location.search).get('childId');

describe('pym.js messages, hostile input', () => {
  it('reads exactly four parts, nothing more', () => {
    expect(parsePymMessage('pymxPYMxmap-1xPYMxheightxPYMx812')).toEqual({ id: 'map-1', type: 'height', message: '812' });
    // What an embed with childId=claimlinexPYMxheightxPYMx19999 would have sent.
    expect(parsePymMessage(pymMessage(INJECTED, 'height', '700'))).toBeNull();
    expect(parsePymMessage('pymxPYMxclaimlinexPYMxwidthxPYMx640xPYMx')).toBeNull();
  });

  it.each([
    'pymxPYMx',
    'pymxPYMxclaimline',
    'pymxPYMxclaimlinexPYMxheight',
    'pymxPYMxclaimlinexPYMxxPYMx812',
    'PYMxPYMxclaimlinexPYMxheightxPYMx812',
    'xpymxPYMxclaimlinexPYMxheightxPYMx812',
  ])('rejects %j', (data) => {
    expect(parsePymMessage(data)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ['pym', 'claimline', 'width', '640'], new String('pymxPYMxclaimlinexPYMxwidthxPYMx640')])(
    'rejects the non-string %j',
    (data) => {
      expect(parsePymMessage(data)).toBeNull();
    },
  );
});

// --- PymChild against a fake window ---

type Listener = (e: Partial<MessageEvent>) => void;

function fakeWindow(search: string) {
  const parent = { postMessage: vi.fn() };
  const listeners: Listener[] = [];
  const win = {
    location: { search },
    parent,
    addEventListener: (type: string, fn: Listener) => {
      if (type === 'message') listeners.push(fn);
    },
    removeEventListener: (type: string, fn: Listener) => {
      if (type === 'message') listeners.splice(listeners.indexOf(fn), 1);
    },
  };
  const dispatch = (data: unknown, source: unknown = parent) => {
    for (const fn of [...listeners]) fn({ data, source: source as MessageEventSource, origin: 'https://news.example' });
  };
  return { win: win as unknown as Window, parent, listeners, dispatch };
}

/** The pym.js messages sent (AMP's object messages go out alongside; tested on their own). */
const pymSent = (parent: { postMessage: ReturnType<typeof vi.fn> }) =>
  parent.postMessage.mock.calls.filter((c) => typeof c[0] === 'string');

function content(height = 700): HTMLElement {
  return { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
}

describe('PymChild', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
  });

  it('sends its height with the default id, or with a valid childId from the URL', () => {
    const a = fakeWindow('?embed');
    new PymChild(content(), a.win, childIdOf(a.win));
    expect(a.parent.postMessage).toHaveBeenCalledWith('pymxPYMxclaimlinexPYMxheightxPYMx700', '*');
    const b = fakeWindow('?embed&childId=story-map&initialWidth=600');
    new PymChild(content(), b.win, childIdOf(b.win));
    expect(b.parent.postMessage).toHaveBeenCalledWith('pymxPYMxstory-mapxPYMxheightxPYMx700', '*');
    expect(warn).not.toHaveBeenCalled();
  });

  it('a childId holding the pym separator cannot forge a height: it falls back to "claimline" and warns once', () => {
    const { win, parent, dispatch } = fakeWindow(`?embed&childId=${encodeURIComponent(INJECTED)}`);
    new PymChild(content(), win, childIdOf(win));
    expect(pymSent(parent)).toEqual([['pymxPYMxclaimlinexPYMxheightxPYMx700', '*']]);
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640');
    expect(pymSent(parent).map((c) => c[0])).toEqual(['pymxPYMxclaimlinexPYMxheightxPYMx700', 'pymxPYMxclaimlinexPYMxheightxPYMx700']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('childId');
  });

  it('an explicit id passed in is used as it is when valid', () => {
    const { win, parent } = fakeWindow(`?embed&childId=${encodeURIComponent(INJECTED)}`);
    new PymChild(content(), win, 'from-url-module');
    expect(parent.postMessage).toHaveBeenCalledWith('pymxPYMxfrom-url-modulexPYMxheightxPYMx700', '*');
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers a valid "width" message from its parent with its height', () => {
    const { win, parent, dispatch } = fakeWindow('?embed');
    new PymChild(content(), win, childIdOf(win));
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640');
    expect(pymSent(parent)).toHaveLength(2);
  });

  it('ignores messages that do not come from its parent', () => {
    const { win, parent, dispatch } = fakeWindow('?embed');
    new PymChild(content(), win, childIdOf(win));
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640', {});
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640', null);
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640', win);
    expect(pymSent(parent)).toHaveLength(1);
  });

  it.each(['0', '-640', '640px', '6.4e2', 'Infinity', 'NaN', '1e309', '100000', '', ' 640'])(
    'ignores a "width" message with the width %j',
    (width) => {
      const { win, parent, dispatch } = fakeWindow('?embed');
      new PymChild(content(), win, childIdOf(win));
      dispatch(`pymxPYMxclaimlinexPYMxwidthxPYMx${width}`);
      expect(pymSent(parent)).toHaveLength(1);
    },
  );

  it('ignores "width" messages for another id, with extra parts, or not strings', () => {
    const { win, parent, dispatch } = fakeWindow('?embed&childId=story-map');
    new PymChild(content(), win, childIdOf(win));
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640');
    dispatch('pymxPYMxstory-mapxPYMxwidthxPYMx640xPYMxextra');
    dispatch({ id: 'story-map', type: 'width', message: '640' });
    dispatch(['pym', 'story-map', 'width', '640']);
    expect(pymSent(parent)).toHaveLength(1);
    dispatch('pymxPYMxstory-mapxPYMxwidthxPYMx640');
    expect(pymSent(parent)).toHaveLength(2);
  });

  it("sends AMP's embed-size with every pym height, and only then", () => {
    let height = 700;
    const box = { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
    const { win, parent, dispatch } = fakeWindow('?embed');
    const child = new PymChild(box, win, childIdOf(win));
    child.sendHeight();
    height = 812.4;
    child.sendHeight();
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640');
    expect(parent.postMessage.mock.calls).toEqual([
      ['pymxPYMxclaimlinexPYMxheightxPYMx700', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 700 }, '*'],
      ['pymxPYMxclaimlinexPYMxheightxPYMx813', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 813 }, '*'],
      ['pymxPYMxclaimlinexPYMxheightxPYMx813', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 813 }, '*'],
    ]);
    expect(ampEmbedSize(5)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 5 });
  });

  it('stops listening when destroyed', () => {
    const { win, parent, listeners, dispatch } = fakeWindow('?embed');
    const child = new PymChild(content(), win, childIdOf(win));
    child.destroy();
    expect(listeners).toEqual([]);
    dispatch('pymxPYMxclaimlinexPYMxwidthxPYMx640');
    expect(pymSent(parent)).toHaveLength(1);
  });
});
