import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  extensionBuildId,
  noLexiconCache,
  openLexiconCache,
  type StoredLexicon,
} from '../../../utils/background/lexicon-cache';

const PAYLOAD: StoredLexicon = { lexicon: { format: 2, fail: ['u8', 'AAE='] }, types: ['person'] };
let dbCount = 0;
const freshCache = () => openLexiconCache(`lexicon-test-${++dbCount}`);

describe('lexicon cache', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers the stored payload for its key only', async () => {
    const cache = freshCache();
    expect(await cache.get('k1')).toBeUndefined();
    await cache.put('k1', PAYLOAD);
    expect(await cache.get('k1')).toEqual(PAYLOAD);
    expect(await cache.get('k2')).toBeUndefined();
  });

  it('keeps one payload: the latest replaces the others', async () => {
    const cache = freshCache();
    await cache.put('k1', PAYLOAD);
    await cache.put('k2', { ...PAYLOAD, types: ['place'] });
    expect(await cache.get('k1')).toBeUndefined();
    expect((await cache.get('k2'))?.types).toEqual(['place']);
  });

  it('neither rejects nor answers when IndexedDB fails', async () => {
    const cache = freshCache();
    await cache.put('k1', PAYLOAD);
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('no IndexedDB here', 'InvalidStateError');
      },
    });
    await expect(cache.put('k1', PAYLOAD)).resolves.toBeUndefined();
    await expect(cache.get('k1')).resolves.toBeUndefined();
  });

  it('has a no-op variant and a build id that is empty outside an extension', async () => {
    await noLexiconCache.put('k', PAYLOAD);
    expect(await noLexiconCache.get('k')).toBeUndefined();
    expect(extensionBuildId()).toBe('');
  });
});
