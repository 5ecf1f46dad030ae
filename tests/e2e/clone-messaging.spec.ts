/**
 * Structured-clone messaging (issue 18 goal 4), in Chromium with the built extension: the manifest
 * asks for `message_serialization: structured_clone`, so the content script's lexicon request
 * reaches the background with its probe still a typed array (clone-probe.ts), the background
 * answers the lexicon's arrays as bytes (no base64), and the page is highlighted from them. A
 * request without the probe (what JSON messaging would make of one) still gets base64.
 */
import { expect, test } from './fixtures';
import { highlightTexts, openReady } from './qarina-page';
import { qarinaWorld } from './qarina-world';

/** Asks the background for the lexicon as the content script does, from its world. */
const askLexicon = (probe: string) => `chrome.runtime
  .sendMessage({ type: 'getLexicon'${probe} })
  .then(({ value }) => {
    const { bytes } = value.lexicon.arrays;
    return { tag: Object.prototype.toString.call(bytes), length: bytes.byteLength ?? bytes.length };
  })`;

test('the lexicon reaches the content script as bytes, and the page is highlighted', async ({
  context,
  extensionId,
  serviceWorker,
  demo,
}) => {
  // What the background's listener receives: a second listener that answers nothing.
  await serviceWorker.evaluate(() => {
    type OnMessage = {
      addListener(listener: (message: { type?: string; probe?: unknown }) => void): void;
    };
    const world = globalThis as unknown as { chrome: { runtime: { onMessage: OnMessage } } };
    const probes: string[] = ((globalThis as { probes?: string[] }).probes = []);
    world.chrome.runtime.onMessage.addListener((message) => {
      if (message.type === 'getLexicon') probes.push(Object.prototype.toString.call(message.probe));
    });
  });
  const page = await context.newPage();
  const run = await qarinaWorld(page, extensionId);
  await openReady(context, `${demo.url}/news-en.html`, page);
  await expect.poll(async () => (await highlightTexts(page)).length).toBeGreaterThan(3);
  expect(await highlightTexts(page)).toContain('Murat Nurtleu');

  const probes = await serviceWorker.evaluate(() => (globalThis as { probes?: string[] }).probes);
  expect(probes?.[0]).toBe('[object Uint8Array]');
  // The same request from the content script's world: the arrays arrive as one Uint8Array.
  const cloned = (await run(askLexicon(', probe: new Uint8Array(1)'))) as {
    tag: string;
    length: number;
  };
  expect(cloned.tag).toBe('[object Uint8Array]');
  expect(cloned.length).toBeGreaterThan(100_000);
  // Without a typed-array probe (JSON messaging's view of it), base64 in parts, as before.
  const json = (await run(askLexicon(', probe: { 0: 0 }'))) as { tag: string };
  expect(json.tag).toBe('[object Array]');
});
