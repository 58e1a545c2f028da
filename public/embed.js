/*
 * Claimline embed loader (about 1 KB). Put it once on the host page, after the iframes:
 *   <iframe src="https://…/claimline/?embed&date=2022-09-13" title="…" width="100%" height="600" style="border:0"></iframe>
 *   <script src="https://…/claimline/embed.js" async></script>
 * It sets each Claimline iframe's height from the pym.js "height" messages the embed sends, and
 * tells the embeds when the host's width changes. It reads nothing else and sends no data anywhere.
 */
(() => {
  
  var SEP = 'xPYMx';
  if (window.__claimlineEmbed) return;
  window.__claimlineEmbed = true;
  // Only frames served from where this script came from are Claimline embeds.
  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  function frames() {
    return Array.prototype.slice.call(document.getElementsByTagName('iframe')).filter((frame) => {
      try {
        return new URL(frame.src, location.href).origin === ORIGIN;
      } catch (err) {
        return false;
      }
    });
  }

  // Asks an embed for its height (pym "width" message); it answers with a "height" message.
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage(['pym', 'claimline', 'width', String(frame.offsetWidth)].join(SEP), ORIGIN);
  }

  window.addEventListener('message', (e) => {
    if (e.origin !== ORIGIN || typeof e.data !== 'string' || e.data.indexOf('pym' + SEP) !== 0) return;
    var parts = e.data.split(SEP);
    if (parts[2] !== 'height') return;
    var height = parseInt(parts[3], 10);
    if (!(height > 0 && height < 20000)) return;
    frames().forEach((frame) => {
      if (frame.contentWindow === e.source) {
        frame.style.height = height + 'px';
        frame.setAttribute('height', String(height));
        frame.setAttribute('scrolling', 'no');
      }
    });
  });

  var timer = 0;
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
