/*
 * Guangdong Cluster Atlas — embed host script. Include once on a page that embeds our iframes:
 *   <script src="https://<atlas host>/embed.js" async></script>
 * It resizes every iframe whose src is on the atlas's origin to the height the embed reports.
 * Messages are accepted only from that origin and only from the iframe that sent them.
 */
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;
  function readHeight(d) {
    if (!d || typeof d !== 'object') return null;
    var h = null;
    if (d.sentinel === 'amp' && d.type === 'embed-size') h = d.height;
    else if (d['gdatlas-height'] && typeof d['gdatlas-height'] === 'object') {
      var v = Object.keys(d['gdatlas-height']).map(function (k) {
        return d['gdatlas-height'][k];
      });
      if (v.length === 1) h = v[0];
    }
    return typeof h === 'number' && isFinite(h) && h > 0 && h < 20000 ? Math.ceil(h) : null;
  }
  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var h = readHeight(e.data);
    if (h === null) return;
    var frames = document.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = h + 'px';
        frames[i].setAttribute('data-gdatlas-height', String(h));
      }
    }
  });
})();
