import { describe, expect, it, vi } from 'vitest';
import {
  answerTabRequest,
  createTabRequestListener,
  type PageAccess,
} from '../../../utils/content/page-requests';
import { parseTabRequest } from '../../../utils/messaging/parse-tab-request';

function fakePage(): PageAccess & {
  reveal: ReturnType<typeof vi.fn>;
  navigate: ReturnType<typeof vi.fn>;
} {
  return {
    info: () => ({ url: 'https://example.com/a', lang: 'ar', active: true }),
    mentions: () => [
      { entryId: 'wang-yi', count: 3, firstText: 'وانغ يي' },
      { entryId: 'almaty', count: 2, firstText: 'ألماتي' },
    ],
    scanComplete: () => true,
    pageDate: () => ({ date: '2025-04-27', precision: 'day', from: 'dateline' }),
    reveal: vi.fn((id: string) => id === 'almaty'),
    navigate: vi.fn((direction: 'next' | 'previous') => direction === 'next'),
  };
}

describe('tab requests', () => {
  it('reads the page’s date at each request, so a same-document navigation is seen', async () => {
    let date: string | undefined = '2025-04-27';
    const page = { ...fakePage(), pageDate: () => (date ? { date, precision: 'day' as const, from: 'url' as const } : null) };
    expect(await answerTabRequest(page, { type: 'qarina:listMentions' })).toMatchObject({ pageDate: { date: '2025-04-27' } });
    date = undefined;
    expect(await answerTabRequest(page, { type: 'qarina:listMentions' })).toMatchObject({ pageDate: null });
  });

  it('lists the page’s mentions with its URL (and date)', async () => {
    const answer = await answerTabRequest(fakePage(), { type: 'qarina:listMentions' });
    expect(answer).toEqual({
      url: 'https://example.com/a',
      lang: 'ar',
      active: true,
      complete: true,
      pageDate: { date: '2025-04-27', precision: 'day', from: 'dateline' },
      mentions: [
        { entryId: 'wang-yi', count: 3, firstText: 'وانغ يي' },
        { entryId: 'almaty', count: 2, firstText: 'ألماتي' },
      ],
    });
  });

  it('reveals a mention, and says when there is none', async () => {
    const page = fakePage();
    expect(await answerTabRequest(page, { type: 'qarina:revealMention', entryId: 'almaty' })).toBe(
      true,
    );
    expect(await answerTabRequest(page, { type: 'qarina:revealMention', entryId: 'china' })).toBe(
      false,
    );
    expect(page.reveal).toHaveBeenCalledWith('almaty');
  });

  it('moves to the next or previous mention on a keyboard command', async () => {
    const page = fakePage();
    const next = parseTabRequest({ type: 'qarina:navigate', direction: 'next' })!;
    expect(next).toEqual({ type: 'qarina:navigate', direction: 'next' });
    expect(await answerTabRequest(page, next)).toBe(true);
    expect(await answerTabRequest(page, { type: 'qarina:navigate', direction: 'previous' })).toBe(
      false,
    );
    expect(page.navigate.mock.calls).toEqual([['next'], ['previous']]);
  });

  it.each([
    [null],
    [{ type: 'qarina:navigate', direction: 'sideways' }],
    ['qarina:pageInfo'],
    [{ type: 'getEntry', id: 'x' }],
    [{ type: 'qarina:revealMention' }],
    [{ type: 'qarina:revealMention', entryId: '<img src=x>' }],
  ])('refuses a malformed request: %j', (message) => {
    expect(parseTabRequest(message)).toBeUndefined();
  });

  it('answers only this extension, and leaves other messages to other listeners', async () => {
    const page = fakePage();
    const listener = createTabRequestListener(page, 'our-id');
    const reply = vi.fn();

    expect(listener({ type: 'qarina:pageInfo' }, { id: 'other-id' }, reply)).toBe(false);
    expect(listener({ type: 'getEntry', id: 'x' }, { id: 'our-id' }, reply)).toBe(false);
    expect(listener({ type: 'qarina:pageInfo' }, { id: 'our-id' }, reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith(page.info()));
    expect(reply).toHaveBeenCalledTimes(1);
  });
});
