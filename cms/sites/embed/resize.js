/*
 * Samskab iframe resizer, for the page that holds the iframes:
 *
 *   <iframe data-samskab src="https://cms.example.dk/embed/recruitment-banner?campaign=..." title="..."></iframe>
 *   <script src="https://cms.example.dk/embed/resize.js" async></script>
 *
 * Each Samskab iframe page posts { type: 'samskab:resize', id, height } when its
 * height changes. This sets the height of the <iframe data-samskab> that sent it,
 * and only that one: the message must come from that iframe's window and origin,
 * and the height must be a number. Nothing else is read, stored or sent.
 * Loading it twice is harmless.
 */
(function () {
  'use strict';
  if (window.__samskabResize) return;
  window.__samskabResize = true;

  var MAX_HEIGHT = 20000;

  function frames() {
    return document.querySelectorAll('iframe[data-samskab]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'samskab:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      frame.style.height = Math.ceil(height) + 'px';
      if (!frame.style.width && !frame.getAttribute('width')) frame.style.width = '100%';
      return;
    }
  });

  // Iframes that told their height before this script ran: ask them again.
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var origin = originOf(list[i]);
      if (origin && list[i].contentWindow) list[i].contentWindow.postMessage({ type: 'samskab:measure' }, origin);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
})();
