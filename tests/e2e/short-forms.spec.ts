/**
 * Short forms on pages (issue 15, family 3), in Chromium with the built extension: a surname
 * after a title, and the same surname later in the document, are mentions of the person; the
 * same letters on a page that never names the person are not. The pages are written here and
 * served by the test (route), so nothing else depends on them.
 */
import type { BrowserContext } from '@playwright/test';
import { CARD, highlightTexts, hoverMention, openReady } from './qarina-page';
import { expect, test } from './fixtures';

const NAMED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks</title></head>
<body style="font-size: 20px"><h1>Talks in Astana</h1>
<p>President Xi arrived in Astana on Tuesday for two days of talks.</p>
<p>Later in the day, Xi said the talks had gone well.</p></body></html>`;

const UNNAMED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Letters</title></head>
<body style="font-size: 20px"><h1>Greek letters</h1>
<p>Xi is the fourteenth letter of the Greek alphabet; its lower-case form, xi, is used in physics.</p>
<p>The lecture was given in Almaty.</p></body></html>`;

/** Serves `html` at `url` (on the demo server's origin) without a file in scripts/demo. */
async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

test('President Xi and a later bare Xi are highlighted and open Xi Jinping’s card', async ({
  context,
  demo,
}) => {
  const url = `${demo.url}/short-forms-named.html`;
  await serve(context, url, NAMED);
  const page = await openReady(context, url);
  await expect.poll(() => highlightTexts(page)).toEqual(expect.arrayContaining(['Xi', 'Astana']));
  await expect
    .poll(async () => (await highlightTexts(page)).filter((t) => t === 'Xi'))
    .toHaveLength(2);
  await hoverMention(page, 'Xi', 1);
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Xi Jinping');
});

test('Xi on a page that never names Xi Jinping is not highlighted', async ({ context, demo }) => {
  const url = `${demo.url}/short-forms-unnamed.html`;
  await serve(context, url, UNNAMED);
  const page = await openReady(context, url);
  await expect.poll(() => highlightTexts(page)).toContain('Almaty');
  expect(await highlightTexts(page)).toEqual(['Almaty']);
});
