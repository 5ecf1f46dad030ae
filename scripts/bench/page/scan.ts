/**
 * Qarina's own "find + highlight": the real PageScanner (fold + match + mentions) feeding the
 * mention index and one CSS highlight through ViewportRanges, as the content script's
 * PageMentions does, timed from start until the frame after the last slice is painted (as the
 * baselines, see highlight-baselines.ts). The scheduler is wrapped to time every
 * slice (the longest is the scan's longest main-thread task), and a PerformanceObserver collects
 * the browser's own long-task entries (≥ 50 ms) meanwhile.
 */
import { createMatcher, type Matcher } from '../../../utils/match/matcher';
import { lexiconFromJSON } from '../../../utils/match/lexicon';
import { PageScanner } from '../../../utils/page/page-scanner';
import type { PageMention } from '../../../utils/page/run-mentions';
import { defaultScheduler, type Scheduler } from '../../../utils/page/scheduler';
import { paintedRange } from '../../../utils/highlight/painted-range';
import { ViewportRanges } from '../../../utils/highlight/viewport-ranges';
import { browserGeometry, placedExtent } from '../../../utils/highlight/unit-window';
import { MentionIndex } from '../../../utils/page/mention-index';
import { localFinder, type MentionFinder } from '../../../utils/page/mention-finder';
import {
  benchRemoteFinder,
  newChannelStats,
  standInFor,
  stopStandIns,
  type ChannelStats,
} from './remote-channel';
import { nextPaint } from './highlight-baselines';
import { oncePerTask } from './once-per-task';
import { kbOf, render } from './state';

/** What one scan run reports. */
export interface ScanResult {
  /** Start to completion, yields included. */
  ms: number;
  /** Time spent inside slices (CPU time of the scan). */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  mentions: number;
  /** Mentions painted (registered in the highlight: those near the viewport). */
  painted: number;
  /** Durations of the browser's long-task entries observed during the scan. */
  longTasks: number[];
  /** With remote matching: the messages and each side's share (remote-channel.ts). */
  remote?: ChannelStats;
}

const matchers = new Map<string, Matcher>();
/** The last scanner, kept with its mentions as a content script keeps it (for the heap measure). */
let kept: PageScanner | undefined;
/** The last scan's mention index (hit-testing, keyboard order), kept as a content script does. */
let keptIndex: MentionIndex | undefined;
let keptView: ViewportRanges<PageMention> | undefined;

/** The scanner of the last scan (kept alive with its mentions). */
export const keptScanner = (): PageScanner | undefined => kept;

/** The mention index of the last scan. */
export const keptMentionIndex = (): MentionIndex | undefined => keptIndex;

/** Forgets matchers and the kept scanner (the heap measure's empty baseline). */
export function dropScanState(): void {
  matchers.clear();
  stopStandIns();
  kept = undefined;
  keptIndex = undefined;
  keptView?.clear();
  keptView = undefined;
}

function lexiconJsonFor(kbName: string): string {
  const { lexiconJson } = kbOf(kbName);
  if (lexiconJson === undefined) throw new Error(`no lexicon built for ${kbName}`);
  return lexiconJson;
}

/** The content script's matcher for a knowledge base (from its lexicon JSON, cached). */
export function matcherFor(kbName: string): Matcher {
  let matcher = matchers.get(kbName);
  if (!matcher) {
    const json = JSON.parse(lexiconJsonFor(kbName)) as Record<string, unknown>;
    matcher = createMatcher(lexiconFromJSON(json));
    matchers.set(kbName, matcher);
  }
  return matcher;
}

/** Quiet time that ends the page's settling (settle below), and the most it waits. */
const SETTLED_MS = 300;
const SETTLE_LIMIT_MS = 3000;

/**
 * Waits until the freshly rendered page has run no long task for SETTLED_MS. A page makes long
 * tasks of its own after it renders, without Qarina: on the 5 MB page Chromium's anchor metrics
 * (AnchorElementMetricsSender::MaybeUpdateMetrics, 200 ms after the anchors arrive) took 50–76 ms
 * with nothing scanned (traced, 6 December), and fell inside the scan's window, where the long-task
 * measure counted it as the scan's. A content script starts on a loaded page (document_idle).
 */
async function settled(): Promise<void> {
  let last = performance.now();
  const observer = new PerformanceObserver(() => void (last = performance.now()));
  observer.observe({ type: 'longtask' });
  const until = performance.now() + SETTLE_LIMIT_MS;
  while (performance.now() - last < SETTLED_MS && performance.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
}

/**
 * Scans a fresh copy of `page` with the real PageScanner. `sliceMs` as the extension uses it
 * (default: the scanner's own, utils/page/slices.ts), or Infinity for the pure CPU time of one
 * uninterrupted pass. `remote`: matched
 * through the background's stand-in, a worker (remote-channel.ts), instead of on the page's
 * thread; the worker builds its matcher before the scan starts, as the background has one.
 * `settle`: start only once the rendered page has stopped making long tasks of its own (the
 * long-task measure: see settled).
 */
export async function scanPage(
  page: string,
  kbName: string,
  sliceMs?: number,
  remote = false,
  settle = false,
): Promise<ScanResult> {
  const channel: ChannelStats = newChannelStats();
  const finder = remote
    ? benchRemoteFinder(await standInFor(kbName, lexiconJsonFor(kbName)), channel)
    : localFinder(matcherFor(kbName));
  const root = render(page);
  // A content script starts on a page already painted: let the fresh copy paint first, untimed.
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  if (settle) await settled();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => longTasks.push(e.duration)),
  );
  observer.observe({ type: 'longtask' });
  return new Promise((resolve) => {
    let busyMs = 0;
    let longestSliceMs = 0;
    let slices = 0;
    let scanner: PageScanner | undefined = undefined;
    const start = performance.now();
    console.timeStamp('qarina:scan-start'); // trace-scan.ts's window (nothing unless traced)
    const highlight = new Highlight();
    CSS.highlights.set('qarina-bench', highlight);
    // The names inside mentions (China in «China–Kazakhstan relations»), a second highlight.
    const inner = new Highlight();
    const innerRanges = new WeakSet<AbstractRange>();
    CSS.highlights.set('qarina-bench-inner', inner);
    // As the content script paints: a unit's mentions become ranges only while it is near, each
    // with the ranges of the names inside it (utils/content/page-mentions.ts).
    const view = new ViewportRanges<PageMention>(
      {
        add: (ranges) => {
          for (const r of ranges) (innerRanges.has(r) ? inner : highlight).add(r);
        },
        remove: (ranges) => {
          for (const r of ranges) (innerRanges.has(r) ? inner : highlight).delete(r);
        },
      },
      undefined,
      (m) => {
        const names = finder.inner(m);
        if (names.length === 0) return paintedRange(m);
        const ranges = names.map((n) => paintedRange(n));
        for (const r of ranges) innerRanges.add(r);
        return [paintedRange(m), ...ranges];
      },
      undefined,
      browserGeometry(placedExtent), // as PageMentions measures a huge unit's mentions
    );
    const index = new MentionIndex();
    let found = 0;
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      scanner!.stop();
      // Done when the last highlights are on screen, as the baselines are timed (nextPaint).
      await nextPaint();
      const ms = performance.now() - start;
      console.timeStamp('qarina:scan-painted');
      channel.firstRequestMs = channel.firstSentAt - start;
      channel.afterLastAnswerMs = start + ms - channel.lastAnswerAt;
      keptIndex = index;
      keptView?.clear();
      keptView = view;
      // Long-task entries are delivered after the task ends: collect them a moment later.
      setTimeout(() => {
        observer.disconnect();
        resolve({
          ms,
          busyMs,
          longestSliceMs,
          slices,
          mentions: found,
          painted: highlight.size,
          longTasks,
          ...(remote ? { remote: channel } : {}),
        });
      }, 100);
    };
    const scheduler: Scheduler = {
      now: defaultScheduler.now,
      schedule(task, delayMs) {
        return defaultScheduler.schedule(() => {
          const sliceStart = performance.now();
          task();
          const sliceMsTaken = performance.now() - sliceStart;
          busyMs += sliceMsTaken;
          longestSliceMs = Math.max(longestSliceMs, sliceMsTaken);
          slices++;
          if (scanner!.idle) void finish();
        }, delayMs);
      },
    };
    // An answer can complete the scan outside any slice: check once the scanner has applied it,
    // in one task after the answer's (oncePerTask: not a timer per unit).
    const checkSoon = oncePerTask(() => scanner?.idle && void finish());
    const checked: MentionFinder = {
      ...finder,
      begin(unit, runs, shortForms) {
        const job = finder.begin(unit, runs, shortForms);
        if (job instanceof Promise) void job.finally(checkSoon);
        return job;
      },
    };
    scanner = new PageScanner(root, {
      finder: checked,
      scheduler,
      ...(sliceMs === undefined ? {} : { sliceMs }),
      // As the content script does (PageMentions): every mention is indexed for hit-testing and
      // keyboard order, and only units near the viewport are painted (see
      // utils/highlight/viewport-ranges.ts for why); `added` is the unit's full new list.
      onMentions: ({ unit, added }) => {
        found += added.length;
        index.setUnit(unit, added.length > 0 ? added : null);
        view.set(unit, added);
      },
    });
    kept = scanner;
    scanner.start();
  });
}
