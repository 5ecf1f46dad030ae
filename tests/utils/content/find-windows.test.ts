/**
 * Runs longer than one findMentions message (a 10 MB text node) go in overlapping windows, and
 * the answers merge into what the whole run would give: each mention once, offsets in the run.
 * The limits are injected small (a message of 150–260 code units, margins of 40).
 */
import { describe, expect, it, vi } from 'vitest';
import { findRemoteMentions } from '../../../utils/background/remote-matching';
import { windowedAsk } from '../../../utils/content/find-windows';
import { createRemoteFinder } from '../../../utils/content/remote-finder';
import type { FoundMentions } from '../../../utils/messaging/protocol';
import { localFinder } from '../../../utils/page/mention-finder';
import { findWith } from './finder-scan';
import { matcher } from './mentions-fixture';

const SENTENCES = [
  'Talks on China–Kazakhstan relations in Almaty. ',
  'وانغ يي met Murat Nurtleu; 王毅 и Ван И в Пекине. ',
  'President Xi spoke; later Xi said more. ',
  'the Ministry of Foreign Affairs of China said ',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ',
];
/** About 3,500 code units: names fall on every offset of a window's edges over the sizes tried. */
const LONG = Array.from({ length: 14 }, (_, i) => SENTENCES.slice(i % 5).join('')).join('');

/** The background's answer, with the size of every message it was asked. */
function background(maxChars: number) {
  const sizes: number[] = [];
  const ask = vi.fn(async (texts: string[], shortForms: boolean): Promise<FoundMentions> => {
    const chars = texts.reduce((sum, t) => sum + t.length, 0);
    sizes.push(chars);
    if (chars > maxChars) throw new Error('refused: too long');
    const found = findRemoteMentions(matcher, texts, shortForms);
    return JSON.parse(JSON.stringify(found)) as FoundMentions;
  });
  return { ask, sizes };
}

describe('find windows (a run longer than a message)', () => {
  it('merges the windows into the whole text answer, every message within the limit', async () => {
    const whole = findRemoteMentions(matcher, [LONG, 'Almaty'], true);
    expect(whole.texts[0]!.length).toBeGreaterThan(200);
    for (let maxChars = 150; maxChars <= 260; maxChars += 3) {
      const { ask, sizes } = background(maxChars);
      const found = await windowedAsk(ask, maxChars, 40)([LONG, 'Almaty'], true, 0);
      expect(found.texts).toEqual(whole.texts);
      expect(sizes.every((chars) => chars <= maxChars)).toBe(true);
      expect(sizes.length).toBeGreaterThan(LONG.length / maxChars);
    }
  });

  it('sends texts within the limit as they are, in one message', async () => {
    const { ask } = background(100);
    await windowedAsk(ask, 100, 40)(['Almaty', 'China'], false, 2);
    expect(ask.mock.calls).toEqual([[['Almaty', 'China'], false, 2]]);
  });

  it('refuses margins that leave a window no core', () => {
    expect(() => windowedAsk(background(80).ask, 80, 40)).toThrow(RangeError);
  });

  it('has the remote finder find the mentions of a run longer than a message (was: none)', async () => {
    const { ask, sizes } = background(200);
    const remote = await findWith(createRemoteFinder({ ask, maxChars: 200 }), LONG, true);
    const local = await findWith(localFinder(matcher), LONG, true);
    const seen = (list: typeof local) => list.map((m) => [m.text, m.entryId, m.startOffset]);
    expect(remote.length).toBeGreaterThan(50);
    expect(seen(remote)).toEqual(seen(local));
    expect(sizes.every((chars) => chars <= 200)).toBe(true);
  });
});
