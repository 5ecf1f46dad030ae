// @vitest-environment-options { "url": "chrome-extension://test-extension-id/background.js" }
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledInMemory, packagedKnowledgeBase } from '../../../utils/cache/bundled-data';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { entry, knowledgeBase } from './fixtures';

const kb = knowledgeBase([entry('alpha'), entry('beta')]);
const info = { version: 'fnv1a64:0123456789abcdef', entryCount: 2, path: '/knowledge-base.json' };

describe('packagedKnowledgeBase', () => {
  it('fetches the packaged file from the extension, once, only when loaded', async () => {
    const fetchFile = vi.fn(async () => new Response(JSON.stringify(kb)));
    const bundled = packagedKnowledgeBase(info, fetchFile);

    expect(bundled).toMatchObject({ version: info.version, entryCount: 2 });
    expect(fetchFile).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([bundled.load(), bundled.load()]);

    expect(a).toEqual(kb);
    expect(b).toBe(a);
    expect(await bundled.load()).toBe(a);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith(fakeBrowser.runtime.getURL('/knowledge-base.json'));
  });

  it('rejects when the file cannot be read, and tries again on the next load', async () => {
    const fetchFile = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('', { status: 404, statusText: 'Not Found' }))
      .mockResolvedValueOnce(new Response(JSON.stringify(kb)));
    const bundled = packagedKnowledgeBase(info, fetchFile);

    await expect(bundled.load()).rejects.toThrow(/knowledge-base\.json: 404/);
    expect(await bundled.load()).toEqual(kb);
  });
});

describe('bundledInMemory', () => {
  it('is versioned by its content hash unless told otherwise, and loads at once', async () => {
    expect(bundledInMemory(kb)).toMatchObject({ version: contentHash(kb), entryCount: 2 });
    expect(bundledInMemory(kb, 'v7').version).toBe('v7');
    expect(await bundledInMemory(kb).load()).toBe(kb);
  });
});
