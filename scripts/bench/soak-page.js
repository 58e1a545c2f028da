// The soak benchmark's driver inside the page (scripts/bench/soak.ts evaluates this file as text, so
// no helper of the TypeScript loader ends up in it). It works the app as a reader would, through
// its buttons or its one store, and after each action waits for a condition that says the effect
// is complete: a panel shown or hidden, the views re-mounted in the new language, the map idle.
// Nothing here is a fixed sleep; the timeouts only turn a hang into an error.
(() => {
  const TIMEOUT = 60_000;
  const app = () => window.__claimline;
  const replace = { history: 'replace' };
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const until = async (what, cond, timeout = TIMEOUT) => {
    const t0 = performance.now();
    for (;;) {
      const value = cond();
      if (value) return value;
      if (performance.now() - t0 > timeout) throw new Error(`soak: timed out waiting for ${what}`);
      await frame();
    }
  };
  const details = () => document.querySelector('.cl-details');
  const detailsShown = () => details() && !details().hidden && details().querySelector('h2').textContent !== '';
  const detailsHidden = () => !details() || details().hidden;

  /** The map has drawn everything the last change asked for, and two more frames have passed for the views' own frame callbacks. */
  const settle = async () => {
    const { map } = app();
    if (map) {
      const idle = map.once('idle');
      map.triggerRepaint();
      let timer = 0;
      const late = new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error('soak: the map never became idle')), TIMEOUT);
      });
      await Promise.race([idle, late]);
      clearTimeout(timer);
    }
    await frame();
    await frame();
  };

  window.__soak = {
    settle,

    /** Plays from the start to the last day at `speed` days per second; resolves when playback stopped by itself. */
    async play(speed) {
      const { store } = app();
      store.update({ playing: true, speed }, replace);
      await until('playback to start', () => store.state.playing);
      await until('playback to reach the last day', () => !store.state.playing, 10 * 60_000);
      await settle();
    },

    /** Opens the n-th claim of the table with its button, then closes it with the details' × button. */
    async claim(n) {
      const { store } = app();
      const buttons = document.querySelectorAll('.cl-table__open');
      const button = buttons[n % buttons.length];
      const id = button.dataset.id;
      button.click();
      await until('the claim to open', () => store.state.selected === id && detailsShown());
      await settle();
      details().querySelector('.cl-details__close').click();
      await until('the claim to close', () => store.state.selected === null && detailsHidden());
      await settle();
    },

    /** Opens and closes the share dialog with its buttons (Share, then ×). */
    async share() {
      const { store } = app();
      document.querySelector('.cl-share-button').click();
      await until('the share dialog to open', () => document.querySelector('dialog.cl-share')?.open);
      document.querySelector('.cl-share__close').click();
      await until('the share dialog to close', () => !document.querySelector('dialog.cl-share')?.open && store.state.panel === null);
      await frame();
    },

    /** Opens a panel through the store (a region's or the policy's text, the phone sheet), then closes it. */
    async panel(panel) {
      const { store } = app();
      store.update({ panel }, { history: 'replace', focus: true });
      const shows = panel.kind === 'region' || panel.kind === 'policy';
      await until(`the ${panel.kind} panel to open`, () => store.state.panel?.kind === panel.kind && (!shows || detailsShown()));
      store.update({ panel: null }, replace);
      await until(`the ${panel.kind} panel to close`, () => store.state.panel === null && detailsHidden());
      await frame();
    },

    /** Switches the interface language and waits until the views are mounted again in it and the map relabelled. */
    async lang(lang) {
      const { store } = app();
      store.update({ lang }, replace);
      await until(
        `the page in "${lang}"`,
        () => document.documentElement.lang === lang && document.querySelector('.cl-lang--header a[aria-current="true"]')?.lang === lang,
      );
      await settle();
    },

    /** Toggles one claimant side and waits for its checkbox, the map and the views' next frame. */
    async side(side) {
      const { store } = app();
      const sides = new Set(store.state.sides);
      if (!sides.delete(side)) sides.add(side);
      store.update({ sides }, replace);
      await until(`side ${side}`, () => document.getElementById(`cl-sides-${side}`)?.checked === sides.has(side));
      await settle();
    },

    /** The state the URL describes now, to come back to after each phase. */
    snapshot() {
      const { map, store } = app();
      const s = store.state;
      const view = map ? { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() } : s.view;
      return { mode: s.mode, from: s.from, to: s.to, sides: [...s.sides], layers: [...s.layers], view, lang: s.lang };
    },

    /** Back to a snapshot: everything closed, the same window, sides, view and language. */
    async restore(snap) {
      const { store } = app();
      store.update(
        {
          ...snap,
          sides: new Set(snap.sides),
          layers: new Set(snap.layers),
          playing: false,
          selected: null,
          panel: null,
          story: null,
          highlight: [],
        },
        replace,
      );
      await until(
        'the page in its first language',
        () => document.querySelector('.cl-lang--header a[aria-current="true"]')?.lang === snap.lang,
      );
      await settle();
    },

    /** What the page holds that a leak would grow. The map's counts read maplibre's private fields: diagnostics only. */
    counts() {
      const { map, store } = app();
      const listeners = (bag) => Object.values(bag ?? {}).reduce((n, list) => n + list.length, 0);
      return {
        elements: document.getElementsByTagName('*').length,
        storeListeners: store.listenerCount(),
        historyLength: history.length,
        mapControls: map?._controls?.length ?? 0,
        mapListeners: map ? listeners(map._listeners) + listeners(map._oneTimeListeners) : 0,
      };
    },
  };
})();
