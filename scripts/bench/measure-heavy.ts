/**
 * The 200,000-node page (scripts/demo/hostile/heavy-nodes.html) in headless Chromium with the
 * built extension, traced over CDP: Qarina's longest task at load (the first scan), while
 * scrolling and while hovering names, tasks of Qarina's of 50 ms or more, what a pointer move
 * costs Qarina, and its start-up (its first task on a small page). Beside each, the same page
 * without the extension (its own longest task), and, when QARINA_BASELINE_BUILD names another
 * build (e.g. one of main before a change), that build measured in the same run.
 */
import type { BrowserContext } from 'playwright-core';
import { CHROME_BUILD } from '../lib/chromium';
import { startDemoServer } from '../lib/demo-server';
import { open, READY, stamp, traced } from './extension-trace';
import { median, met, ms, percentile, record, type Report } from './harness';
import type { Task } from './trace-tasks';

interface Phase {
  /** Qarina's longest part of one task, and that task's whole length. */
  qarinaMs: number;
  qarinaLong: number;
  longestTaskMs: number;
}

interface Run {
  load: Phase;
  scroll: Phase;
  hover: Phase & { moves: number; perMoveMs: number; frameP95Ms: number; frames: number };
}

function phase(tasks: Task[]): Phase {
  return {
    qarinaMs: Math.max(0, ...tasks.map((t) => t.extensionMs)),
    qarinaLong: tasks.filter((t) => t.extensionMs >= 50).length,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
  };
}

/** One load, scroll and hover of the heavy page. */
async function heavyRun(
  context: BrowserContext,
  url: string,
  extension: boolean,
  quick: boolean,
): Promise<Run> {
  const moves = quick ? 30 : 150;
  const { tasks, marks } = await traced(context, async (page) => {
    await page.goto(url);
    if (extension) await page.waitForSelector(READY, { state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(quick ? 3_000 : 20_000); // the first scan, time-sliced (~15 s)
    await stamp(page, 'bench:scroll');
    for (let i = 0; i < (quick ? 5 : 20); i++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(1_000);
    await stamp(page, 'bench:hover');
    // Over the first lines: names ("Item 3: <b>Almaty</b> …") and the text around them.
    for (let i = 0; i < moves; i++)
      await page.mouse.move(30 + ((i * 37) % 170), 20 + ((i * 13) % 760));
    await stamp(page, 'bench:end');
    await page.waitForTimeout(500);
  });
  const scrollAt = marks.get('bench:scroll') ?? Infinity;
  const hoverAt = marks.get('bench:hover') ?? Infinity;
  const hovering = tasks.filter((t) => t.start >= hoverAt);
  const frames = hovering.filter((t) => t.frameCallbackMs > 0).map((t) => t.frameCallbackMs);
  return {
    load: phase(tasks.filter((t) => t.start < scrollAt)),
    scroll: phase(tasks.filter((t) => t.start >= scrollAt && t.start < hoverAt)),
    hover: {
      ...phase(hovering),
      moves,
      perMoveMs: hovering.reduce((sum, t) => sum + t.frameCallbackMs + t.eventMs, 0) / moves,
      frameP95Ms: percentile(frames, 95),
      frames: frames.length,
    },
  };
}

/** The extension's first task on a small page (the English story), and the page's longest. */
async function startUp(
  context: BrowserContext,
  url: string,
  extension: boolean,
): Promise<{ firstMs: number; pageMs: number }> {
  const { tasks } = await traced(context, async (page) => {
    await page.goto(url);
    if (extension) await page.waitForSelector(READY, { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(1_000);
  });
  return {
    firstMs: tasks.find((t) => t.extensionMs > 0)?.extensionMs ?? NaN,
    pageMs: Math.max(0, ...tasks.map((t) => t.ms)),
  };
}

interface Build {
  name: string;
  path: string | null;
  runs: Run[];
  starts: { firstMs: number; pageMs: number }[];
}

export async function measureHeavy(report: Report, quick: boolean): Promise<void> {
  const runs = quick ? 1 : 3;
  const builds: Build[] = [
    { name: 'no extension', path: null, runs: [], starts: [] },
    ...(process.env.QARINA_BASELINE_BUILD
      ? [{ name: 'baseline build', path: process.env.QARINA_BASELINE_BUILD, runs: [], starts: [] }]
      : []),
    { name: 'this build', path: CHROME_BUILD, runs: [], starts: [] },
  ];
  const demo = await startDemoServer();
  try {
    for (let run = 0; run < runs; run++) {
      for (const build of builds) {
        const browser = await open(build.path);
        try {
          const extension = build.path !== null;
          build.runs.push(
            await heavyRun(
              browser.context,
              `${demo.url}/hostile/heavy-nodes.html`,
              extension,
              quick,
            ),
          );
          for (let i = 0; i < (quick ? 1 : 2); i++)
            build.starts.push(
              await startUp(browser.context, `${demo.url}/news-en.html`, extension),
            );
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await demo.close();
  }
  const m = (build: Build, pick: (r: Run) => number) => median(build.runs.map(pick));
  const rows: string[][] = [];
  const [none, ...withExtension] = builds as [Build, ...Build[]];
  for (const key of ['load', 'scroll', 'hover'] as const) {
    const goal = withExtension.at(-1)!;
    rows.push([
      key === 'load' ? 'load (first scan)' : key === 'scroll' ? 'scrolling' : 'hovering names',
      ms(m(none, (r) => r[key].longestTaskMs)),
      ...withExtension.map(
        (b) =>
          `${ms(m(b, (r) => r[key].qarinaMs))} (${m(b, (r) => r[key].qarinaLong)} ≥ 50 ms; task ${ms(m(b, (r) => r[key].longestTaskMs))})`,
      ),
      `< 50 ms: ${met(m(goal, (r) => r[key].qarinaMs) < 50, quick)}`,
    ]);
  }
  rows.push([
    'a pointer move (listeners + frame callbacks / moves)',
    '—',
    ...withExtension.map(
      (b) =>
        `${ms(m(b, (r) => r.hover.perMoveMs))} (p95 frame ${ms(m(b, (r) => r.hover.frameP95Ms))}, ${m(b, (r) => r.hover.frames)} frames / ${b.runs[0]!.hover.moves} moves)`,
    ),
    `< 2 ms: ${met(m(withExtension.at(-1)!, (r) => r.hover.perMoveMs) < 2, quick)}`,
  ]);
  rows.push([
    'start-up: first task on a small page (median)',
    `${ms(median(none.starts.map((s) => s.pageMs)))} (the page's longest)`,
    ...withExtension.map((b) => ms(median(b.starts.map((s) => s.firstMs)))),
    '—',
  ]);
  record(
    report,
    'heavyPage',
    {
      title: `200,000-node page: Qarina's longest task (CDP trace, median of ${runs})`,
      columns: [
        'phase',
        'no extension: longest task',
        ...withExtension.map((b) => `${b.name}: Qarina's longest`),
        'goal',
      ],
      rows,
      note:
        "Qarina's part of a task: script from the extension (with the style, layout and GC it runs into) and IntersectionObserver computation. " +
        (process.env.QARINA_BASELINE_BUILD
          ? `baseline build: ${process.env.QARINA_BASELINE_BUILD}; `
          : '') +
        `this build: ${CHROME_BUILD}.`,
    },
    builds.map(({ name, runs: r, starts }) => ({ name, runs: r, starts })),
  );
}
