/* Record Relief: the results module (the engine, its texts, the catalog's names and search; data
 * only) is not part of the first load. The widget calls __recordReliefResults() once its first page
 * has painted, or at once on any other page; it fetches the module once, checks both files against
 * their integrity hashes, and resolves to its exports. After a failure (offline) the next call
 * tries again, under a new URL so that the browser does not hand back the failed import.
 * Generated at build time by tests/tools/post_build.py from src/embed/results-loader.js. */
(function (base, files) {
  var loading = null;
  var attempt = 0;
  globalThis.__recordReliefResults = function () {
    if (!loading) {
      attempt += 1;
      var js = new URL(files.js, base).href + (attempt > 1 ? '?attempt=' + attempt : '');
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.href = js;
      preload.integrity = files.jsIntegrity;
      preload.crossOrigin = 'anonymous';
      document.head.appendChild(preload);
      loading = import(js).then(function (module) {
        var wasm = fetch(new URL(files.wasm, base).href, { integrity: files.wasmIntegrity, mode: 'cors', credentials: 'omit', cache: attempt > 1 ? 'reload' : 'default' });
        return module.default({ module_or_path: wasm }).then(function () { return module; });
      }).catch(function (err) {
        loading = null;
        throw err;
      });
    }
    return loading;
  };
})(__RR_BASE__, __RR_RESULTS__);
