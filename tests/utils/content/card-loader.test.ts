import { describe, expect, it, vi } from 'vitest';
import {
  createCardLoader,
  importCardCode,
  loadedCard,
  registerCardCode,
  type CardCode,
} from '../../../utils/content/card-loader';

const code: CardCode = { css: '.card{}', render: () => {}, findPageDate: () => null };

describe('createCardLoader', () => {
  it('has nothing before the first need, and fetches the code once however often it is asked', async () => {
    const fetchCode = vi.fn(() => Promise.resolve(code));
    const loader = createCardLoader(fetchCode);
    expect(loader.loaded).toBeNull();
    expect(fetchCode).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(code);
    expect(b).toBe(code);
    expect(await loader.load()).toBe(code);
    expect(loader.loaded).toBe(code);
    expect(fetchCode).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next need after a failed load', async () => {
    const fetchCode = vi
      .fn<() => Promise<CardCode>>()
      .mockRejectedValueOnce(new Error('extension reloaded'))
      .mockResolvedValueOnce(code);
    const loader = createCardLoader(fetchCode);
    await expect(loader.load()).rejects.toThrow('extension reloaded');
    expect(loader.loaded).toBeNull();
    expect(await loader.load()).toBe(code);
    expect(fetchCode).toHaveBeenCalledTimes(2);
  });
});

describe('loadedCard', () => {
  it('is a loader whose code is at hand', async () => {
    const loader = loadedCard(code);
    expect(loader.loaded).toBe(code);
    expect(await loader.load()).toBe(code);
  });
});

describe('importCardCode', () => {
  it('imports card.js and returns what it registered in this world', async () => {
    const realm = {};
    const imported: string[] = [];
    const importModule = async (url: string) => {
      imported.push(url);
      registerCardCode(code, realm); // what card.js does when it runs
    };
    const url = 'chrome-extension://id/card.js';
    expect(await importCardCode(url, importModule, realm)).toBe(code);
    expect(imported).toEqual([url]);
  });

  it('fails when the script registered nothing (it ran in another world, or is not card.js)', async () => {
    await expect(importCardCode('x.js', async () => {}, {})).rejects.toThrow(
      'registered no card code',
    );
  });
});
