import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runContentScript, type ContentLifetime } from '../../../utils/content/content-script';
import type { CardProps } from '../../../utils/content/card-renderer';
import { findRemoteMentions } from '../../../utils/background/remote-matching';
import { buildLexicon, lexiconToJSON } from '../../../utils/match/lexicon';
import { packEntryTypes } from '../../../utils/messaging/entry-types';
import { createMatcher } from '../../../utils/match/matcher';
import { findPageDate } from '../../../utils/page-date/find-page-date';
import { askBackground } from '../../../utils/messaging/request';
import { updateSettings } from '../../../utils/settings/settings-store';
import { bundled } from '../cache/fixtures';

vi.mock('../../../utils/messaging/request', () => ({ askBackground: vi.fn() }));

/** The background's answers, from the test knowledge base. */
function answerAsBackground() {
  vi.mocked(askBackground).mockImplementation(async (request) => {
    if (request.type === 'getLexicon') {
      return {
        lexicon: lexiconToJSON(buildLexicon(bundled.entries, { dataVersion: 'base' })),
        dataVersion: 'base',
        types: bundled.entries.map((entry) => entry.type),
        cardMessages: { ar: {}, en: {}, zh: {}, ru: {} },
      };
    }
    if (request.type === 'getCard') {
      const entry = bundled.entries.find((e) => e.id === request.id);
      return entry ? { entry, sources: {}, related: [] } : null;
    }
    throw new Error(`unexpected ${request.type}`);
  });
}

/** WXT's context, reduced to what the content script uses, with an invalidate() for the test. */
function fakeLifetime(): ContentLifetime & { invalidate(): void } {
  const callbacks: (() => void)[] = [];
  const timers = new Set<number>();
  let invalid = false;
  // Like WXT's context: its timers die with it, so nothing runs after the test.
  const later = (callback: () => void, ms: number) => {
    const handle: number = window.setTimeout(() => {
      timers.delete(handle);
      callback();
    }, ms);
    timers.add(handle);
    return handle;
  };
  return {
    get isInvalid() {
      return invalid;
    },
    setTimeout: later,
    requestAnimationFrame: (callback) => later(() => callback(0), 0),
    onInvalidated: (callback) => void callbacks.push(callback),
    invalidate: () => {
      invalid = true;
      callbacks.forEach((c) => c());
      timers.forEach((handle) => window.clearTimeout(handle));
      timers.clear();
    },
  };
}

/** Sends a tab request as the popup would, and resolves with the content script's answer. */
function askTab(message: unknown): Promise<unknown> {
  const deliver = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown;
  return new Promise((resolve) => void deliver(message, { id: fakeBrowser.runtime.id }, resolve));
}

const renders: CardProps[] = [];
const renderer = {
  css: '.qarina-test-card{}',
  render: (props: CardProps) => void renders.push(props),
};
/** The card's code as card.js would hand it over (the page-date reader is the real one). */
const card = () => Promise.resolve({ ...renderer, findPageDate });
let ctx: ReturnType<typeof fakeLifetime>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(askBackground).mockReset();
  answerAsBackground();
  renders.length = 0;
  document.body.innerHTML = '<p>Wang Yi met Murat Nurtleu in Almaty.</p>';
  ctx = fakeLifetime();
});
afterEach(() => ctx.invalidate());

describe('the content script, with a renderer handed in', () => {
  it('scans the page and tells the popup what it mentions', async () => {
    await runContentScript({ ctx, card });
    await vi.waitFor(async () => {
      const answer = (await askTab({ type: 'qarina:listMentions' })) as {
        mentions: { entryId: string }[];
      };
      expect(answer.mentions.map((m) => m.entryId)).toEqual(['wang-yi', 'murat-nurtleu', 'almaty']);
    });
  });

  it('lists the names inside names for the popup, and opens a card listing both (issue 15)', async () => {
    document.body.innerHTML = '<p>Wang Yi spoke on China–Kazakhstan relations.</p>';
    await runContentScript({ ctx, card });
    await vi.waitFor(async () => {
      const answer = (await askTab({ type: 'qarina:listMentions' })) as {
        mentions: { entryId: string; firstText: string }[];
      };
      expect(answer.mentions.map((m) => [m.entryId, m.firstText])).toEqual([
        ['wang-yi', 'Wang Yi'],
        ['china-kazakhstan-relations', 'China–Kazakhstan relations'],
        ['china', 'China'],
        ['kazakhstan', 'Kazakhstan'],
      ]);
    });
    expect(await askTab({ type: 'qarina:revealMention', entryId: 'kazakhstan' })).toBe(true);
    await vi.waitFor(() => expect(renders.at(-1)?.open).toBeTruthy());
    expect(renders.at(-1)!.open).toMatchObject({
      entryId: 'china-kazakhstan-relations',
      entries: [
        { entryId: 'china-kazakhstan-relations', surface: 'China–Kazakhstan relations' },
        { entryId: 'kazakhstan', surface: 'Kazakhstan' },
      ],
    });
  });

  it('tells the popup the page’s date, read from the document when asked', async () => {
    await runContentScript({ ctx, card });
    expect(await askTab({ type: 'qarina:listMentions' })).toMatchObject({ pageDate: null });
    document.body.insertAdjacentHTML('afterbegin', '<p class="byline">By A · 25 April 2025</p>');
    expect(await askTab({ type: 'qarina:listMentions' })).toMatchObject({
      pageDate: { date: '2025-04-25', precision: 'day', from: 'dateline' },
    });
  });

  it('opens a card through the renderer it was given, in its shadow root with its style', async () => {
    await runContentScript({ ctx, card });
    await vi.waitFor(async () =>
      expect(await askTab({ type: 'qarina:revealMention', entryId: 'almaty' })).toBe(true),
    );
    const shown = renders.at(-1)!;
    expect(shown.open).toMatchObject({ entryId: 'almaty', surface: 'Almaty' });
    expect(await shown.loadCard('almaty')).toMatchObject({ entry: { id: 'almaty' } });
    const host = document.querySelector('qarina-ui')!;
    expect(host.shadowRoot!.innerHTML).toContain('.qarina-test-card{}');
  });

  it('loads the card’s code and its style once, when idle after the first scan found a mention, before any hover', async () => {
    const load = vi.fn(card);
    await runContentScript({ ctx, card: load });
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    // Its style sheet is in the host before any card opens (the first card parses no CSS).
    await vi.waitFor(() =>
      expect(document.querySelector('qarina-ui')!.shadowRoot!.innerHTML).toContain(renderer.css),
    );
    expect(renders).toEqual([]);
    await vi.waitFor(async () =>
      expect(await askTab({ type: 'qarina:revealMention', entryId: 'almaty' })).toBe(true),
    );
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('never loads the card’s code in a frame with nothing to hover', async () => {
    document.body.innerHTML = '<p>Nothing to see here.</p>';
    const load = vi.fn(card);
    await runContentScript({ ctx, card: load });
    await vi.waitFor(async () =>
      expect(await askTab({ type: 'qarina:pageInfo' })).toMatchObject({ active: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // past the idle preload's wait
    expect(load).not.toHaveBeenCalled();
  });

  it('stops where the reader pauses it, and says so', async () => {
    await runContentScript({ ctx, card });
    await updateSettings((s) => ({ ...s, pausedEverywhere: true }));
    await vi.waitFor(async () =>
      expect(await askTab({ type: 'qarina:listMentions' })).toMatchObject({
        active: false,
        mentions: [],
      }),
    );
    expect(document.querySelector('qarina-ui')).toBeNull();
  });

  it('asks for a new lexicon and new cards when the import changes', async () => {
    await runContentScript({ ctx, card });
    const lexiconAsks = () =>
      vi.mocked(askBackground).mock.calls.filter(([r]) => r.type === 'getLexicon').length;
    expect(lexiconAsks()).toBe(1);
    // With the probe that tells the background whether it may answer with typed arrays.
    expect(askBackground).toHaveBeenCalledWith({
      type: 'getLexicon',
      probe: expect.any(Uint8Array),
    });
    await fakeBrowser.storage.local.set({ importedKnowledgeBase: { version: 'imp1' } });
    await vi.waitFor(() => expect(lexiconAsks()).toBeGreaterThan(1));
  });

  it('leaves no listener behind once invalidated', async () => {
    await runContentScript({ ctx, card });
    ctx.invalidate();
    const deliver = fakeBrowser.runtime.onMessage.trigger as (
      ...args: unknown[]
    ) => Promise<unknown[]>;
    expect(
      await deliver({ type: 'qarina:pageInfo' }, { id: fakeBrowser.runtime.id }, () => {}),
    ).toEqual([]);
  });

  it('above the background’s size threshold, finds the page’s mentions through the background', async () => {
    // The background answers no lexicon, and the mentions of the texts it is sent.
    const lexicon = buildLexicon(bundled.entries, { dataVersion: 'big' });
    const matcher = createMatcher(lexicon);
    const fallback = vi.mocked(askBackground).getMockImplementation()!;
    vi.mocked(askBackground).mockImplementation(async (request) => {
      if (request.type === 'getLexicon') {
        const packedTypes = packEntryTypes(bundled.entries.map((entry) => entry.type));
        const cardMessages = { ar: {}, en: {}, zh: {}, ru: {} };
        return { dataVersion: 'big', types: [], packedTypes, cardMessages };
      }
      if (request.type === 'findMentions') {
        expect(request.dataVersion).toBe('big');
        return JSON.parse(JSON.stringify(findRemoteMentions(matcher, request.texts, true)));
      }
      return fallback(request);
    });
    document.body.innerHTML =
      '<p>Wang Yi spoke on China–Kazakhstan relations. Later Xi said no.</p>';
    await runContentScript({ ctx, card });
    await vi.waitFor(async () => {
      const answer = (await askTab({ type: 'qarina:listMentions' })) as {
        mentions: { entryId: string }[];
      };
      // The bare Xi waits for the document to name Xi Jinping otherwise: not listed.
      expect(answer.mentions.map((m) => m.entryId)).toEqual([
        'wang-yi',
        'china-kazakhstan-relations',
        'china',
        'kazakhstan',
      ]);
    });
    const finds = vi.mocked(askBackground).mock.calls.filter(([r]) => r.type === 'findMentions');
    expect(finds).toHaveLength(1);
  });

  it('starts over when the background refuses texts for a data version it no longer has', async () => {
    const lexicon = buildLexicon(bundled.entries, { dataVersion: 'big2' });
    const matcher = createMatcher(lexicon);
    const fallback = vi.mocked(askBackground).getMockImplementation()!;
    let version = 'big1'; // the frame's first lexicon; the background moves on at its first texts
    vi.mocked(askBackground).mockImplementation(async (request) => {
      if (request.type === 'getLexicon') {
        const packedTypes = packEntryTypes(bundled.entries.map((entry) => entry.type));
        const cardMessages = { ar: {}, en: {}, zh: {}, ru: {} };
        return { dataVersion: version, types: [], packedTypes, cardMessages };
      }
      if (request.type === 'findMentions') {
        if (request.dataVersion !== 'big2') {
          version = 'big2';
          throw new Error('findMentions failed');
        }
        return JSON.parse(JSON.stringify(findRemoteMentions(matcher, request.texts, true)));
      }
      return fallback(request);
    });
    document.body.innerHTML = '<p>Wang Yi spoke in Almaty.</p>';
    await runContentScript({ ctx, card });
    await vi.waitFor(async () => {
      const answer = (await askTab({ type: 'qarina:listMentions' })) as {
        mentions: { entryId: string }[];
      };
      expect(answer.mentions.map((m) => m.entryId)).toEqual(['wang-yi', 'almaty']);
    });
  });
});
