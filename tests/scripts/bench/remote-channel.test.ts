/**
 * The bench page's remote-matching channel (scripts/bench/page/remote-channel.ts) with its
 * background stand-in (remote-worker.ts) behind a fake Worker that runs the worker's own handler
 * a task away: the matcher is built once per lexicon before any request, answers are the
 * background's own (findRemoteMentions) after JSON both ways, each request gets its own answer
 * when the worker answers out of order, a failed request rejects, and each side's time and the
 * waits between them are counted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findRemoteMentions } from '../../../utils/background/remote-matching';
import { buildLexicon, lexiconToJSON } from '../../../utils/match/lexicon';
import {
  benchAsk,
  newChannelStats,
  REMOTE_WORKER_PATH,
  standInFor,
  stopStandIns,
} from '../../../scripts/bench/page/remote-channel';
import {
  workerHandler,
  type FromWorker,
  type ToWorker,
} from '../../../scripts/bench/page/remote-worker';
import { bundled } from '../../utils/cache/fixtures';
import { matcher } from '../../utils/content/mentions-fixture';

const lexiconJson = JSON.stringify(lexiconToJSON(buildLexicon(bundled.entries)));
const TEXTS = ['Talks on China–Kazakhstan relations in Almaty.', 'President Xi spoke.', 'none'];

/** Workers made, and the requests each received. */
const made: FakeWorker[] = [];

/** Runs remote-worker.ts's handler a task after each message; `reverse` answers pairs backwards. */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ToWorker[] = [];
  terminated = false;
  reverse = false;
  private held: ToWorker[] = [];
  private handle = workerHandler((data) => this.onmessage?.({ data } as MessageEvent<FromWorker>));

  constructor(readonly url: string) {
    made.push(this);
  }

  postMessage(data: ToWorker) {
    this.received.push(data);
    if (this.reverse && 'id' in data) {
      this.held.push(data);
      if (this.held.length < 2) return;
      const pair = this.held.splice(0).reverse();
      return void setTimeout(() => pair.forEach((d) => this.handle(d)), 0);
    }
    setTimeout(() => this.handle(data), 0);
  }

  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  made.length = 0;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  stopStandIns();
  vi.unstubAllGlobals();
});

describe('bench remote channel', () => {
  it('builds the worker matcher once per lexicon, before any request, and answers as the background does', async () => {
    const standIn = await standInFor('bundled', lexiconJson);
    expect(await standInFor('bundled', lexiconJson)).toBe(standIn);
    expect(made).toHaveLength(1);
    expect(made[0]!.url).toBe(REMOTE_WORKER_PATH);
    expect(made[0]!.received).toEqual([{ build: lexiconJson }]);
    expect(standIn.buildMs).toBeGreaterThanOrEqual(0);

    const stats = newChannelStats();
    const found = await benchAsk(standIn, stats)(TEXTS, true);
    expect(found).toEqual(
      JSON.parse(JSON.stringify(findRemoteMentions(matcher, TEXTS, true))) as unknown,
    );
    expect(found.texts[0]!.length).toBeGreaterThan(0);
    const request = made[0]!.received[1] as { id: number; request: string };
    expect(JSON.parse(request.request)).toMatchObject({ type: 'findMentions', texts: TEXTS });
    expect(stats.messages).toBe(1);
    expect(stats.chars).toBeGreaterThan(request.request.length);
    expect(stats.workerBuildMs).toBe(standIn.buildMs);
    for (const key of ['pageMs', 'backgroundMs', 'toWorkerMs', 'toPageMs'] as const)
      expect(stats[key]).toBeGreaterThanOrEqual(0);
    expect(stats.lastAnswerAt).toBeGreaterThanOrEqual(stats.firstSentAt);
  });

  it('counts the page applying an answer: the work after it is parsed, to the next task', async () => {
    const standIn = await standInFor('bundled', lexiconJson);
    const stats = newChannelStats();
    await benchAsk(standIn, stats)(TEXTS, true);
    // What the finder and the scanner do with the answer, in the same task.
    const busyUntil = performance.now() + 20;
    while (performance.now() < busyUntil);
    expect(stats.applyMs).toBe(0);
    await vi.waitFor(() => expect(stats.applyMs).toBeGreaterThanOrEqual(20));
  });

  it('a new lexicon gets a new worker and the old one is ended', async () => {
    await standInFor('bundled', lexiconJson);
    await standInFor('bundled', `${lexiconJson} `);
    expect(made).toHaveLength(2);
    expect(made[0]!.terminated).toBe(true);
    stopStandIns();
    await Promise.resolve();
    expect(made[1]!.terminated).toBe(true);
  });

  it('gives each request its own answer when the worker answers out of order', async () => {
    const standIn = await standInFor('bundled', lexiconJson);
    made[0]!.reverse = true;
    const ask = benchAsk(standIn, newChannelStats());
    const [a, b] = await Promise.all([ask([TEXTS[0]!], false), ask([TEXTS[1]!], false)]);
    expect(a).toEqual(findRemoteMentions(matcher, [TEXTS[0]!], false));
    expect(b).toEqual(findRemoteMentions(matcher, [TEXTS[1]!], false));
  });

  it('rejects a request the worker failed to answer', async () => {
    const standIn = await standInFor('bundled', lexiconJson);
    standIn.worker.postMessage = (data: ToWorker) =>
      'id' in data && setTimeout(() => standIn.waiting.get(data.id)?.({ id: data.id, error: 'x' }));
    await expect(benchAsk(standIn, newChannelStats())(TEXTS, false)).rejects.toThrow('x');
  });
});
