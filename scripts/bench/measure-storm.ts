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
  /** Mutations the page made, and the time its own bursts took. */
  mutations: number;
  pageBusyMs: number;
}

/** Starts the storm once the page (and Qarina) is ready; counts its frames until it ends. */
async function storm(
  page: Page,
): Promise<{ frames: number; mutations: number; pageBusyMs: number }> {
  await stamp(page, 'bench:storm');
  // A string, not a function: tsx would name the inner callback with a helper the page lacks.
  const result = await page.evaluate<{
    frames: number;
    mutations: number;
    pageBusyMs: number;
  }>(`new Promise((resolve) => {
    let frames = 0;
    function frame() {
      if (window.__stormDone)
        resolve({ frames, mutations: window.__stormMutations, pageBusyMs: window.__stormBusyMs });
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
    let counts = { frames: 0, mutations: 0, pageBusyMs: 0 };
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

/** The storm as fast as the page can (4 ms bursts), and a fixed amount of work a task. */
const SCENARIOS = [
  { label: 'as many mutations as 4 ms a task allow', hash: '#on-demand' },
  { label: '200 mutations a task (fixed work)', hash: '#on-demand&per-task=200' },
];

export async function measureStorm(report: Report, quick: boolean): Promise<void> {
  const runs = quick ? 1 : 3;
  const demo = await startDemoServer();
  const rows: string[][] = [];
  const figures: unknown[] = [];
  try {
    for (const scenario of quick ? SCENARIOS.slice(0, 1) : SCENARIOS) {
      const url = `${demo.url}/hostile/storm.html${scenario.hash}`;
      const alone: StormRun[] = [];
      const withQarina: StormRun[] = [];
      // Alternated, so that the machine's load falls on both alike.
      for (let i = 0; i < runs; i++) {
        alone.push(await stormRun(url, null));
        withQarina.push(await stormRun(url, CHROME_BUILD));
      }
      rows.push(...scenarioRows(scenario.label, alone, withQarina, quick));
      figures.push({ scenario: scenario.label, alone, withQarina });
    }
  } finally {
    await demo.close();
  }
  record(
    report,
    'mutationStorm',
    {
      title: `A 10-second mutation storm (hostile/storm.html), with and without Qarina (CDP trace, median of ${runs})`,
      columns: ['storm', 'measure', 'page alone', 'with Qarina', 'each run (with Qarina)', 'goal'],
      rows,
      note:
        "Qarina's CPU: the extension's part of every task between the storm's start and end (its script with the style, layout and GC it runs into, and IntersectionObserver computation). " +
        "The page's own time: its bursts' script (mutations, and what observers and live ranges add to each). " +
        `this build: ${CHROME_BUILD}.`,
    },
    figures,
  );
}

function scenarioRows(
  label: string,
  alone: StormRun[],
  withQarina: StormRun[],
  quick: boolean,
): string[][] {
  const m = (list: StormRun[], pick: (r: StormRun) => number) => median(list.map(pick));
  const share = (r: StormRun) => r.qarinaMs / r.stormMs;
  const perThousand = (r: StormRun) => (1000 * r.qarinaMs) / r.mutations;
  const pagePerThousand = (r: StormRun) => (1000 * r.pageBusyMs) / r.mutations;
  const fps = (list: StormRun[]) => m(list, (r) => (1000 * r.frames) / r.stormMs);
  const each = (pick: (r: StormRun) => string) => withQarina.map(pick).join(' · ');
  return [
    [
      label,
      "Qarina's CPU",
      '—',
      `${(100 * m(withQarina, share)).toFixed(1)} % of a core; ${ms(m(withQarina, perThousand))} per 1,000 mutations`,
      each((r) => `${(100 * share(r)).toFixed(1)} %`),
      '—',
    ],
    [
      '',
      "Qarina's longest part of one task",
      '—',
      ms(m(withQarina, (r) => r.qarinaLongestMs)),
      each((r) => ms(r.qarinaLongestMs)),
      `< 50 ms: ${met(Math.max(...withQarina.map((r) => r.qarinaLongestMs)) < 50, quick)}`,
    ],
    [
      '',
      "the page's own time per 1,000 mutations",
      ms(m(alone, pagePerThousand)),
      ms(m(withQarina, pagePerThousand)),
      each((r) => ms(pagePerThousand(r))),
      '—',
    ],
    [
      '',
      "the page's mutations · frames a second",
      `${m(alone, (r) => r.mutations).toLocaleString('en')} · ${fps(alone).toFixed(1)}`,
      `${m(withQarina, (r) => r.mutations).toLocaleString('en')} · ${fps(withQarina).toFixed(1)}`,
      each((r) => r.mutations.toLocaleString('en')),
      '—',
    ],
  ];
}
