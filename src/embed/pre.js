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
  // Start the app (boot-*.js and its glue, named with their integrity hashes on this script's
  // tag; boot-*.js fetches the wasm with its own) once the prerendered start page has painted:
  // fetched and compiled during the first paint, the wasm held that paint back (measured: first
  // contentful paint 120 ms against 100 ms with the app started after it). At once when this tab comes back to answers (the start page is hidden, so nothing
  // paints until the app does) or when the browser cannot tell us about paints; at the latest
  // after 1.5 s (an iframe out of view may not paint yet). The start page works meanwhile.
  var boot = me && me.getAttribute('data-rr-boot');
  if (boot) {
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      // The glue boot-*.js imports, preloaded with its integrity hash (the import then uses it).
      var glue = document.createElement('link');
      glue.rel = 'modulepreload';
      glue.href = me.getAttribute('data-rr-glue');
      glue.integrity = me.getAttribute('data-rr-glue-integrity');
      glue.crossOrigin = 'anonymous';
      document.head.appendChild(glue);
      var script = document.createElement('script');
      script.type = 'module';
      script.src = boot;
      script.integrity = me.getAttribute('data-rr-boot-integrity');
      script.crossOrigin = 'anonymous';
      document.head.appendChild(script);
    };
    var painted = false;
    try {
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length) start();
      }).observe({ type: 'paint', buffered: true });
      painted = PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0;
    } catch (e) {
      /* No paint timing here: start at once. */
    }
    if (!painted || root.classList.contains('rr-resume')) start();
    else setTimeout(start, 1500);
  }
})();
