/*
 * Bloc Atlas embed helper. Include it once on a page that holds Bloc Atlas iframes:
 *   <script src="https://your.host/bloc-atlas/embed.js" async></script>
 * Each embed posts { type: "bloc-atlas:height", height, view } to its parent after it loads and
 * after every change; this sets that frame's height, the way responsive chart embeds do. A frame
 * with a height attribute (<iframe height="600">) keeps the height it was given.
 * Plain ES5 and no dependencies, so it runs on any page that can show the frame.
 */
(function () {
  "use strict";
  if (window.blocAtlasEmbed) return;
  window.blocAtlasEmbed = { version: 1 };

  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 5000;

  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "bloc-atlas:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return;
    // Only a frame on this page, and only one that did not ask for a fixed height.
    var frame = frameOf(event.source);
    if (!frame || frame.hasAttribute("height")) return;
    frame.style.height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))) + "px";
  });
})();
