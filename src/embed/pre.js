/* Record Relief: runs before the first paint (a small classic script in <head>, not inline, for the
 * strict CSP). The start page is already in the HTML, prerendered in English and Spanish
 * (tests/tools/post_build.py). This picks the language the URL fragment asks for (iframe embeds
 * pass their settings there); hides the start page when this tab is coming back to answers (a
 * reload, a restored tab: the app shows that page itself, so no start page flashes); and, until
 * the app has taken over, keeps the start page's buttons working: Quick exit leaves at once,
 * the language switch switches, and "Start now" is remembered for the app (data-rr-early).
 * In an iframe embed it also keeps the top bar (Quick exit) in view: see `pin` below. Last, it
 * starts the app once the start page has painted: see `start` at the end. */
(function () {
  var root = document.documentElement;
  var me = document.currentScript;
  var lang = /(?:^#|&)lang=(en|es)[^&]*/i.exec(location.hash);
  if (lang) root.classList.add('rr-lang-' + lang[1].toLowerCase());
  try {
    if (sessionStorage.getItem('record-relief')) root.classList.add('rr-resume');
  } catch (e) {
    /* Storage blocked: the app starts on the start page too. */
  }
  // An iframe embed is as tall as its content, so the firm's page scrolls, not this one. embed.js
  // there sends one number, how far the frame's top is out of view, and the top bar moves down by
  // that much (through --rr-pin, which survives the app's re-renders), never past the page's end.
  var parent = /(?:^#|&)parent-origin=([^&]*)/.exec(location.hash);
  if (parent && window.parent !== window) {
    var origin = decodeURIComponent(parent[1]);
    var pin = 0;
    root.classList.add('rr-framed');
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.origin !== origin || event.source !== window.parent) return;
      if (!data || data.type !== 'record-relief:viewport' || typeof data.top !== 'number' || !isFinite(data.top)) return;
      var bars = document.querySelectorAll('.rr-topbar');
      for (var i = 0; i < bars.length; i++) {
        var bar = bars[i];
        if (!bar.offsetHeight) continue; // the hidden language's prerendered page
        var natural = bar.getBoundingClientRect().top + window.scrollY - pin;
        var room = document.documentElement.scrollHeight - natural - bar.offsetHeight;
        pin = Math.round(Math.max(0, Math.min(data.top - natural, room)));
        root.style.setProperty('--rr-pin', pin + 'px');
        return;
      }
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest && event.target.closest('.rr-prerender button');
    if (!button) return;
    if (button.classList.contains('rr-exit')) {
      try { sessionStorage.removeItem('record-relief'); } catch (e) { /* nothing stored */ }
      // As the app's Quick exit: leave the whole page when the browser allows it.
      try { window.top.location.replace('https://www.google.com/'); } catch (e) { location.replace('https://www.google.com/'); }
    } else if (button.classList.contains('rr-lang')) {
      var to = button.getAttribute('lang') === 'es' ? 'es' : 'en';
      root.classList.remove('rr-lang-en', 'rr-lang-es');
      root.classList.add('rr-lang-' + to);
      root.setAttribute('data-rr-early-lang', to);
    } else if (button.classList.contains('rr-button-start')) {
      root.setAttribute('data-rr-early', 'start');
    }
  }, true);
  // Start the app (boot-*.js, its glue and its wasm, named with their integrity hashes on this
  // script's tag) once the prerendered start page has painted: fetched and compiled during the
  // first paint, they held that paint back (first contentful paint, means of 31 alternating
  // loads in three runs: 104–108 ms with them in the HTML, 100–103 ms started after it; the Yew
  // floor 89–92). At once when this
  // tab comes back to answers (the start page is hidden, so nothing paints until the app does);
  // at the latest after 1.5 s (a hidden tab or an iframe out of view runs no animation frames).
  // The start page's buttons work meanwhile (above).
  var boot = me && me.getAttribute('data-rr-boot');
  if (boot) {
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      // The glue boot-*.js imports and the wasm it fetches, preloaded with their integrity hashes
      // (the import and the fetch then use them), so all three arrive at once.
      var preload = function (rel, name, as) {
        var link = document.createElement('link');
        link.rel = rel;
        if (as) link.as = as;
        link.href = me.getAttribute('data-rr-' + name);
        link.integrity = me.getAttribute('data-rr-' + name + '-integrity');
        link.crossOrigin = 'anonymous';
        document.head.appendChild(link);
      };
      preload('modulepreload', 'glue');
      preload('preload', 'wasm', 'fetch');
      var script = document.createElement('script');
      script.type = 'module';
      script.src = boot;
      script.integrity = me.getAttribute('data-rr-boot-integrity');
      script.crossOrigin = 'anonymous';
      document.head.appendChild(script);
    };
    if (root.classList.contains('rr-resume')) {
      start();
    } else {
      // An animation frame's callbacks run just before it paints; a task queued from there runs
      // after it.
      requestAnimationFrame(function () { setTimeout(start, 0); });
      setTimeout(start, 1500);
    }
  }
})();
