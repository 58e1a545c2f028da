/**
 * public/embed.js, the loader a host page includes, run in a Node `vm` context with a fake
 * window and document: which frames it sizes, from which messages, and how it finds its own
 * origin. It must stay a self-contained classic script, so its rules are checked here against
 * the TypeScript ones (parseChildId, parseHeight) rather than imported from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseChildId } from '../../src/embed/child-id.ts';
import { parseHeight } from '../../src/embed/pym-size.ts';

const SOURCE = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'embed.js'), 'utf8');
const APP = 'https://maps.example/claimline/';
const APP_ORIGIN = 'https://maps.example';
const HOST = 'https://news.example/2022/09/article.html';
const HOST_ORIGIN = 'https://news.example';
const OTHER_ORIGIN = 'https://evil.example';

type FakeFrame = {
  src: string;
  offsetWidth: number;
  style: { height?: string };
  attributes: Record<string, string>;
  posted: [unknown, string][];
  contentWindow: { postMessage: (data: unknown, origin: string) => void };
  setAttribute: (name: string, value: string) => void;
  addEventListener: (type: string, fn: () => void) => void;
};

function frame(src: string): FakeFrame {
  const f: FakeFrame = {
    src,
    offsetWidth: 640,
    style: {},
    attributes: {},
    posted: [],
    contentWindow: { postMessage: (data, origin) => f.posted.push([data, origin]) },
    setAttribute: (name, value) => {
      f.attributes[name] = value;
    },
    addEventListener: () => {},
  };
  return f;
}

type Script = { src: string; type?: string };

/** Runs the loader on a fake host page and returns a way to post it messages. */
function load(options: { frames: FakeFrame[]; currentScript?: Script | null; scripts?: Script[] }) {
  const listeners: Record<string, ((e: unknown) => void)[]> = {};
  const warnings: string[] = [];
  const currentScript = options.currentScript === undefined ? { src: `${APP}embed.js` } : options.currentScript;
  const scripts = options.scripts ?? (currentScript ? [currentScript] : []);
  const win: Record<string, unknown> = {
    location: { href: HOST, origin: HOST_ORIGIN },
    document: {
      currentScript,
      getElementsByTagName: (name: string) => (name === 'iframe' ? options.frames : name === 'script' ? scripts : []),
    },
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      listeners[type] = [...(listeners[type] ?? []), fn];
    },
    console: { warn: (...args: unknown[]) => warnings.push(args.join(' ')), log: () => {}, error: () => {} },
    URL,
    URLSearchParams,
    setTimeout,
    clearTimeout,
  };
  win.window = win;
  win.self = win;
  const context = vm.createContext(win);
  vm.runInContext(SOURCE, context);
  /** Runs the loader again on the same page (a second <script> tag), with another currentScript. */
  const again = (script: Script | null) => {
    (win.document as { currentScript: Script | null }).currentScript = script;
    vm.runInContext(SOURCE, context);
  };
  const post = (data: unknown, source: unknown, origin = APP_ORIGIN) => {
    for (const fn of listeners.message ?? []) fn({ data, source, origin });
  };
  return { post, warnings, listeners, again };
}

const height = (f: FakeFrame) => f.style.height ?? null;

describe('public/embed.js', () => {
  it('sizes a Claimline embed from its own height message', () => {
    const f = frame(`${APP}?embed&date=2022-09-13`);
    const { post, warnings } = load({ frames: [f] });
    post('pymxPYMxclaimlinexPYMxheightxPYMx812', f.contentWindow);
    expect(height(f)).toBe('812px');
    expect(f.attributes).toMatchObject({ height: '812', scrolling: 'no' });
    expect(warnings).toEqual([]);
  });

  it('asks each embed for its height with the id that embed uses, and asks nothing of other frames', () => {
    const plain = frame(`${APP}?embed`);
    const pym = frame(`${APP}?embed&childId=story-map`);
    const injected = frame(`${APP}?embed&childId=${encodeURIComponent('claimlinexPYMxheightxPYMx19999')}`);
    const notEmbed = frame(`${APP}?date=2022-09-13`);
    const foreign = frame('https://video.example/player?embed');
    load({ frames: [plain, pym, injected, notEmbed, foreign] });
    expect(plain.posted).toEqual([['pymxPYMxclaimlinexPYMxwidthxPYMx640', APP_ORIGIN]]);
    expect(pym.posted).toEqual([['pymxPYMxstory-mapxPYMxwidthxPYMx640', APP_ORIGIN]]);
    expect(injected.posted).toEqual([['pymxPYMxclaimlinexPYMxwidthxPYMx640', APP_ORIGIN]]);
    expect(notEmbed.posted).toEqual([]);
    expect(foreign.posted).toEqual([]);
  });

  describe('defect 1: a childId holding the pym separator', () => {
    it('cannot make the loader read the height it carries', () => {
      const f = frame(`${APP}?embed&childId=${encodeURIComponent('claimlinexPYMxheightxPYMx19999')}`);
      const { post } = load({ frames: [f] });
      // What the embed sent before it validated its childId.
      post('pymxPYMxclaimlinexPYMxheightxPYMx19999xPYMxheightxPYMx700', f.contentWindow);
      expect(height(f)).toBeNull();
      // What it sends now: the default id, which is also what the loader expects of that frame.
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow);
      expect(height(f)).toBe('700px');
    });

    it.each([
      'story-map',
      'A_1-b',
      'x'.repeat(64),
      'x'.repeat(65),
      '',
      'claimlinexPYMxheightxPYMx19999',
      'aXpYmXb',
      'story.map',
      'story map',
      'kärta',
      '<b>',
    ])('expects the same id as the embed page for childId=%j', (childId) => {
      const f = frame(`${APP}?embed&childId=${encodeURIComponent(childId)}`);
      const { post } = load({ frames: [f] });
      const { id } = parseChildId(childId);
      if (id !== childId && !childId.toLowerCase().includes('xpymx')) {
        post(`pymxPYMx${childId}xPYMxheightxPYMx600`, f.contentWindow);
        expect(height(f)).toBeNull();
      }
      post(`pymxPYMx${id}xPYMxheightxPYMx700`, f.contentWindow);
      expect(height(f)).toBe('700px');
    });
  });

  describe('defect 2: only Claimline embeds, only from their own window and id', () => {
    it('never sizes a frame of its origin that is not an embed (no `embed` parameter)', () => {
      const f = frame(`${APP}?date=2022-09-13`);
      const g = frame(`${APP}other-page.html`);
      const h = frame(`${APP}?embedded=1`);
      const { post } = load({ frames: [f, g, h] });
      for (const x of [f, g, h]) post('pymxPYMxclaimlinexPYMxheightxPYMx19999', x.contentWindow);
      for (const x of [f, g, h]) post('pymxPYMxclaimlinexPYMxheightxPYMx700', x.contentWindow);
      expect([f, g, h].map(height)).toEqual([null, null, null]);
    });

    it('sizes an embed only from a message whose source is that embed’s window', () => {
      const a = frame(`${APP}?embed`);
      const b = frame(`${APP}?embed&lang=ru`);
      const { post } = load({ frames: [a, b] });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', b.contentWindow);
      expect([height(a), height(b)]).toEqual([null, '700px']);
      post('pymxPYMxclaimlinexPYMxheightxPYMx900', { postMessage: () => {} });
      post('pymxPYMxclaimlinexPYMxheightxPYMx900', null);
      expect([height(a), height(b)]).toEqual([null, '700px']);
    });

    it('ignores a message with an id other than the one that frame uses', () => {
      const pym = frame(`${APP}?embed&childId=story-map`);
      const plain = frame(`${APP}?embed`);
      const { post } = load({ frames: [pym, plain] });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', pym.contentWindow);
      post('pymxPYMxstory-mapxPYMxheightxPYMx700', plain.contentWindow);
      post('pymxPYMxStory-MapxPYMxheightxPYMx700', pym.contentWindow);
      expect([height(pym), height(plain)]).toEqual([null, null]);
      post('pymxPYMxstory-mapxPYMxheightxPYMx710', pym.contentWindow);
      post('pymxPYMxclaimlinexPYMxheightxPYMx720', plain.contentWindow);
      expect([height(pym), height(plain)]).toEqual(['710px', '720px']);
    });

    it('ignores messages from any other origin, the host page’s own included', () => {
      const f = frame(`${APP}?embed`);
      const { post } = load({ frames: [f] });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow, HOST_ORIGIN);
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow, OTHER_ORIGIN);
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow, 'null');
      expect(height(f)).toBeNull();
    });

    it('ignores frames of another origin even with `embed` in their URL', () => {
      const f = frame('https://maps.example.evil.test/claimline/?embed');
      const g = frame('http://maps.example/claimline/?embed');
      const { post } = load({ frames: [f, g] });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow);
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', g.contentWindow);
      expect([height(f), height(g)]).toEqual([null, null]);
    });
  });

  describe('defect 3: heights', () => {
    it.each([
      '777px',
      '1.5e3',
      '8.12e2',
      'Infinity',
      '-Infinity',
      'NaN',
      '-5',
      '0',
      '1',
      '49',
      '10001',
      '19999',
      '99999',
      '100000',
      ' 700',
      '700 ',
      '0x2bc',
      '+700',
      '700.0',
      '',
      '７００',
    ])('ignores the height %j', (value) => {
      const f = frame(`${APP}?embed`);
      const { post } = load({ frames: [f] });
      post(`pymxPYMxclaimlinexPYMxheightxPYMx${value}`, f.contentWindow);
      expect(height(f)).toBeNull();
      expect(parseHeight(value)).toBeNull();
    });

    it.each(['50', '640', '0700', '10000'])('accepts the height %j, as parseHeight does', (value) => {
      const f = frame(`${APP}?embed`);
      const { post } = load({ frames: [f] });
      post(`pymxPYMxclaimlinexPYMxheightxPYMx${value}`, f.contentWindow);
      expect(height(f)).toBe(`${parseHeight(value)}px`);
    });

    it('agrees with parseHeight on every integer around the bounds', () => {
      const f = frame(`${APP}?embed`);
      const { post } = load({ frames: [f] });
      for (const n of [0, 1, 48, 49, 50, 51, 9999, 10_000, 10_001, 12_345, 99_999]) {
        f.style.height = undefined;
        post(`pymxPYMxclaimlinexPYMxheightxPYMx${n}`, f.contentWindow);
        const expected = parseHeight(String(n));
        expect(height(f), String(n)).toBe(expected === null ? null : `${expected}px`);
      }
    });

    it.each([
      ['a number', 700],
      ['an object', { height: 700 }],
      ['an array', ['pym', 'claimline', 'height', '700']],
      ['null', null],
      ['extra parts', 'pymxPYMxclaimlinexPYMxheightxPYMx700xPYMx'],
      ['another type', 'pymxPYMxclaimlinexPYMxwidthxPYMx700'],
      ['another prefix', 'PYMxPYMxclaimlinexPYMxheightxPYMx700'],
    ])('ignores %s', (_, data) => {
      const f = frame(`${APP}?embed`);
      const { post } = load({ frames: [f] });
      post(data, f.contentWindow);
      expect(height(f)).toBeNull();
    });
  });

  describe('defect 4: its own origin, as a classic script or a module', () => {
    it('finds its <script> element by src when document.currentScript is null (a module)', () => {
      const f = frame(`${APP}?embed`);
      const { post, warnings } = load({
        frames: [f],
        currentScript: null,
        scripts: [{ src: 'https://news.example/js/site.js' }, { src: `${APP}embed.js`, type: 'module' }, { src: '' }],
      });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow);
      expect(height(f)).toBe('700px');
      expect(f.posted).toEqual([['pymxPYMxclaimlinexPYMxwidthxPYMx640', APP_ORIGIN]]);
      expect(warnings).toEqual([]);
    });

    it('also with a query string after embed.js', () => {
      const f = frame(`${APP}?embed`);
      const { post } = load({ frames: [f], currentScript: null, scripts: [{ src: `${APP}embed.js?v=3`, type: 'module' }] });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow);
      expect(height(f)).toBe('700px');
    });

    it('warns, and sizes nothing, when it cannot tell where it came from', () => {
      const f = frame(`${APP}?embed`);
      const { post, warnings } = load({
        frames: [f],
        currentScript: null,
        scripts: [{ src: 'https://news.example/js/site.js' }, { src: '' }],
      });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow);
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow, HOST_ORIGIN);
      expect(height(f)).toBeNull();
      expect(f.posted).toEqual([]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/embed\.js/);
    });

    it('warns when two scripts named embed.js come from different origins and it cannot tell which one it is', () => {
      const f = frame(`${APP}?embed`);
      const { post, warnings } = load({
        frames: [f],
        currentScript: null,
        scripts: [
          { src: `${APP}embed.js`, type: 'module' },
          { src: 'https://other.example/widgets/embed.js', type: 'module' },
        ],
      });
      post('pymxPYMxclaimlinexPYMxheightxPYMx700', f.contentWindow);
      expect(height(f)).toBeNull();
      expect(warnings).toHaveLength(1);
    });

    it('an inline copy of the script (currentScript without src) finds nothing and warns', () => {
      const f = frame(`${APP}?embed`);
      const { warnings } = load({ frames: [f], currentScript: { src: '' }, scripts: [{ src: '' }] });
      expect(warnings).toHaveLength(1);
      expect(f.posted).toEqual([]);
    });
  });

  it('runs once per page however often it is included, but a copy that could not start does not block the next', () => {
    const f = frame(`${APP}?embed`);
    const { listeners, warnings, again } = load({ frames: [f], currentScript: { src: '' }, scripts: [{ src: '' }] });
    expect([listeners.message?.length ?? 0, warnings.length]).toEqual([0, 1]);
    again({ src: `${APP}embed.js` });
    again({ src: `${APP}embed.js` });
    expect(listeners.message).toHaveLength(1);
    expect(f.posted).toHaveLength(1);
  });

  it('stays a plain script: it compiles as a classic script (import, export and import.meta would not)', () => {
    expect(() => new vm.Script(SOURCE, { filename: 'embed.js' })).not.toThrow();
    expect(() => new vm.Script(`${SOURCE}\nimport.meta;`)).toThrow(SyntaxError);
  });
});
