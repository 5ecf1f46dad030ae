/**
 * Remote matching in the benchmark page (issue 18, goal 4): the content script's remote finder
 * with a stand-in for the background on the same thread, a task away each way, JSON both ways as
 * runtime messaging is. What the page's thread pays (the scanner's slices, plus serialising each
 * request and parsing each answer) and what the background pays (parsing, matching with its one
 * matcher, serialising the answer) are timed apart: in the extension the background is another
 * process, so only the first is the page's; here both share one thread, so the wall time is the
 * sum (an upper bound).
 */
import { findRemoteMentions } from '../../../utils/background/remote-matching';
import { createRemoteFinder } from '../../../utils/content/remote-finder';
import type { Matcher } from '../../../utils/match/matcher';
import type { FoundMentions } from '../../../utils/messaging/protocol';
import type { MentionFinder } from '../../../utils/page/mention-finder';

export interface ChannelStats {
  messages: number;
  /** Request and answer bytes (UTF-16 code units of their JSON). */
  chars: number;
  /** The page's share: serialising requests, parsing answers. */
  pageMs: number;
  /** The background's: parsing requests, matching, serialising answers. */
  backgroundMs: number;
}

const aTaskLater = () => new Promise((resolve) => setTimeout(resolve, 0));

export function benchRemoteFinder(matcher: Matcher, stats: ChannelStats): MentionFinder {
  return createRemoteFinder({
    ask: async (texts, shortForms) => {
      let t = performance.now();
      const request = JSON.stringify({ type: 'findMentions', dataVersion: 'bench', shortForms, texts }); // prettier-ignore
      stats.pageMs += performance.now() - t;
      stats.messages++;
      await aTaskLater();
      t = performance.now();
      const asked = JSON.parse(request) as { texts: string[]; shortForms: boolean };
      const found = findRemoteMentions(matcher, asked.texts, asked.shortForms);
      const reply = JSON.stringify({ ok: true, value: found });
      stats.backgroundMs += performance.now() - t;
      stats.chars += request.length + reply.length;
      await aTaskLater();
      t = performance.now();
      const value = (JSON.parse(reply) as { value: FoundMentions }).value;
      stats.pageMs += performance.now() - t;
      return value;
    },
  });
}
