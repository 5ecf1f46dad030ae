/**
 * Hover intent fired → card painted. In a timer callback (standing for the hover-intent timer
 * firing), the content script's HoverCard (components/card/HoverCard.tsx) is rendered into the
 * extension's shadow-root host (utils/content/card-host.ts) with the card's data at hand; the
 * card counts as painted at the first frame painted after it became visible (positioned). The
 * baseline is one requestAnimationFrame: the same timer to the first frame painted after it.
 */
import { render } from 'preact';
import { FACT_CARD_CSS } from '../../../components/card/fact-card-styles';
import { HoverCard } from '../../../components/card/HoverCard';
import { HOVER_CARD_CSS } from '../../../components/card/hover-card-styles';
import { CardHost } from '../../../utils/content/card-host';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import type { CardData } from '../../../utils/messaging/protocol';
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

let host: CardHost | null = null;
let serial = 0;

/** Opens the hover card for the bundled knowledge base's first entry over a word of the page. */
export async function hoverCardPaint(kbName: string): Promise<PaintResult> {
  const { kb } = kbOf(kbName);
  const entry = kb.entries[0]!;
  const cited = new Set(
    entry.facts.flatMap((f) => f.sources.filter((s): s is string => typeof s === 'string')),
  );
  const data: CardData = {
    entry,
    sources: Object.fromEntries(Object.entries(kb.sources).filter(([id]) => cited.has(id))),
    related: kb.entries
      .filter((e) => entry.related.includes(e.id))
      .map(({ id, names }) => ({ id, names })),
  };
  host ??= new CardHost(document, FACT_CARD_CSS + HOVER_CARD_CSS);
  const { mount, shadow } = host.ensure();
  render(null, mount); // closed from the previous run: each run opens a new card
  const target = document.getElementById('anchor')!;
  const anchor = {
    getBoundingClientRect: () => target.getBoundingClientRect(),
    getClientRects: () => target.getClientRects(),
  };
  const open = {
    serial: ++serial,
    entryId: entry.id,
    surface: target.textContent ?? '',
    anchor,
    dir: 'rtl' as const,
    focus: false,
  };
  const shown = () =>
    shadow.querySelector('.qarina-float[data-placed="true"] .qarina-card') !== null;
  const props = {
    loadCard: () => Promise.resolve(data),
    readerLang: 'en' as const,
    strings: uiStrings('en'),
    theme: 'auto' as const,
    textScale: 1,
    cardInTime: false,
    pinned: false,
  };
  const result = await timeToPaint(
    () =>
      render(<HoverCard open={open} {...props} onTogglePin={() => {}} onClose={() => {}} />, mount),
    shown,
  );
  render(null, mount);
  return result;
}
