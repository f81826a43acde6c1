/*! Record Relief embed loader. Plain JavaScript, no dependencies.
 *
 * Paste on any page:
 *   <div data-record-relief data-firm-name="…" data-firm-address="…" data-phone="…"></div>
 *   <script src="https://WIDGET-HOST/embed.js" async></script>
 *
 * Default (recommended): a cross-origin iframe. The visitor's answers stay inside the widget's
 * own origin; scripts on this page cannot read them. Configuration travels in the URL fragment,
 * which browsers never send to a server. The iframe only ever tells this page its height (and
 * that the contact link was opened) — never an answer — and both sides check the exact origin.
 * This page tells the iframe one number: how much of the frame has scrolled above the top of the
 * window (less data-top-offset, the height of a sticky site header), so the widget keeps its
 * Quick exit button in view.
 *
 * data-mode="inline" mounts the widget into this page inside a Shadow DOM instead. Then scripts
 * on this page CAN read what the visitor types (see EMBEDDING.md).
 *
 * This file is generated at build time (tests/tools/post_build.py fills in the hashed asset
 * names and their integrity hashes).
 */
(function () {
  'use strict';
  var ASSETS = __RR_ASSETS__;
  var PRERENDER = __RR_PRERENDER__;
  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href);
  var widgetOrigin = base.origin;
  var KEYS = ['firm-name', 'firm-address', 'phone', 'contact-url', 'firm-message', 'email', 'accent', 'lang'];

  function config(el) {
    var pairs = [];
    KEYS.forEach(function (k) {
      var v = el.getAttribute('data-' + k);
      if (v !== null) pairs.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
    });
    return pairs;
  }

  /* data-top-offset: pixels a sticky header of this page covers at the top of the window. */
  function topOffset(el) {
    var n = parseInt(el.getAttribute('data-top-offset') || '0', 10);
    return n > 0 && n < 400 ? n : 0;
  }

  /* The frame is as tall as its content, so this page scrolls, not the frame: tell the widget how
   * far its top has gone out of view (one number per frame, only when it changes). */
  function keepQuickExitInView(el, frame) {
    var offset = topOffset(el);
    var last = -1;
    var queued = false;
    function send() {
      queued = false;
      if (!frame.contentWindow) return;
      var hidden = Math.max(0, Math.round(offset - frame.getBoundingClientRect().top));
      if (hidden === last) return;
      last = hidden;
      frame.contentWindow.postMessage({ type: 'record-relief:viewport', top: hidden }, widgetOrigin);
    }
    function schedule() {
      if (queued) return;
      queued = true;
      requestAnimationFrame(send);
    }
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    frame.addEventListener('load', function () { last = -1; schedule(); });
    return function resized() { last = -1; schedule(); };
  }

  function mountIframe(el) {
    var pairs = config(el);
    pairs.push('parent-origin=' + encodeURIComponent(location.origin));
    var frame = document.createElement('iframe');
    frame.src = new URL(ASSETS.page, base).href + '#' + pairs.join('&');
    frame.title = el.getAttribute('data-title') || 'Record Relief: check if you can clear your California record';
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('loading', 'lazy');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.minHeight = '480px';
    frame.style.display = 'block';
    var resized = keepQuickExitInView(el, frame);
    window.addEventListener('message', function (event) {
      // Only our widget, and only this iframe, may resize it.
      if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || typeof data !== 'object') return;
      if (data.type === 'record-relief:height' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
        frame.style.height = Math.ceil(data.height) + 'px';
        resized();
      } else if (data.type === 'record-relief:contact') {
        el.dispatchEvent(new CustomEvent('record-relief:contact', { bubbles: true }));
      }
    });
    el.replaceChildren(frame);
  }

  /* The start page, prerendered at build time from the widget's own components, shown in the
   * shadow root at once (once its stylesheet is in, so nothing unstyled flashes); the app takes
   * it over with the same markup. Not on a visit coming back to answers: the app shows that page. */
  function prerender(el, css) {
    if (!el.attachShadow || el.shadowRoot) return;
    var shadow = el.attachShadow({ mode: 'open' });
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = css;
    link.integrity = ASSETS.cssIntegrity;
    link.crossOrigin = 'anonymous';
    shadow.appendChild(link);
    var container = document.createElement('div');
    container.setAttribute('data-rr-root', '');
    var resume = false;
    try { resume = !!sessionStorage.getItem('record-relief'); } catch (e) { /* blocked */ }
    var lang = /^es/i.test(el.getAttribute('data-lang') || '') ? 'es' : 'en';
    // Until the app has taken over, Quick exit works as the app's does.
    container.addEventListener('click', function (event) {
      var exit = event.target && event.target.closest && event.target.closest('.rr-prerender .rr-exit');
      if (!exit) return;
      try { sessionStorage.removeItem('record-relief'); } catch (e) { /* nothing stored */ }
      location.replace('https://www.google.com/');
    });
    if (!resume) {
      container.hidden = true;
      container.innerHTML = '<div class="rr-prerender">' + PRERENDER[lang] + '</div>';
      link.addEventListener('load', function () { container.hidden = false; });
    }
    shadow.appendChild(container);
  }

  /* The widget's "Print" prints the widget, not the whole page around it: while that print runs,
   * everything on this page outside the path down to the widget is hidden (a constructed
   * stylesheet, which this page's CSP allows; removed after printing). The browser's own Print
   * menu still prints this page as it is. */
  function printOnlyTheWidget(el) {
    if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet !== 'function') return;
    var sheet;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync('@media print { [data-rr-print-path] > :not([data-rr-print-path]) { display: none !important; } ' +
        '[data-rr-print-path] { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; ' +
        'max-width: none !important; width: auto !important; height: auto !important; overflow: visible !important; ' +
        'position: static !important; transform: none !important; } }');
    } catch (e) { return; }
    // The widget calls print() within the click, so "asked" lasts only for that task.
    var asked = false;
    var active = false;
    el.addEventListener('click', function (event) {
      var path = event.composedPath ? event.composedPath() : [];
      for (var i = 0; i < path.length; i++) {
        if (path[i].classList && path[i].classList.contains('rr-print')) {
          asked = true;
          setTimeout(function () { asked = false; }, 0);
          return;
        }
      }
    }, true);
    window.addEventListener('beforeprint', function () {
      if (!asked || active) return;
      asked = false; // one print per press (the timer above may run late on a busy page)
      active = true;
      for (var node = el; node && node.setAttribute; node = node.parentElement) node.setAttribute('data-rr-print-path', '');
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    });
    window.addEventListener('afterprint', function () {
      if (!active) return;
      active = false;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter(function (s) { return s !== sheet; });
      var marked = document.querySelectorAll('[data-rr-print-path]');
      for (var i = 0; i < marked.length; i++) marked[i].removeAttribute('data-rr-print-path');
    });
  }

  function mountInline(el) {
    var css = new URL(ASSETS.css, base).href;
    var js = new URL(ASSETS.js, base).href;
    var wasm = new URL(ASSETS.wasm, base).href;
    el.setAttribute('data-rr-css', css);
    el.setAttribute('data-rr-css-integrity', ASSETS.cssIntegrity);
    // The top bar (Quick exit) sticks below this page's sticky header, if it has one.
    var offset = topOffset(el);
    if (offset) el.style.setProperty('--rr-top-offset', offset + 'px');
    printOnlyTheWidget(el);
    prerender(el, css);
    var preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = js;
    preload.integrity = ASSETS.jsIntegrity;
    preload.crossOrigin = 'anonymous';
    document.head.appendChild(preload);
    __RR_RESULTS_LOADER__
    import(js).then(function (bindings) {
      var response = fetch(wasm, { integrity: ASSETS.wasmIntegrity, mode: 'cors', credentials: 'omit' });
      return bindings.default({ module_or_path: response });
    }).catch(function (err) {
      console.error('Record Relief could not load:', err);
    });
  }

  var hosts = document.querySelectorAll('[data-record-relief]');
  for (var i = 0; i < hosts.length; i++) {
    var el = hosts[i];
    if (el.getAttribute('data-rr-mounted')) continue;
    el.setAttribute('data-rr-mounted', '1');
    if (el.getAttribute('data-mode') === 'inline') {
      mountInline(el);
    } else {
      mountIframe(el);
    }
  }
})();
