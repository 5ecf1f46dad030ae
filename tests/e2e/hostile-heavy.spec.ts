import { expect, test } from './fixtures';
import { collectQarinaErrors, domBeforeAndNow, highlighted, keepsAnimating } from './hostile-page';
import { openReady } from './qarina-page';

/**
 * Scrolls to a fraction of the page's height and waits for a mention to be highlighted there.
 * The whole first scan of these pages takes seconds (time-sliced, visible first): no timing asserted.
 */
async function highlightsAfterScrollTo(
  page: import('@playwright/test').Page,
  fraction: number,
  expected: string,
) {
  await page.evaluate(
    (f) => window.scrollTo(0, document.documentElement.scrollHeight * f),
    fraction,
  );
  await expect.poll(() => highlighted(page), { timeout: 60_000 }).toContain(expected);
}

test('a page of 200,000 nodes: highlighted where the reader looks, responsive, DOM untouched', async ({
  context,
  demo,
  serviceWorker,
}) => {
  test.setTimeout(150_000);
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await openReady(context, `${demo.url}/hostile/heavy-nodes.html`);
  expect(await page.evaluate(() => document.querySelectorAll('*').length * 2)).toBeGreaterThan(
    160_000,
  );
  await expect
    .poll(() => highlighted(page))
    .toEqual(expect.arrayContaining(['Wang Yi', 'Almaty', 'Murat Nurtleu']));
  expect(await keepsAnimating(page)).toBe(true);
  await highlightsAfterScrollTo(page, 0.5, 'United Nations');
  // The middle of the page: the paragraphs near item 20,000 get highlighted. Polled: "United
  // Nations" also occurs at the top, whose ranges may still be painted for a frame after the
  // scroll, so the check above can pass before the middle is painted.
  const nearMiddle = () =>
    page.evaluate(() =>
      [...CSS.highlights.get('qarina-underline')!].some((r) =>
        /Item 2\d{4}:/.test((r as Range).startContainer.parentElement!.parentElement!.textContent!),
      ),
    );
  await expect.poll(nearMiddle, { timeout: 60_000 }).toBe(true);
  await highlightsAfterScrollTo(page, 0.999, 'Murat Nurtleu');
  expect(await keepsAnimating(page)).toBe(true);
  const { before, now } = await domBeforeAndNow(page);
  expect(now === before).toBe(true); // (not toEqual: a failure would print megabytes)
  expect(errors).toEqual([]);
});

test('a page of 5 MB of Arabic text: highlighted at the top and in its 1 MB <pre>, responsive', async ({
  context,
  demo,
  serviceWorker,
}) => {
  test.setTimeout(150_000);
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await openReady(context, `${demo.url}/hostile/heavy-text.html`);
  expect(await page.evaluate(() => document.body.textContent!.length)).toBeGreaterThanOrEqual(
    5_000_000,
  );
  await expect
    .poll(() => highlighted(page))
    .toEqual(expect.arrayContaining(['وانغ يي', 'ألماتي', 'الأمم المتحدة']));
  expect(await keepsAnimating(page)).toBe(true);
  await page.evaluate(() => document.querySelector('pre')!.scrollIntoView());
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...CSS.highlights.get('qarina-underline')!].some(
            (r) => (r as Range).startContainer.parentElement!.localName === 'pre',
          ),
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
  expect(await keepsAnimating(page)).toBe(true);
  const { before, now } = await domBeforeAndNow(page);
  expect(now === before).toBe(true);
  expect(errors).toEqual([]);
});

test('a 10-second storm of mutations: the page keeps animating, and the final text is highlighted', async ({
  context,
  demo,
  serviceWorker,
}) => {
  test.setTimeout(60_000);
  const errors = collectQarinaErrors(context, serviceWorker);
  // The storm starts once Qarina is ready (a slow start under load would otherwise miss it).
  const page = await openReady(context, `${demo.url}/hostile/storm.html#on-demand`);
  await page.evaluate(() => (window as unknown as { __startStorm: () => void }).__startStorm());
  const stormy = () =>
    page.evaluate(() => !(window as unknown as { __stormDone?: boolean }).__stormDone);
  expect(await stormy()).toBe(true);
  while (await stormy()) expect(await keepsAnimating(page)).toBe(true);
  expect(
    await page.evaluate(() => (window as unknown as { __stormMutations: number }).__stormMutations),
  ).toBeGreaterThan(10_000);
  // Final text: "Final: Wang Yi 0", "Final: Almaty 1", "Final: Murat Nurtleu 2", then "quiet" lines.
  await expect
    .poll(async () => (await highlighted(page)).sort())
    .toEqual(['Almaty', 'Murat Nurtleu', 'Wang Yi']);
  const stale = await page.evaluate(
    () =>
      [...CSS.highlights.get('qarina-underline')!].filter(
        (r) => !(r as Range).startContainer.isConnected,
      ).length,
  );
  expect(stale).toBe(0);
  expect(errors).toEqual([]);
});
