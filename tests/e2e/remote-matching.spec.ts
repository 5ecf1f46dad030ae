/**
 * Remote matching (issue 18, goal 4), in Chromium with the built extension: after an import that
 * takes the knowledge base past the background's size threshold (2,000 entries), a page's frames
 * get no lexicon; they send their text to the extension's background (findMentions) and paint
 * what it answers: names, a name inside a name, short forms, in the top document and in a frame,
 * and a hovered mention opens its card.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { bulkImport, bulkName } from './bulk-import';
import { CARD, highlightTexts, hoverMention, openReady } from './qarina-page';

const FRAME = `<!doctype html><html lang="en"><body><p>A mine near Karaganda closed.</p></body></html>`;
const PAGE = (frameUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Remote</title></head><body style="font-size: 20px; max-width: 40em; margin: 2em">
<p>The ministers said China–Kazakhstan relations had entered a new stage in Karaganda, near ${bulkName(7)}.</p>
<p>President Xi met the Eurasian Development Bank's chairman.</p>
<iframe src="${frameUrl}" style="width: 30em; height: 6em"></iframe></body></html>`;

async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

test('above the threshold, frames match through the background: names, inner names, short forms, cards', async ({
  context,
  extensionId,
  serviceWorker,
  demo,
}) => {
  test.setTimeout(90_000);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('import-file').setInputFiles({
    name: 'bulk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bulkImport(1700)),
  });
  await expect(options.getByTestId('import-status')).toContainText('bulk.json', {
    timeout: 30_000,
  });

  // The messages the background receives, seen by a second listener the test adds (it answers
  // nothing, so the extension's own listener still replies).
  await serviceWorker.evaluate(() => {
    // Runs in the service worker, where `chrome` exists; Node's types do not know it.
    type OnMessage = { addListener(listener: (message: { type?: string }) => void): void };
    const world = globalThis as unknown as { chrome: { runtime: { onMessage: OnMessage } } };
    const seen: string[] = ((globalThis as { seen?: string[] }).seen = []);
    world.chrome.runtime.onMessage.addListener((message) => void seen.push(String(message?.type)));
  });

  const url = `${demo.url}/remote-matching.html`;
  const frameUrl = `${demo.url}/remote-matching-frame.html`;
  await serve(context, url, PAGE(frameUrl));
  await serve(context, frameUrl, FRAME);
  const page = await openReady(context, url);
  await expect
    .poll(() => highlightTexts(page), { timeout: 30_000 })
    .toEqual(
      expect.arrayContaining([
        'China–Kazakhstan relations',
        'Karaganda',
        bulkName(7),
        'Xi',
        'Eurasian Development Bank',
      ]),
    );
  await expect
    .poll(() => highlightTexts(page, 'qarina-inner-underline'))
    .toEqual(expect.arrayContaining(['China', 'Kazakhstan']));
  const frame = page.frames().find((f) => f.url() === frameUrl)!;
  await expect.poll(() => highlightTexts(frame), { timeout: 30_000 }).toEqual(['Karaganda']);

  const seen = await serviceWorker.evaluate(() => (globalThis as { seen?: string[] }).seen ?? []);
  expect(seen).toContain('getLexicon');
  expect(seen.filter((type) => type === 'findMentions').length).toBeGreaterThanOrEqual(2);

  await hoverMention(page, 'Karaganda');
  await expect(page.locator(CARD)).toContainText('A coal-mining city in central Kazakhstan.');
  await page.mouse.move(5, 5);
  await hoverMention(page, bulkName(7));
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText(bulkName(7));
  await page.screenshot({ path: 'test-results/remote-matching.png' });
});
