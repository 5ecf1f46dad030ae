/**
 * The remote finder (issue 18, goal 4) against the local one: the same mentions, short forms'
 * context and names inside names, with the background's answer crossing a JSON boundary as
 * runtime messaging does; one message per scan slice; answers for changed text dropped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findRemoteMentions } from '../../../utils/background/remote-matching';
import { createRemoteFinder } from '../../../utils/content/remote-finder';
import {
  MAX_FIND_CHARS,
  MAX_FIND_TEXTS,
  type FoundMentions,
} from '../../../utils/messaging/protocol';
import { localFinder, type MentionFinder } from '../../../utils/page/mention-finder';
import type { PageMention } from '../../../utils/page/run-mentions';
import type { UnitMentions } from '../../../utils/page/unit-mentions';
import { unitRuns } from '../../../utils/page/text-runs';
import { findWith } from './finder-scan';
import { matcher } from './mentions-fixture';

/** A background reached through a fake channel: JSON both ways, answered a task later. */
function fakeBackground() {
  const asked: { texts: string[]; shortForms: boolean }[] = [];
  const ask = vi.fn(async (texts: string[], shortForms: boolean): Promise<FoundMentions> => {
    const request = JSON.parse(JSON.stringify({ texts, shortForms })) as (typeof asked)[number];
    asked.push(request);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const found = findRemoteMentions(matcher, request.texts, request.shortForms);
    return JSON.parse(JSON.stringify(found)) as FoundMentions;
  });
  return { ask, asked };
}

/** What a reader can tell of a mention and the names inside it. */
function described(finder: MentionFinder, mentions: readonly PageMention[]) {
  return mentions.map((m) => ({
    text: m.text,
    entryId: m.entryId,
    lang: m.lang,
    pattern: m.pattern,
    needsDocument: m.needsDocument,
    inner: finder.inner(m).map((i) => [i.text, i.entryId, i.depth, i.parent.text]),
  }));
}

const PAGES = [
  'Talks on China–Kazakhstan relations in Almaty.',
  'the Political Bureau of the <b>CPC Central</b> Committee met',
  'President Xi spoke; later Xi said more. Xi’an is a city.',
  'وانغ يي met Murat Nurtleu; 王毅 и Ван И в Пекине.',
  'the Ministry of Foreign Affairs of China said',
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('remote finder', () => {
  it.each(PAGES)(
    'finds what the local matcher finds, inner names and short forms too: %s',
    async (html) => {
      const local = localFinder(matcher);
      const remote = createRemoteFinder({ ask: fakeBackground().ask });
      for (const shortForms of [false, true]) {
        const here = await findWith(local, html, shortForms);
        const there = await findWith(remote, html, shortForms);
        expect(here.length).toBeGreaterThan(0);
        expect(described(remote, there)).toEqual(described(local, here));
      }
    },
  );

  it('sends the units begun in one slice in one message, and answers each its own', async () => {
    const { ask, asked } = fakeBackground();
    const finder = createRemoteFinder({ ask });
    document.body.innerHTML = '<p>China</p><p>nothing</p><p>Astana and Almaty</p>';
    const answers = [...document.querySelectorAll('p')].map((p) =>
      finder.begin(p, unitRuns(p), true),
    );
    const [a, b, c] = ((await Promise.all(answers)) as UnitMentions[]).map((r) => r.list());
    expect(ask).toHaveBeenCalledTimes(1);
    expect(asked[0]).toEqual({
      texts: ['China', 'nothing', 'Astana and Almaty'],
      shortForms: true,
    });
    expect([a, b, c].map((list) => list!.map((m) => m.text))).toEqual([
      ['China'],
      [],
      ['Astana', 'Almaty'],
    ]);
    // A later slice is another message.
    await finder.begin(document.body.firstChild!, unitRuns(document.body.firstChild!), true);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('sends a batch early when the next unit would pass its size', async () => {
    const { ask } = fakeBackground();
    const finder = createRemoteFinder({ ask, batchChars: 12 });
    document.body.innerHTML = '<p>China and</p><p>Kazakhstan</p>';
    const ps = [...document.querySelectorAll('p')];
    await Promise.all(ps.map((p) => finder.begin(p, unitRuns(p), false)));
    expect(ask.mock.calls.map(([texts]) => texts)).toEqual([['China and'], ['Kazakhstan']]);
  });

  it('sends its first message as soon as it holds firstBatchChars, then fills messages to batchChars', async () => {
    const { ask } = fakeBackground();
    const finder = createRemoteFinder({ ask, batchChars: 30, firstBatchChars: 12 });
    document.body.innerHTML = ['China and', 'Kazakhstan', 'Almaty', 'Astana']
      .map((t) => `<p>${t}</p>`)
      .join('');
    const ps = [...document.querySelectorAll('p')];
    const answers = ps.map((p) => finder.begin(p, unitRuns(p), false));
    // The first message left while the slice was still adding units, before its end.
    expect(ask.mock.calls.map(([texts]) => texts)).toEqual([['China and']]);
    await Promise.all(answers);
    expect(ask.mock.calls.map(([texts]) => texts)).toEqual([
      ['China and'],
      ['Kazakhstan', 'Almaty', 'Astana'],
    ]);
  });

  it('drops an answer for text that changed meanwhile (the change has the unit rescanned)', async () => {
    const finder = createRemoteFinder({ ask: fakeBackground().ask });
    document.body.innerHTML = '<p>Talks in Almaty</p>';
    const p = document.querySelector('p')!;
    const answer = finder.begin(p, unitRuns(p), false);
    p.firstChild!.textContent = 'Talks';
    expect(await answer).toBeNull();
  });

  it('answers null when the background keeps failing, after a few retries spaced out', async () => {
    const ask = vi.fn(async () => {
      throw new Error('the data changed');
    });
    const waits: number[] = [];
    const retryAfter = (ms: number, again: () => void) => void (waits.push(ms), again());
    const finder = createRemoteFinder({ ask, retryAfter });
    document.body.innerHTML = '<p>Almaty</p><p></p>';
    const [full, empty] = [...document.querySelectorAll('p')];
    expect(((await finder.begin(empty!, unitRuns(empty!), false)) as UnitMentions).length).toBe(0);
    expect(await finder.begin(full!, unitRuns(full!), false)).toBeNull();
    expect(ask).toHaveBeenCalledTimes(4); // nothing sent for the empty unit
    expect(waits).toEqual([250, 1000, 4000]);
  });

  it('asks a failed batch again: a worker stopped mid-request does not leave units unscanned', async () => {
    const { ask: answer } = fakeBackground();
    const ask = vi.fn(answer).mockRejectedValueOnce(new Error('worker stopped'));
    const finder = createRemoteFinder({ ask, retryAfter: (_ms, again) => again() });
    document.body.innerHTML = '<p>Talks in Almaty</p>';
    const p = document.querySelector('p')!;
    const found = ((await finder.begin(p, unitRuns(p), false)) as UnitMentions | null)?.list();
    expect(found?.map((m) => m.entryId)).toEqual(['almaty']);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('leaves out answers it cannot read (an unknown language or entry, offsets outside the text)', async () => {
    const ask = async (): Promise<FoundMentions> => ({
      texts: [
        [0, 6, 0, 0, 99, 0, 0, 0, 6, 1, 0, 1, 0, 0, 0, 60, 0, 0, 1, 0, 0, 0, 6, 0, 0, 1, 0, 0],
      ],
      ids: { 0: 'almaty' },
    });
    const finder = createRemoteFinder({ ask });
    const found = await findWith(finder, 'Almaty');
    expect(found.map((m) => [m.text, m.entryId])).toEqual([['Almaty', 'almaty']]);
  });
});

describe('remote finder: one unit past a message limit', () => {
  /** A background that checks each message against the request schema's limits. */
  function limitedBackground() {
    const sizes: { texts: number; chars: number }[] = [];
    const ask = vi.fn(async (texts: string[]): Promise<FoundMentions> => {
      const chars = texts.reduce((sum, t) => sum + t.length, 0);
      sizes.push({ texts: texts.length, chars });
      if (texts.length > MAX_FIND_TEXTS || chars > MAX_FIND_CHARS) throw new Error('refused');
      return findRemoteMentions(matcher, texts, false);
    });
    return { ask, sizes };
  }

  it('splits a unit of more runs than one message takes (lines between <br>)', async () => {
    const { ask, sizes } = limitedBackground();
    const lines = Array.from({ length: MAX_FIND_TEXTS + 5 }, (_, i) => `line ${i} Almaty`);
    const found = await findWith(createRemoteFinder({ ask }), lines.join('<br>'));
    expect(sizes.every((s) => s.texts <= MAX_FIND_TEXTS)).toBe(true);
    expect(found.map((m) => m.text)).toEqual(lines.map(() => 'Almaty'));
    expect(found.at(-1)!.startNode.data).toBe(lines.at(-1));
  });

  it('splits a unit whose runs pass the message size together', async () => {
    const { ask, sizes } = limitedBackground();
    const half = 'x '.repeat(MAX_FIND_CHARS / 4) + 'Almaty';
    const found = await findWith(createRemoteFinder({ ask }), `${half}<br>${half}`);
    expect(sizes.every((s) => s.chars <= MAX_FIND_CHARS)).toBe(true);
    expect(found.map((m) => m.text)).toEqual(['Almaty', 'Almaty']);
  });
});
