/**
 * `run` in a later task, once however often asked meanwhile: the remote scan checks whether it is
 * done after each answer is applied, and a timer per unit (thousands a page) was the bench's own
 * work inside the timed window, on the page's thread (scan.ts).
 */
export function oncePerTask(run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      run();
    }, 0);
  };
}
