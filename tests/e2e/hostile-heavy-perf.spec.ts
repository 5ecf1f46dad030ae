import type { Page } from '@playwright/test';
import { tasksOf, type Task, type TraceEvent } from '../../scripts/bench/trace-tasks';
import { expect, test } from './fixtures';
import { collectQarinaErrors, highlighted } from './hostile-page';
import { CARD, hoverMention, openReady } from './qarina-page';
import { probeQarinaWorld } from './qarina-world';

/** Traces the page's main thread (CDP) while `act` runs; returns its tasks. */
async function traced(page: Page, act: () => Promise<void>): Promise<Task[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,toplevel',
    transferMode: 'ReportEvents',
  });
  await act();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return tasksOf(events);
}

const longest = (tasks: Task[]) => Math.max(0, ...tasks.map((t) => t.extensionMs)).toFixed(1);

/**
 * Issue 20 item 3. Counts are asserted (what Qarina asks of the browser); the milliseconds of
 * Qarina's longest task in each phase are printed only: this machine may be loaded.
 */
test('a page of 200,000 nodes: visibility watched by chunks, at most one hit test a frame', async ({
  context,
  demo,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(150_000);
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await context.newPage();
  const world = await probeQarinaWorld(page, extensionId);
  const units = 40_000; // paragraphs, each naming one of four entries
  let counts = await world.counts().catch(() => null);
  const load = await traced(page, async () => {
    await openReady(context, `${demo.url}/hostile/heavy-nodes.html`, page);
    await expect
      .poll(() => highlighted(page))
      .toEqual(expect.arrayContaining(['Wang Yi', 'Almaty', 'Murat Nurtleu']));
    // The first scan goes on (time-sliced); wait until Qarina stops adding targets.
    let before = -1;
    for (let i = 0; i < 60; i++) {
      counts = await world.counts();
      if (counts.observeCalls === before) break;
      before = counts.observeCalls;
      await page.waitForTimeout(1_000);
    }
  });
  counts = await world.counts();
  console.log(
    `200k nodes: ${counts.watched} elements watched for ${units} units (${counts.observeCalls} observe calls); Qarina's longest task at load ${longest(load)} ms`,
  );
  expect(counts.observers).toBeGreaterThan(0); // the probe was in place before the session began
  // One target a unit was ~40,000, recomputed by Chromium in every frame that changes anything.
  expect(counts.watched).toBeLessThan(units / 10);

  const scroll = await traced(page, async () => {
    for (const f of [0.25, 0.5, 0.75]) {
      await page.evaluate((at) => window.scrollTo(0, document.body.scrollHeight * at), f);
      await page.waitForTimeout(500);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  });
  // Painted where the reader is: a mention of the paragraphs in view (item ~20,000).
  const inView = () =>
    page.evaluate(() =>
      [...CSS.highlights.get('qarina-underline')!].some((r) => {
        const live = document.createRange(); // Qarina paints with StaticRanges: no rects
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const rect = live.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight && rect.width > 0;
      }),
    );
  await expect.poll(inView, { timeout: 30_000 }).toBe(true);

  await world.resetHitTests();
  const moves = 120;
  const hover = await traced(page, async () => {
    for (let i = 0; i < moves; i++)
      await page.mouse.move(30 + ((i * 37) % 170), 20 + ((i * 13) % 760), { steps: 2 });
  });
  const hits = await world.counts();
  const perMove = hover.reduce((sum, t) => sum + t.frameCallbackMs + t.eventMs, 0) / (2 * moves);
  console.log(
    `200k nodes: ${hits.hitTests} hit tests in ${hits.frames} frames for ${2 * moves} pointer moves (at most ${hits.mostInOneFrame} a frame); ` +
      `Qarina's longest task scrolling ${longest(scroll)} ms, hovering ${longest(hover)} ms; a move costs it ${perMove.toFixed(2)} ms`,
  );
  expect(hits.mostInOneFrame).toBe(1);
  expect(hits.hitTests).toBeGreaterThan(0);
  expect(hits.hitTests).toBeLessThanOrEqual(hits.frames + 1);

  // And the card still comes for the name under the pointer.
  await hoverMention(page, 'Almaty');
  await page.waitForTimeout(500); // the hover delay
  await expect(page.locator(CARD)).toBeVisible({ timeout: 10_000 });
  expect(errors).toEqual([]);
});
