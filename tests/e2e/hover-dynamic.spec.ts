import { expect, test } from './fixtures';
import { CARD, highlightTexts, hoverMention, mentionPoint, openReady, setSettings } from './qarina-page';

test('text added after load and text in an open shadow root are highlighted and carded', async ({ context, demo }) => {
  const page = await openReady(context, `${demo.url}/test-dynamic.html`);
  await expect.poll(() => highlightTexts(page)).toEqual(
    expect.arrayContaining(['Wang Yi', 'Almaty', 'Kassym-Jomart Tokayev', 'United Nations', 'Murat Nurtleu', 'SCO']),
  );
  await hoverMention(page, 'Kassym-Jomart Tokayev');
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Kassym-Jomart Tokayev');
  await page.mouse.move(5, 5);
  await expect(page.locator(CARD)).toBeHidden();
  await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('Xi Jinping spoke too.'));
  await expect.poll(() => highlightTexts(page)).toContain('Xi Jinping');
  await hoverMention(page, 'Xi Jinping');
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Xi Jinping');
});

test('a same-origin frame is highlighted and carded inside the frame', async ({ context, demo }) => {
  const page = await openReady(context, `${demo.url}/test-dynamic.html`);
  const frame = page.frame({ url: /test-frame\.html$/ })!;
  await frame.waitForSelector('qarina-ui[data-ready]', { state: 'attached' });
  await expect.poll(() => highlightTexts(frame)).toEqual(['Shanghai Cooperation Organisation', 'Almaty']);
  const inFrame = await mentionPoint(frame, 'Shanghai Cooperation Organisation');
  const frameBox = (await page.locator('#frame').boundingBox())!;
  await page.mouse.move(frameBox.x + 1 + inFrame.x, frameBox.y + 1 + inFrame.y, { steps: 2 });
  await expect(frame.locator(CARD).locator('.qc-title')).toHaveText('Shanghai Cooperation Organisation');
  // The top document paints nothing of the frame's text.
  expect(await highlightTexts(page)).not.toContain('Shanghai Cooperation Organisation');
});

test('text typed in a textarea and a contenteditable region is never highlighted or changed', async ({ context, demo }) => {
  const page = await openReady(context, `${demo.url}/test-dynamic.html`);
  await page.locator('#typing').fill('');
  await page.locator('#typing').pressSequentially('Wang Yi met the SCO in Almaty');
  await page.locator('#editable').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and Wang Yi in Almaty');
  await page.waitForTimeout(800);
  expect(await page.locator('#typing').inputValue()).toBe('Wang Yi met the SCO in Almaty');
  expect(await page.locator('#editable').innerHTML()).toBe('Xi Jinping in Kazakhstan and Wang Yi in Almaty');
  const inEditable = await page.evaluate(() =>
    [...(CSS.highlights.get('qarina-underline') ?? [])].some((r) =>
      (r as Range).startContainer.parentElement?.closest('#editable, textarea'),
    ),
  );
  expect(inEditable).toBe(false);
});

test('paused on a site: nothing there, still on other sites; settings apply live', async ({ context, demo }) => {
  await setSettings(context, { disabledSites: ['127.0.0.1'] });
  const paused = await context.newPage();
  await paused.goto(`${demo.url}/news-en.html`);
  const other = await openReady(context, `${demo.url.replace('127.0.0.1', 'localhost')}/news-en.html`);
  expect(await highlightTexts(other)).toContain('Wang Yi');
  await paused.waitForTimeout(500);
  expect(await highlightTexts(paused)).toEqual([]);
  expect(await paused.locator('qarina-ui').count()).toBe(0);

  // Resume from the options: the paused page starts at once; a style change swaps the highlight.
  await setSettings(context, { disabledSites: [] });
  await paused.waitForSelector('qarina-ui[data-ready]', { state: 'attached' });
  await expect.poll(() => highlightTexts(paused)).toContain('Wang Yi');
  await setSettings(context, { highlightStyle: 'tint' });
  await expect.poll(() => highlightTexts(paused, 'qarina-tint')).toContain('Wang Yi');
  expect(await highlightTexts(paused)).toEqual([]);
  await setSettings(context, { highlightTypes: ['place'] });
  await expect.poll(() => highlightTexts(paused, 'qarina-tint')).not.toContain('Wang Yi');
  expect(await highlightTexts(paused, 'qarina-tint')).toContain('Almaty');
  await setSettings(context, { pausedEverywhere: true });
  await expect.poll(() => highlightTexts(other, 'qarina-tint')).toEqual([]);
  expect(await other.locator('qarina-ui').count()).toBe(0);
});
