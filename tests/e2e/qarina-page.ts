/**
 * Helpers for real-browser tests of the content script: open a demo page and wait for Qarina,
 * read the highlights the page's CSS.highlights registry holds, hover a highlighted mention.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';

export const READY = 'qarina-ui[data-ready]';
export const CARD = 'qarina-ui .qarina-card';

/** Opens a page and waits until Qarina has its matcher and painted the first scan. */
export async function openReady(context: BrowserContext, url: string, page?: Page): Promise<Page> {
  const target = page ?? (await context.newPage());
  await target.goto(url);
  await target.waitForSelector(READY, { state: 'attached', timeout: 15_000 });
  return target;
}

/**
 * The text of every highlighted mention (any style) in a page or frame, in registry order.
 * Qarina paints with StaticRanges (no toString, no rects): their text is read through a live copy.
 */
export function highlightTexts(target: Page | Frame, name = 'qarina-underline'): Promise<string[]> {
  return target.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    const live = (r: AbstractRange) => {
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      return x;
    };
    return highlight ? [...highlight].map((r) => live(r).toString()) : [];
  }, name);
}

type Box = {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
};

/**
 * The first line box of the `nth` mention whose text is `text` in the highlight `name` (in
 * document order), scrolled to the middle of the viewport first with `scroll`; null when none.
 */
export function mentionRect(
  target: Page | Frame,
  text: string,
  { nth = 0, name = 'qarina-underline', scroll = false } = {},
): Promise<Box | null> {
  return target.evaluate(
    ([t, i, n, s]) => {
      const highlight = CSS.highlights.get(n as string);
      // Qarina paints with StaticRanges (no text, no rects): live copies.
      const live = (r: AbstractRange) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
      };
      const ranges = highlight ? [...highlight].map(live) : [];
      const sorted = ranges
        .filter((r) => r.toString() === t)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = sorted[i as number];
      if (!range) return null;
      if (s) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const { left, top, right, bottom, width, height } = range.getClientRects()[0]!;
      return { left, top, right, bottom, width, height };
    },
    [text, nth, name, scroll] as const,
  );
}

/** The centre of the first line box of the `nth` highlighted mention whose text is `text`. */
export async function mentionPoint(
  target: Page | Frame,
  text: string,
  nth = 0,
  name = 'qarina-underline',
): Promise<{ x: number; y: number }> {
  const box = await mentionRect(target, text, { nth, name, scroll: true });
  if (!box) throw new Error(`no highlighted mention "${text}" (#${nth})`);
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Moves the mouse onto a highlighted mention (in the top document). */
export async function hoverMention(
  page: Page,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await mentionPoint(page, text, nth);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return point;
}

/** The page's serialised DOM without Qarina's own host element. */
export function serialiseWithoutHost(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('qarina-ui').forEach((el) => el.remove());
    return clone.outerHTML;
  });
}

/** Writes settings as the options page would (WXT storage item `local:settings`). */
export async function setSettings(
  context: BrowserContext,
  settings: Record<string, unknown>,
): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (value) => {
    type Local = {
      get(key: string): Promise<Record<string, object>>;
      set(v: object): Promise<void>;
    };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome
      .storage.local;
    const current = (await local.get('settings')).settings ?? {};
    await local.set({ settings: { ...current, ...value } });
  }, settings);
}
