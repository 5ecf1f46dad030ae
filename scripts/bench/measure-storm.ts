/**
 * What a mutation storm costs Qarina (issue 20): the hostile storm page
 * (scripts/demo/hostile/storm.html, 10 s of text rewritten, paragraphs added and removed in every
 * task) in headless Chromium with the built extension, traced over CDP from the storm's start to
 * its end. Qarina's added CPU is the extension's part of every task (its script with the style,
 * layout and GC it runs into, and IntersectionObserver computation: trace-tasks.ts), per second of
 * storm and as a share of one core; beside it the page's own frames over the same 10 s with and
 * without the extension (does the page keep animating?) and Qarina's longest part of one task.
 */
import type { Page } from 'playwright-core';
import { CHROME_BUILD } from '../lib/chromium';
import { startDemoServer } from '../lib/demo-server';
import { open, READY, stamp, traced } from './extension-trace';
import { median, met, ms, record, type Report } from './harness';

interface StormRun {
  /** The storm's length as the trace saw it (between its two stamps). */
  stormMs: number;
  /** Qarina's CPU inside the storm's tasks, and its longest part of one task. */
  qarinaMs: number;
  qarinaLongestMs: number;
  /** Animation frames the page got during the storm. */
  frames: number;
  /** Mutations the page made (it makes as many as its tasks allow). */
  mutations: number;
}

/** Starts the storm once the page (and Qarina) is ready; counts its frames until it ends. */
async function storm(page: Page): Promise<{ frames: number; mutations: number }> {
  await stamp(page, 'bench:storm');
  // A string, not a function: tsx would name the inner callback with a helper the page lacks.
  const result = await page.evaluate<{ frames: number; mutations: number }>(`new Promise((resolve) => {
    let frames = 0;
    function frame() {
      if (window.__stormDone) resolve({ frames, mutations: window.__stormMutations });
      else {
        frames++;
        requestAnimationFrame(frame);
      }
    }
    window.__startStorm();
    requestAnimationFrame(frame);
  })`);
  await stamp(page, 'bench:calm');
  return result;
}

async function stormRun(url: string, extension: string | null): Promise<StormRun> {
  const browser = await open(extension);
  try {
    let counts = { frames: 0, mutations: 0 };
    const { tasks, marks } = await traced(browser.context, async (page) => {
      await page.goto(url);
      if (extension) await page.waitForSelector(READY, { state: 'attached', timeout: 30_000 });
      await page.waitForTimeout(500);
      counts = await storm(page);
    });
    const from = marks.get('bench:storm') ?? 0;
    const to = marks.get('bench:calm') ?? Infinity;
    const during = tasks.filter((t) => t.start >= from && t.start < to);
    return {
      stormMs: to - from,
      qarinaMs: during.reduce((sum, t) => sum + t.extensionMs, 0),
      qarinaLongestMs: Math.max(0, ...during.map((t) => t.extensionMs)),
      ...counts,
    };
  } finally {
    await browser.close();
  }
}

export async function measureStorm(report: Report, quick: boolean): Promise<void> {
  const runs = quick ? 1 : 3;
  const demo = await startDemoServer();
  const alone: StormRun[] = [];
  const withQarina: StormRun[] = [];
  try {
    const url = `${demo.url}/hostile/storm.html#on-demand`;
    // Alternated, so that the machine's load falls on both alike.
    for (let i = 0; i < runs; i++) {
      alone.push(await stormRun(url, null));
      withQarina.push(await stormRun(url, CHROME_BUILD));
    }
  } finally {
    await demo.close();
  }
  const m = (list: StormRun[], pick: (r: StormRun) => number) => median(list.map(pick));
  const share = (r: StormRun) => r.qarinaMs / r.stormMs;
  const perSecond = m(withQarina, (r) => (1000 * r.qarinaMs) / r.stormMs);
  const fps = (list: StormRun[]) => m(list, (r) => (1000 * r.frames) / r.stormMs);
  record(
    report,
    'mutationStorm',
    {
      title: `A 10-second mutation storm (hostile/storm.html): Qarina's added CPU (CDP trace, median of ${runs})`,
      columns: [
        'measure',
        'page alone',
        'with Qarina',
        'each run (with Qarina)',
        'goal',
      ],
      rows: [
        [
          "Qarina's CPU during the storm",
          '—',
          `${ms(perSecond)} a second (${(100 * m(withQarina, share)).toFixed(1)} % of a core)`,
          withQarina.map((r) => `${(100 * share(r)).toFixed(1)} %`).join(' · '),
          '—',
        ],
        [
          "Qarina's longest part of one task",
          '—',
          ms(m(withQarina, (r) => r.qarinaLongestMs)),
          withQarina.map((r) => ms(r.qarinaLongestMs)).join(' · '),
          `< 50 ms: ${met(Math.max(...withQarina.map((r) => r.qarinaLongestMs)) < 50, quick)}`,
        ],
        [
          "the page's animation frames",
          `${fps(alone).toFixed(1)} a second`,
          `${fps(withQarina).toFixed(1)} a second`,
          withQarina.map((r) => r.frames.toLocaleString('en')).join(' · '),
          '—',
        ],
        [
          "the page's mutations",
          m(alone, (r) => r.mutations).toLocaleString('en'),
          m(withQarina, (r) => r.mutations).toLocaleString('en'),
          withQarina.map((r) => r.mutations.toLocaleString('en')).join(' · '),
          '—',
        ],
      ],
      note:
        "Qarina's CPU: the extension's part of every task between the storm's start and end (its script with the style, layout and GC it runs into, and IntersectionObserver computation). " +
        `this build: ${CHROME_BUILD}.`,
    },
    { alone, withQarina },
  );
}
