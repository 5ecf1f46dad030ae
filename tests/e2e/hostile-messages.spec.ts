/**
 * A page cannot reach Qarina's data: window.postMessage with protocol messages, forged DOM
 * events, elements clobbering the globals and ids an extension might read, and the extension
 * messaging APIs (absent in pages) change nothing stored, and the content script keeps working.
 */
import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { CARD, highlightTexts, mentionPoint, openReady, setSettings } from './qarina-page';

/** Everything in the extension's storage.local, read in the service worker. */
function storedData(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    type Local = { get(key: null): Promise<Record<string, unknown>> };
    return (
      globalThis as unknown as { chrome: { storage: { local: Local } } }
    ).chrome.storage.local.get(null);
  });
}

test('a hostile page’s messages, events and clobbered ids change nothing', async ({
  context,
  extensionId,
  serviceWorker,
  demo,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('import-file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: readFileSync('tests/fixtures/kb/import-valid.json'),
  });
  await expect(options.getByTestId('import-status')).toContainText('mine.json');
  await setSettings(context, { highlightStyle: 'tint' });
  const before = await storedData(serviceWorker);

  const page = await openReady(context, `${demo.url}/news-en.html`);
  const attempts = await page.evaluate(() => {
    const messages = [
      { type: 'removeImport' },
      { type: 'importKnowledgeBase', fileName: 'evil.json', text: '{"sources":{},"entries":[]}' },
      { type: 'qarina:revealMention', entryId: 'wang-yi' },
      { type: 'qarina:navigate', direction: 'next' },
    ];
    // Clobbering: elements named like the globals and hosts an extension might read by id.
    for (const id of ['chrome', 'browser', 'qarina-ui', 'settings', 'importedKnowledgeBase']) {
      const el = document.createElement('form');
      el.id = id;
      el.setAttribute('name', id);
      document.body.append(el);
    }
    for (const message of messages) {
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true }));
      document.dispatchEvent(new MessageEvent('message', { data: message }));
    }
    // The extension messaging API is not exposed to pages (no externally_connectable).
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
      ?.runtime;
    return { sendMessage: typeof runtime?.sendMessage };
  });
  expect(attempts.sendMessage).toBe('undefined');

  await page.waitForTimeout(500);
  expect(await storedData(serviceWorker)).toEqual(before);
  await options.reload();
  await expect(options.getByTestId('import-status')).toContainText('mine.json');
  // The content script still works beside the clobbering forms (it finds its host by tag name).
  expect(await highlightTexts(page, 'qarina-tint')).toContain('Wang Yi');
  expect(await page.locator('qarina-ui').count()).toBe(1);
});

test('pointer events a page script forges open no card', async ({ context, demo }) => {
  const page = await openReady(context, `${demo.url}/news-en.html`);
  const point = await mentionPoint(page, 'Wang Yi');
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y)!;
    const init = { bubbles: true, composed: true, clientX: x, clientY: y, button: 0, detail: 1 };
    for (const type of ['pointerover', 'pointermove', 'pointerdown', 'pointerup'])
      target.dispatchEvent(new PointerEvent(type, { ...init, pointerType: 'mouse' }));
    target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
    target.dispatchEvent(new MouseEvent('click', init));
  }, point);
  await page.waitForTimeout(800); // longer than the hover delay
  await expect(page.locator(CARD)).toHaveCount(0);

  // The reader's own pointer still opens it.
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await expect(page.locator(CARD)).toBeVisible();
});
