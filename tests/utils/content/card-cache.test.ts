import { describe, expect, it, vi } from 'vitest';
import { createCardCache } from '../../../utils/content/card-cache';
import type { CardData } from '../../../utils/messaging/protocol';

const card = (id: string) => ({ entry: { id }, sources: {}, related: [] }) as unknown as CardData;

describe('card cache', () => {
  it('asks the background once per entry while the data is unchanged', async () => {
    const ask = vi.fn(async (id: string) => card(id));
    const cards = createCardCache(ask);
    await Promise.all([cards.load('wang-yi'), cards.load('wang-yi'), cards.load('almaty')]);
    await cards.load('wang-yi');
    expect(ask.mock.calls.map(([id]) => id)).toEqual(['wang-yi', 'almaty']);
  });

  it('forgets a failed request, so the next hover asks again', async () => {
    const ask = vi
      .fn()
      .mockRejectedValueOnce(new Error('worker asleep'))
      .mockResolvedValue(card('x'));
    const cards = createCardCache(ask);
    await expect(cards.load('x')).rejects.toThrow('worker asleep');
    expect(await cards.load('x')).toEqual(card('x'));
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks again after clear (the import changed)', async () => {
    const ask = vi.fn(async (id: string) => card(id));
    const cards = createCardCache(ask);
    await cards.load('x');
    cards.clear();
    await cards.load('x');
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
