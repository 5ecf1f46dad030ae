import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox';

let browser: Browser;
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
  ({ browser } = await launchFirefoxWithExtension());
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** What openReady gives the page: the painted ranges as live copies. */
type Live = { qarinaRanges(): Range[] };

/**
 * The page with Qarina ready (its host marked) and `qarinaRanges()`: Qarina paints with
 * StaticRanges, which have no text or rects, so the tests read live copies of them.
 */
async function openReady(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${demo.url}${path}`);
  await page.waitForFunction(
    () => document.querySelector('qarina-ui')?.hasAttribute('data-ready') === true,
    { timeout: 20_000 },
  );
  await page.evaluate(() => {
    (window as unknown as Live).qarinaRanges = () =>
      [...(CSS.highlights.get('qarina-underline') ?? [])].map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
      });
  });
  return page;
}

/** Texts of the highlighted ranges (only mentions near the viewport are registered). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Live).qarinaRanges().map(String));
}

describe('Firefox build', () => {
  it('highlights the mentions of the demo dispatch, near the viewport and after scrolling', async () => {
    const page = await openReady('/dispatch-ar.html');
    await page.waitForFunction(() => (CSS.highlights.get('qarina-underline')?.size ?? 0) > 10);
    expect(await highlighted(page)).toEqual(
      expect.arrayContaining(['ألماتي', 'وانغ يي', 'مراد نورتلو']),
    );
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() =>
      (window as unknown as Live)
        .qarinaRanges()
        .some((r) => String(r) === 'ومنظمة شانغهاي للتعاون'),
    );
    await page.close();
  });

  it('shows the right card when the pointer rests on a mention', async () => {
    const page = await openReady('/news-en.html');
    await page.waitForFunction(() =>
      (window as unknown as Live).qarinaRanges().some((r) => String(r) === 'Wang Yi'),
    );
    const point = await page.evaluate(() => {
      const range = (window as unknown as Live)
        .qarinaRanges()
        .find((r) => String(r) === 'Wang Yi') as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const title = await page.waitForFunction(
      () =>
        document.querySelector('qarina-ui')?.shadowRoot?.querySelector('.qarina-card .qc-title')
          ?.textContent,
      { timeout: 10_000 },
    );
    expect(await title.jsonValue()).toBe('Wang Yi');
    await page.close();
  });

  it('shows the card as at the page’s date: Nurtleu’s role on the dispatch’s 27 April 2025, and the change since', async () => {
    const page = await openReady('/dispatch-ar.html');
    const name = 'مراد نورتلو';
    await page.waitForFunction(
      (n) => (window as unknown as Live).qarinaRanges().some((r) => String(r) === n),
      {},
      name,
    );
    const point = await page.evaluate((n) => {
      const range = (window as unknown as Live)
        .qarinaRanges()
        .find((r) => String(r) === n) as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, name);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const lines = await page.waitForFunction(
      () => {
        const card = document.querySelector('qarina-ui')?.shadowRoot?.querySelector('.qarina-card');
        const then = card?.querySelector('.qc-then-line')?.textContent;
        const since = card?.querySelector('.qc-since li')?.textContent;
        return then && since ? { then, since } : null;
      },
      { timeout: 10_000 },
    );
    const { then, since } = (await lines.jsonValue()) as { then: string; since: string };
    expect(then).toMatch(/^At the time of this article · 27 Apr 2025: .*Foreign Minister/);
    expect(since).toMatch(/^26 Sep 2025: left the post of /);
    await page.close();
  });
});
