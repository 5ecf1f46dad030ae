// Hostile-page harness (loaded first by each test page): the page's own copy of its DOM once
// parsed, before any content script runs (document_idle), and a frame counter that shows the
// page stayed responsive. It keeps its own requestAnimationFrame: some pages replace built-ins.
window.__frames = 0;
const raf = window.requestAnimationFrame.bind(window);
(function count() {
  window.__frames++;
  raf(count);
})();
document.addEventListener('DOMContentLoaded', () => {
  window.__domBefore = document.documentElement.outerHTML;
});
