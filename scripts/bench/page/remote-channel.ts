/**
 * Remote matching in the benchmark page (issue 18, goals 2 and 4): the content script's remote
 * finder, with the background's stand-in in a dedicated worker (remote-worker.ts), a thread of
 * its own as the extension's background is a process of its own. JSON both ways, as runtime
 * messaging: the page serialises each request and parses each answer, the worker parses the
 * request, matches with its one matcher and serialises the answer. Until 6 December the stand-in
 * ran on the page's thread, so a remote scan's wall time was page + background (an upper bound,
 * and as noisy as a shared thread); now the two overlap as in the extension.
 *
 * Timed apart: the page's share (serialising, posting, parsing), the worker's (parsing, matching,
 * serialising), and the waits between them: a request queued behind earlier ones in the worker,
 * an answer queued behind the page's slices.
 */
import { createRemoteFinder } from '../../../utils/content/remote-finder';
import type { FoundMentions } from '../../../utils/messaging/protocol';
import type { MentionFinder } from '../../../utils/page/mention-finder';
import type { Answer, FromWorker, ToWorker } from './remote-worker';

/** Where bench-page.ts serves the worker's bundle. */
export const REMOTE_WORKER_PATH = '/remote-worker.js';

export interface ChannelStats {
  messages: number;
  /** Request and answer bytes (UTF-16 code units of their JSON). */
  chars: number;
  /** The page's share: serialising and posting requests, parsing answers. */
  pageMs: number;
  /**
   * The page applying answers: from each answer parsed to the next task, overlaps counted once
   * (the finder making the units' mentions and the scanner handing them on, microtasks of the
   * answer's task; a task queued meanwhile counts too, so an upper bound).
   */
  applyMs: number;
  /** The background's (the worker's): parsing requests, matching, serialising answers. */
  backgroundMs: number;
  /** The worker's matcher build, before the scan (the background builds once, at wake). */
  workerBuildMs: number;
  /** Summed over requests: from posting to the worker starting on it (behind earlier ones). */
  toWorkerMs: number;
  /** Summed over answers: from the worker posting it to the page handling it (behind slices). */
  toPageMs: number;
  /** From the scan's start to the first request posted (set by scan.ts). */
  firstRequestMs: number;
  /** From the last answer parsed to the scan's end, its paint included (set by scan.ts). */
  afterLastAnswerMs: number;
  /** Page clock (performance.now) of the first request and of the last answer. */
  firstSentAt: number;
  lastAnswerAt: number;
  /** Each request's way, page clock (timeline-remote.ts: who waits for whom). */
  timeline: RequestTimes[];
}

/**
 * One request, in page milliseconds since the page's time origin: sent, the worker's start and
 * end (its clock moved to the page's by the two time origins), the answer handled and parsed.
 */
export interface RequestTimes {
  texts: number;
  chars: number;
  answerChars: number;
  sent: number;
  workerStart: number;
  workerEnd: number;
  arrived: number;
  parsed: number;
  /** The page serialising the request; the worker parsing, matching, serialising. */
  stringifyMs: number;
  workerParseMs: number;
  matchMs: number;
  workerStringifyMs: number;
}

export const newChannelStats = (): ChannelStats => ({
  messages: 0,
  chars: 0,
  pageMs: 0,
  applyMs: 0,
  backgroundMs: 0,
  workerBuildMs: NaN,
  toWorkerMs: 0,
  toPageMs: 0,
  firstRequestMs: 0,
  afterLastAnswerMs: 0,
  firstSentAt: NaN,
  lastAnswerAt: NaN,
  timeline: [],
});

/** A worker with its matcher built, and the requests it has not answered yet. */
export interface StandIn {
  worker: Worker;
  /** The worker's matcher build (untimed by the scans: the background builds once, at wake). */
  buildMs: number;
  waiting: Map<number, (answer: Answer) => void>;
  next: number;
}

const clock = () => performance.timeOrigin + performance.now();

/** Runs `then` in a new task (a message: no timer clamping), after this task's microtasks. */
function afterThisTask(then: () => void): void {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    then();
  };
  port2.postMessage(null);
}
const standIns = new Map<string, { json: string; ready: Promise<StandIn> }>();

/** The stand-in for a knowledge base's lexicon JSON: started and built once, then kept. */
export function standInFor(kbName: string, lexiconJson: string): Promise<StandIn> {
  const known = standIns.get(kbName);
  if (known && known.json === lexiconJson) return known.ready;
  known?.ready.then(
    (s) => s.worker.terminate(),
    () => {},
  );
  const worker = new Worker(REMOTE_WORKER_PATH);
  const ready = new Promise<StandIn>((resolve, reject) => {
    const standIn: StandIn = { worker, buildMs: NaN, waiting: new Map(), next: 0 };
    worker.onerror = (event) => reject(new Error(`remote worker: ${event.message}`));
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if ('built' in data) return void resolve(Object.assign(standIn, { buildMs: data.built }));
      standIn.waiting.get(data.id)?.(data);
      standIn.waiting.delete(data.id);
    };
    worker.postMessage({ build: lexiconJson } satisfies ToWorker);
  });
  standIns.set(kbName, { json: lexiconJson, ready });
  return ready;
}

/** Ends every stand-in worker (their matchers are large: 100k entries, hundreds of MB). */
export function stopStandIns(): void {
  for (const { ready } of standIns.values())
    ready.then(
      (s) => s.worker.terminate(),
      () => {},
    );
  standIns.clear();
}

/** The remote finder of a scan, asking the stand-in and counting into `stats`. */
export function benchRemoteFinder(standIn: StandIn, stats: ChannelStats): MentionFinder {
  return createRemoteFinder({ ask: benchAsk(standIn, stats) });
}

/** The last scan's requests (a new scan starts a new list): replayed by replayRemote. */
let lastRequests: { standIn: StandIn; sent: [string[], boolean][] } | undefined;

/**
 * The last remote scan's requests sent again to its worker with the page idle: all at once, or
 * each after the previous answer. What the worker's matching costs without the page's scan on the
 * other core (timeline-remote.ts). Resolves to the wall time and the worker's summed time.
 */
export async function replayRemote(allAtOnce: boolean): Promise<{ ms: number; worker: number }> {
  if (!lastRequests) throw new Error('no remote scan yet');
  const stats = newChannelStats();
  const ask = benchAsk(lastRequests.standIn, stats, false);
  const start = performance.now();
  if (allAtOnce) await Promise.all(lastRequests.sent.map(([texts, short]) => ask(texts, short)));
  else for (const [texts, short] of lastRequests.sent) await ask(texts, short);
  return { ms: performance.now() - start, worker: stats.backgroundMs };
}

/** Sends texts to the stand-in as runtime messaging would (JSON both ways), timing each side. */
export function benchAsk(
  standIn: StandIn,
  stats: ChannelStats,
  record = true,
): (texts: string[], shortForms: boolean) => Promise<FoundMentions> {
  stats.workerBuildMs = standIn.buildMs;
  let applyUntil = -Infinity;
  if (record) lastRequests = { standIn, sent: [] };
  const recorded = lastRequests;
  return async (texts, shortForms) => {
    if (record) recorded?.sent.push([texts, shortForms]);
    const t = performance.now();
    const request = JSON.stringify({ type: 'findMentions', dataVersion: 'bench', shortForms, texts }); // prettier-ignore
    const id = standIn.next++;
    const answered = new Promise<Answer>((done) => standIn.waiting.set(id, done));
    const sentAt = clock();
    const stringifyMs = sentAt - performance.timeOrigin - t;
    standIn.worker.postMessage({ id, request } satisfies ToWorker);
    stats.pageMs += performance.now() - t;
    if (stats.messages++ === 0) stats.firstSentAt = t;
    const answer = await answered;
    const arrivedAt = clock();
    if ('error' in answer) throw new Error(answer.error);
    const parseStart = performance.now();
    const value = (JSON.parse(answer.reply) as { value: FoundMentions }).value;
    const parsed = (stats.lastAnswerAt = performance.now());
    stats.pageMs += parsed - parseStart;
    afterThisTask(() => {
      // Answers queued together overlap: count the page's time in them once.
      const end = performance.now();
      stats.applyMs += Math.max(0, end - Math.max(parsed, applyUntil));
      applyUntil = Math.max(applyUntil, end);
    });
    stats.backgroundMs += answer.ms;
    stats.toWorkerMs += answer.receivedAt - sentAt;
    stats.toPageMs += arrivedAt - answer.repliedAt;
    stats.chars += request.length + answer.reply.length;
    const page = (at: number) => at - performance.timeOrigin;
    stats.timeline.push({
      texts: texts.length,
      chars: texts.reduce((sum, text) => sum + text.length, 0),
      answerChars: answer.reply.length,
      sent: page(sentAt),
      workerStart: page(answer.receivedAt),
      workerEnd: page(answer.repliedAt),
      arrived: page(arrivedAt),
      parsed,
      stringifyMs,
      workerParseMs: answer.parseMs,
      matchMs: answer.matchMs,
      workerStringifyMs: answer.stringifyMs,
    });
    return value;
  };
}
