/* Record Relief: the results module (the engine and the results page) is not part of the first
 * load. The widget calls __recordReliefResults() once the visitor has started; it fetches the
 * module once, checks both files against their integrity hashes, and resolves to its exports.
 * Generated at build time by tests/tools/post_build.py from src/embed/results-loader.js. */
(function (base, files) {
  var loading = null;
  globalThis.__recordReliefResults = function () {
    if (!loading) {
      var js = new URL(files.js, base).href;
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.href = js;
      preload.integrity = files.jsIntegrity;
      preload.crossOrigin = 'anonymous';
      document.head.appendChild(preload);
      loading = import(js).then(function (module) {
        var wasm = fetch(new URL(files.wasm, base).href, { integrity: files.wasmIntegrity, mode: 'cors', credentials: 'omit' });
        return module.default({ module_or_path: wasm }).then(function () { return module; });
      });
    }
    return loading;
  };
})(__RR_BASE__, __RR_RESULTS__);
