/**
 * The background's answers (remote-matching.ts) over several requests to one matcher: what a
 * request keeps for the next (inner names encoded per mention text, a stamp per entry) changes
 * no answer, each request names every entry it uses, and the kept inner names stay bounded.
 * remote-finder.test.ts checks the answers against the local matcher's mentions.
 */
import { describe, expect, it } from 'vitest';
import { findRemoteMentions, innerCacheSize } from '../../../utils/background/remote-matching';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { innerSpans } from '../../../utils/match/nested';
import { FOUND_INNER_FIELDS, FOUND_MENTION_FIELDS } from '../../../utils/messaging/protocol';
import { bundled } from '../cache/fixtures';

const TEXTS = [
  'Talks on China–Kazakhstan relations in Almaty; China and Kazakhstan met.',
  'the Ministry of Foreign Affairs of China said; President Xi spoke, Xi’an is a city',
  'the Political Bureau of the CPC Central Committee met in Beijing',
  'وانغ يي met Murat Nurtleu; 王毅 и Ван И в Пекине.',
];

/** A matcher of its own: what the requests keep is per matcher. */
const fresh = () => createMatcher(buildLexicon(bundled.entries));

/** Each mention's text and inner names as (text, entry id) pairs, read off an answer. */
function read(texts: readonly string[], found: ReturnType<typeof findRemoteMentions>) {
  return found.texts.map((flat, t) => {
    const out: string[] = [];
    for (let i = 0; i < flat.length;) {
      const [start, end, entry, , , , count] = flat.slice(i, (i += FOUND_MENTION_FIELDS));
      const text = texts[t]!.slice(start, end);
      out.push(`${text} ${found.ids[entry!]}`);
      for (let k = 0; k < count!; k++, i += FOUND_INNER_FIELDS) {
        const [s, e, innerEntry] = flat.slice(i, i + FOUND_INNER_FIELDS);
        out.push(`  ${text.slice(s, e)} ${found.ids[innerEntry!]}`);
      }
    }
    return out;
  });
}

describe('findRemoteMentions over several requests', () => {
  it('answers a text the same the first time and later, inner names included', () => {
    const matcher = fresh();
    const first = findRemoteMentions(matcher, TEXTS, true);
    const again = findRemoteMentions(matcher, [...TEXTS].reverse(), true);
    expect(again.texts).toEqual([...first.texts].reverse());
    expect(again.ids).toEqual(first.ids);
    const described = read(TEXTS, first);
    expect(described[0]).toContain('  China china');
    expect(described[0]).toContain('  Kazakhstan kazakhstan');
  });

  it('lists inner names as the matcher finds them in the mention text', () => {
    const matcher = fresh();
    findRemoteMentions(matcher, TEXTS, true);
    const [flat] = findRemoteMentions(matcher, [TEXTS[0]!], true).texts;
    const [start, end, entry, , , , count] = flat!.slice(0, FOUND_MENTION_FIELDS);
    const spans = innerSpans(TEXTS[0]!.slice(start, end), entry!, matcher);
    expect(count).toBe(spans.length);
    const inner = flat!.slice(FOUND_MENTION_FIELDS, FOUND_MENTION_FIELDS + 2 * FOUND_INNER_FIELDS);
    expect(inner.filter((_, k) => k % FOUND_INNER_FIELDS === 0)).toEqual(spans.map((s) => s.start));
  });

  it('names in each answer every entry it uses, also those an earlier request named', () => {
    const matcher = fresh();
    findRemoteMentions(matcher, ['China and Almaty'], false);
    const later = findRemoteMentions(matcher, ['Almaty, then China'], false);
    expect(Object.values(later.ids).sort()).toEqual(['almaty', 'china']);
    const none = findRemoteMentions(matcher, ['nothing here'], false);
    expect(none.ids).toEqual({});
  });

  it('keeps at most the limit of mention texts, and answers the same past it', () => {
    const matcher = fresh();
    const unbounded = findRemoteMentions(fresh(), TEXTS, true);
    for (let round = 0; round < 2; round++) {
      const bounded = findRemoteMentions(matcher, TEXTS, true, 2);
      expect(bounded).toEqual(unbounded);
      expect(innerCacheSize(matcher)).toBeLessThanOrEqual(2);
      expect(innerCacheSize(matcher)).toBeGreaterThan(0);
    }
  });
});
