/**
 * The benchmark page's script, bundled with esbuild (IIFE) from the extension's own modules.
 * It exposes one function per measurement on `window.qarinaBench`; Node calls them with
 * `page.evaluate` and keeps the clock on this side, in the page's `performance.now()`.
 */
import { hoverCardPaint, oneFrame } from './page/card';
import { markJs, regexBaseline, surfaces, treeWalkerFloor } from './page/highlight-baselines';
import {
  adoptLexiconJson,
  buildLexiconOf,
  lexiconJsonOf,
  readStoredLexicon,
  readyFromJson,
  readyRemote,
  readySplit,
} from './page/lexicon';
import { pageDateBaselineOnce, pageDateOnce, pageDateSetUp } from './page/page-date';
import { replayRemote } from './page/remote-channel';
import { dropScanState, scanPage } from './page/scan';
import { searchBench } from './page/search';
import { parseOnce, seedOnce, wakeOnce } from './page/seed';
import { clear, load } from './page/state';

const api = {
  load,
  clear,
  surfaces: (kbName: string) => surfaces(kbName).length,
  treeWalkerFloor,
  regexBaseline,
  markJs,
  scanPage,
  replayRemote,
  dropScanState,
  buildLexiconOf,
  lexiconJsonOf,
  adoptLexiconJson,
  readyFromJson,
  readyRemote,
  readySplit,
  readStoredLexicon,
  searchBench,
  seedOnce,
  wakeOnce,
  parseOnce,
  oneFrame,
  hoverCardPaint,
  pageDateSetUp,
  pageDateOnce,
  pageDateBaselineOnce,
};

/** What Node may call in the page. */
export type BenchApi = typeof api;

(window as unknown as { qarinaBench: BenchApi }).qarinaBench = api;
