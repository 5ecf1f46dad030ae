/**
 * Hover intent fired → card painted. In a timer callback (standing for the hover-intent timer
 * firing), the fact card (components/FactCard.tsx) is rendered into an open shadow root with
 * its stylesheet and the entry's data at hand; the card counts as painted at the first frame
 * painted after it is in the DOM. The baseline is one requestAnimationFrame: the same timer to
 * the first frame painted after it.
 */
import { render } from 'preact';
import { FACT_CARD_CSS } from '../../../components/fact-card-styles';
import { FactCard } from '../../../components/FactCard';
import { kbOf } from './state';

/** Frames painted between the timer and the card, and the time it took. */
export interface PaintResult {
  ms: number;
  /** 1: painted in the first frame after the timer fired. */
  frames: number;
}

/**
 * Runs `work` in a timer callback and resolves at the first frame painted once `isDone()` holds.
 * "After paint" is a message posted from each frame's rAF callback: it runs once that frame has
 * been painted, so a change made before that frame's rAF callback is on screen by then.
 */
function timeToPaint(work: () => void, isDone: () => boolean): Promise<PaintResult> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const start = performance.now();
      let frames = 0;
      const channel = new MessageChannel();
      const onFrame = () => {
        frames++;
        const doneAtFrame = isDone();
        // Done only if it already was at this frame's rAF: a change made later in the frame may
        // have missed its paint, and is then counted at the next one (errs on the slow side).
        channel.port1.onmessage = () => {
          if (doneAtFrame) {
            channel.port1.close();
            resolve({ ms: performance.now() - start, frames });
          } else requestAnimationFrame(onFrame);
        };
        channel.port2.postMessage(null);
      };
      work();
      requestAnimationFrame(onFrame);
    }, 20);
  });
}

/** The baseline: a timer callback that does nothing, to the first painted frame. */
export function oneFrame(): Promise<PaintResult> {
  return timeToPaint(
    () => {},
    () => true,
  );
}

let mount: HTMLElement | null = null;

/** The shadow root's mount point, created once (as the content script's host is). */
function shadowMount(): HTMLElement {
  if (mount) return mount;
  const host = document.createElement('qarina-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = FACT_CARD_CSS;
  mount = document.createElement('div');
  shadow.append(style, mount);
  document.body.prepend(host);
  return mount;
}

/** Renders the fact card of the knowledge base's first entry from a timer; to the painted frame. */
export async function factCardPaint(kbName: string): Promise<PaintResult> {
  const { kb } = kbOf(kbName);
  const entry = kb.entries[0]!;
  const target = shadowMount();
  render(null, target); // each run paints a new card
  const noop = () => {};
  const card = <FactCard entry={entry} sources={kb.sources} relatedEntries={kb.entries} readerLang="en" surface="وانغ يي" onOpenRelated={noop} onClose={noop} variant="hover" />;
  const result = await timeToPaint(
    () => render(card, target),
    () => target.querySelector('.qarina-card') !== null,
  );
  render(null, target);
  return result;
}
