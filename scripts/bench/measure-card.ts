/**
 * Hover-intent timer fired → card painted, against one requestAnimationFrame from the same kind
 * of timer callback. Frames: 1 means the card was on screen in the first frame after the timer.
 */
import type { BenchPage } from './bench-page';
import { median, met, ms, ratio, record, repeat, type Report } from './harness';

export async function measureCard(bench: BenchPage, report: Report, quick: boolean): Promise<void> {
  const runs = quick ? 1 : 15;
  await bench.reload();
  await bench.call('load', 'kb', 'bundled');
  await bench.call('hoverCardPaint', 'bundled'); // first render compiles Preact and the card: not timed
  const card = await repeat(runs, () => bench.call('hoverCardPaint', 'bundled'));
  const frame = await repeat(runs, () => bench.call('oneFrame'));
  const cardMs = median(card.map((c) => c.ms));
  const frameMs = median(frame.map((f) => f.ms));
  const frames = median(card.map((c) => c.frames));
  record(
    report,
    'hoverCard',
    {
      title: 'Hover-intent timer fired → card painted (median)',
      columns: [
        'measured',
        'card painted',
        'frames',
        'one rAF (baseline)',
        'ratio',
        'goal ≤ 1 frame',
      ],
      rows: [
        [
          'components/card/HoverCard in the content script CardHost (shadow root), data at hand',
          ms(cardMs),
          String(frames),
          ms(frameMs),
          ratio(cardMs, frameMs),
          met(frames <= 1, quick),
        ],
      ],
      note: "Painted: the card positioned (data-placed) before a frame's rAF callback; the message round trip to the background is not included.",
    },
    { cardMs, frameMs, frames, cardFrames: card.map((c) => c.frames) },
  );
}
