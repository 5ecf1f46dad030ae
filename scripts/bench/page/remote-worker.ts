/**
 * The background's stand-in for remote matching in the benchmark page (issue 18, goal 2 as
 * shipped): a dedicated worker, bundled apart from the page's script (bench-page.ts), so that
 * matching runs on a thread of its own, as the extension's background runs in a process of its
 * own. It builds its one matcher from the lexicon's JSON once (as the background does at wake,
 * untimed by the scans), then answers each request as utils/background/remote-matching.ts does:
 * the request's JSON parsed, `findRemoteMentions`, the answer serialised, as runtime messaging
 * carries JSON. Each answer says how long that took and when (absolute clock: page and worker
 * have different time origins), so that the page can tell waiting from work.
 */
import { findRemoteMentions } from '../../../utils/background/remote-matching';
import { lexiconFromJSON } from '../../../utils/match/lexicon';
import { createMatcher, type Matcher } from '../../../utils/match/matcher';

/** What the page posts: the lexicon to build from, or one findMentions request's JSON. */
export type ToWorker = { build: string } | { id: number; request: string };

/** An answer: its JSON, the worker's time on it, and when (performance.timeOrigin + now()). */
export type Answer =
  | {
      id: number;
      reply: string;
      ms: number;
      receivedAt: number;
      repliedAt: number;
      /** The worker's time parsing the request, matching, serialising the answer. */
      parseMs: number;
      matchMs: number;
      stringifyMs: number;
    }
  | { id: number; error: string };

/** What the worker posts back: its matcher's build time, or an answer. */
export type FromWorker = { built: number } | Answer;

const clock = () => performance.timeOrigin + performance.now();

/** The worker's message handler, posting through `post` (apart, so that tests can drive it). */
export function workerHandler(post: (message: FromWorker) => void): (data: ToWorker) => void {
  let matcher: Matcher | undefined;
  return (data) => {
    if ('build' in data) {
      const start = performance.now();
      matcher = createMatcher(lexiconFromJSON(JSON.parse(data.build) as Record<string, unknown>));
      return post({ built: performance.now() - start });
    }
    const receivedAt = clock();
    const start = performance.now();
    try {
      if (!matcher) throw new Error('no matcher built');
      const asked = JSON.parse(data.request) as { texts: string[]; shortForms: boolean };
      const parsed = performance.now();
      const found = findRemoteMentions(matcher, asked.texts, asked.shortForms);
      const matched = performance.now();
      const reply = JSON.stringify({ ok: true, value: found });
      const end = performance.now();
      const [parseMs, matchMs, stringifyMs] = [parsed - start, matched - parsed, end - matched];
      const ms = end - start;
      post({ id: data.id, reply, ms, receivedAt, repliedAt: clock(), parseMs, matchMs, stringifyMs }); // prettier-ignore
    } catch (error) {
      post({ id: data.id, error: String(error) });
    }
  };
}

// In the worker (a dedicated worker's scope has importScripts; a page or a test has not).
if (typeof (globalThis as { importScripts?: unknown }).importScripts === 'function') {
  const handle = workerHandler((message) => postMessage(message));
  self.onmessage = ({ data }: MessageEvent<ToWorker>) => handle(data);
}
