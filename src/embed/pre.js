/* Record Relief: runs before the first paint (a small classic script in <head>, not inline, for the
 * strict CSP). The start page is already in the HTML, prerendered in English and Spanish
 * (tests/tools/post_build.py). This picks the language the URL fragment asks for (iframe embeds
 * pass their settings there); hides the start page when this tab is coming back to answers (a
 * reload, a restored tab: the app shows that page itself, so no start page flashes); and, until
 * the app has taken over, keeps the start page's buttons working: Quick exit leaves at once,
 * the language switch switches, and "Start now" is remembered for the app (data-rr-early). */
(function () {
  var root = document.documentElement;
  var lang = /(?:^#|&)lang=(en|es)[^&]*/i.exec(location.hash);
  if (lang) root.classList.add('rr-lang-' + lang[1].toLowerCase());
  try {
    if (sessionStorage.getItem('record-relief')) root.classList.add('rr-resume');
  } catch (e) {
    /* Storage blocked: the app starts on the start page too. */
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
})();
