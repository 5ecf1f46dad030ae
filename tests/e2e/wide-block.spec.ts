/**
 * A block with 20,000 names in one text node (issue 20; issue 18 goal 3), in Chromium with the
 * built extension: only the names around the visible area are painted (at most WINDOW_FROM, 512,
 * unit-window.ts), the painted window follows a scroll, and a card opens on a name that scrolled
 * into it. Screenshots go to test-results/ to be looked at.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { CARD, openReady } from './qarina-page';
import { expect, test } from './fixtures';

const page = (
  body: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wide</title></head>
<body style="font-size: 18px; margin: 2em"><div style="max-width: 40em">${body}</div></body></html>`;
const SENTENCE = 'Astana and Kazakhstan agreed. ';
/** The names in one text node (measured by ranges), and each sentence in a span (by its box). */
const PAGES: [string, string][] = [
  ['one text node', page(SENTENCE.repeat(10_000))],
  ['10,000 spans', page(`<span>${SENTENCE}</span>`.repeat(10_000))],
];

async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** The painted ranges' count, and whether the viewport's first and last lines have painted names. */
function painted(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('qarina-underline');
    const boxes = [...(highlight ?? [])].map((r) => {
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      return x.getBoundingClientRect();
    });
    const h = innerHeight;
    return {
      count: boxes.length,
      top: boxes.some((b) => b.top >= -5 && b.top < 60),
      bottom: boxes.some((b) => b.bottom > h - 60 && b.bottom <= h + 5),
    };
  });
}

for (const [kind, html] of PAGES)
  test(`a block of 20,000 names (${kind}) paints only those near the viewport, and follows a scroll`, async ({
    context,
    demo,
  }) => {
    const url = `${demo.url}/wide-block.html`;
    await serve(context, url, html);
    const page = await openReady(context, url);
    await page.setViewportSize({ width: 900, height: 640 });
    await expect
      .poll(() => painted(page), { timeout: 20_000 })
      .toMatchObject({ top: true, bottom: true });
    expect((await painted(page)).count).toBeLessThanOrEqual(512);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => painted(page)).toMatchObject({ top: true, bottom: true });
    expect((await painted(page)).count).toBeLessThanOrEqual(512);
    await page.screenshot({
      path: `test-results/wide-block-middle-${kind.replace(/\W+/g, '-')}.png`,
    });
    // A name that scrolled into the window opens its card.
    const point = await page.evaluate(() => {
      const r = [...CSS.highlights.get('qarina-underline')!].map((s) => {
        const x = document.createRange();
        x.setStart(s.startContainer, s.startOffset);
        x.setEnd(s.endContainer, s.endOffset);
        return x;
      });
      const mid = r
        .filter((x) => x.toString() === 'Astana')
        .map((x) => x.getClientRects()[0]!)
        .find((b) => b.top > innerHeight / 3 && b.bottom < (2 * innerHeight) / 3)!;
      return { x: mid.left + mid.width / 2, y: mid.top + mid.height / 2 };
    });
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Astana');
    await page.screenshot({
      path: `test-results/wide-block-card-${kind.replace(/\W+/g, '-')}.png`,
    });
  });
