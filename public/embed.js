/*
 * Claimline embed loader. Put it once on the host page, after the iframes:
 *   <iframe src="https://…/claimline/?embed&date=2022-09-13" title="…" width="100%" height="600" style="border:0"></iframe>
 *   <script src="https://…/claimline/embed.js" async></script>
 * It sets each Claimline iframe's height from the pym.js "height" messages the embed sends, and
 * tells the embeds when the host's width changes. It reads nothing else and sends no data anywhere.
 * What it accepts: README, "Embedding in an article". Its rules match src/embed/child-id.ts and
 * pym-size.ts (tests/unit/embed-loader.test.ts runs this file to check). A plain script (no import,
 * export or import.meta), so it also works as a module.
 */
(() => {
  // biome-ignore lint/suspicious/noRedundantUseStrict: a classic <script> is not strict by itself
  'use strict';
  const SEP = 'xPYMx';
  const DEFAULT_ID = 'claimline';
  const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
  // Heights: a plain decimal integer ("777px", "1.5e3", "-5", "Infinity" are not) from 50 px (less
  // than the timeline and credits alone) to 10000 px (far more than the embed at 300 px wide).
  const HEIGHT = /^\d{1,5}$/;
  const MIN_HEIGHT = 50;
  const MAX_HEIGHT = 10000;
  // Once per page, however many embeds include it.
  if (window.__claimlineEmbed) return;

  // Where this script came from: document.currentScript for a classic script; a module has none,
  // so then the one <script> whose src ends in /embed.js (a module's, if there are several).
  function ownOrigin() {
    const current = document.currentScript;
    if (current?.src) return new URL(current.src, location.href).origin;
    let scripts = Array.prototype.slice.call(document.getElementsByTagName('script')).filter((s) => {
      try {
        return !!s.src && /\/embed\.js$/.test(new URL(s.src, location.href).pathname);
      } catch (_) {
        return false;
      }
    });
    const modules = scripts.filter((s) => s.type === 'module');
    if (modules.length) scripts = modules;
    const origins = scripts.map((s) => new URL(s.src, location.href).origin).filter((origin, i, all) => all.indexOf(origin) === i);
    return origins.length === 1 ? origins[0] : null;
  }

  const ORIGIN = ownOrigin();
  if (!ORIGIN) {
    console.warn(
      'Claimline embed.js: cannot tell which origin it was loaded from (include it with <script src="…/embed.js">), so it sizes no iframe.',
    );
    return;
  }
  window.__claimlineEmbed = true;

  // The id a Claimline iframe uses in its messages, or null for any other iframe.
  function frameId(frame) {
    let url;
    try {
      url = new URL(frame.src, location.href);
    } catch (_) {
      return null;
    }
    if (url.origin !== ORIGIN || !url.searchParams.has('embed')) return null;
    const id = url.searchParams.get('childId');
    return id !== null && CHILD_ID.test(id) && !/xpymx/i.test(id) ? id : DEFAULT_ID;
  }

  function frames() {
    return Array.prototype.slice.call(document.getElementsByTagName('iframe')).filter((frame) => frameId(frame) !== null);
  }

  // Asks an embed for its height (pym "width" message); it answers with a "height" message.
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage(['pym', frameId(frame), 'width', String(frame.offsetWidth)].join(SEP), ORIGIN);
  }

  window.addEventListener('message', (e) => {
    if (e.origin !== ORIGIN || !e.source || typeof e.data !== 'string') return;
    const parts = e.data.split(SEP);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height' || !HEIGHT.test(parts[3])) return;
    const height = Number(parts[3]);
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    frames().forEach((frame) => {
      if (frame.contentWindow === e.source && frameId(frame) === parts[1]) {
        frame.style.height = `${height}px`;
        frame.setAttribute('height', String(height));
        frame.setAttribute('scrolling', 'no');
      }
    });
  });

  let timer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      frames().forEach(ask);
    }, 100);
  });

  // The script may arrive after an embed has already reported its height: ask now, and on each load.
  frames().forEach((frame) => {
    ask(frame);
    frame.addEventListener('load', () => {
      ask(frame);
    });
  });
})();
