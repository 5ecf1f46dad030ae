import type { Page } from 'playwright-core';

/**
 * How many highlighted mentions are painted, once painting has settled: polled until there is one
 * (or 5 s), then until two reads 250 ms apart agree (units are painted as the viewport reports them).
 */
export async function countPainted(page: Page): Promise<number> {
  const count = () => page.evaluate(() => CSS.highlights.get('qarina-underline')?.size ?? 0);
  const first = await page
    .waitForFunction(() => CSS.highlights.get('qarina-underline')?.size || null, null, {
      timeout: 5000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => 0);
  if (first === 0) return 0;
  let current = first;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const next = await count();
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Hovers a highlighted mention (the one whose text is `text`, else the first painted), so a
 * screenshot shows one card open. Polled: highlights are painted a frame or two after the content
 * script reports ready (units near the viewport are painted when the IntersectionObserver reports them).
 */
export async function showOneCard(page: Page, text?: string): Promise<void> {
  const point = await page
    .waitForFunction(
      (wanted) => {
        // Qarina paints with StaticRanges (no text, no rects): live copies.
        const ranges = [...(CSS.highlights.get('qarina-underline') ?? [])].map((r) => {
          const x = document.createRange();
          x.setStart(r.startContainer, r.startOffset);
          x.setEnd(r.endContainer, r.endOffset);
          return x;
        });
        const range = wanted ? ranges.find((r) => r.toString() === wanted) : ranges[0];
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'end' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      text ?? null,
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!point) return console.warn('No highlighted mention to hover: the screenshot shows no card.');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page
    .locator('qarina-ui .qarina-float[data-placed="true"]')
    .waitFor({ timeout: 5000 })
    .catch(() => console.warn('No card opened within 5 s.'));
}
