import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BUNDLED_ENTRIES, openPopup, waitForData } from './popup-page';
import { openReady, highlightTexts } from './qarina-page';

const goodFile = readFileSync('tests/fixtures/kb/import-valid.json', 'utf8');

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('import-status')).toBeVisible();
}

function chooseFile(page: Page, name: string, text: string) {
  return page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** The first search result's entry id in a fresh popup for `query`. */
async function firstResult(page: Page, query: string): Promise<string | null> {
  await page.reload();
  await waitForData(page);
  await page.getByTestId('popup-search').fill(query);
  // The search answers with results or a "no results" status: wait for either, not a fixed time
  // (100 ms was too short for a loaded machine, and the first result then read as none).
  await expect(page.locator('.qp-result, .qp-note[role="status"]').first()).toBeVisible();
  const first = page.locator('.qp-result').first();
  return (await first.count()) ? first.getAttribute('data-entry-id') : null;
}

test('a highlight style change reaches a tab that is already open', async ({
  context,
  extensionId,
  demo,
}) => {
  const article = await openReady(context, `${demo.url}/dispatch-ar.html`);
  expect((await highlightTexts(article, 'qarina-underline')).length).toBeGreaterThan(10);

  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByTestId('highlightStyle').getByRole('radio').nth(1).check();
  await expect(options.getByTestId('saved')).not.toBeEmpty();

  await expect
    .poll(async () => (await highlightTexts(article, 'qarina-tint')).length)
    .toBeGreaterThan(10);
  expect(await highlightTexts(article, 'qarina-underline')).toEqual([]);
  await options.screenshot({ path: 'test-results/options-page.png', fullPage: true });
});

test('importing a good file adds its cards; removing it takes them away', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  const popup = await openPopup(context, extensionId);
  expect(await firstResult(popup, 'Karaganda')).not.toBe('karaganda');

  await chooseFile(options, 'my-additions.json', goodFile);
  await expect(options.getByTestId('import-status')).toContainText('my-additions.json');
  await expect(options.getByTestId('import-status')).toContainText('2');

  expect(await firstResult(popup, 'Karaganda')).toBe('karaganda');
  await popup.getByTestId('popup-search').press('Enter');
  const card = popup.getByTestId('popup-card');
  await expect(card).toContainText('A coal-mining city in central Kazakhstan.');
  await expect(card.locator('a.qc-source')).toHaveAttribute(
    'href',
    'http://www.kstu.kz/buklet-85-let-karagandy/?lang=en',
  );
  await expect(popup.getByTestId('cache-status')).toContainText(`${BUNDLED_ENTRIES + 2} entries`);

  await options.getByTestId('remove-import').click();
  await expect(options.getByTestId('import-status')).not.toContainText('my-additions.json');
  expect(await firstResult(popup, 'Karaganda')).not.toBe('karaganda');
});

test('a bad file is refused with every located error, and nothing changes', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await chooseFile(options, 'first.json', goodFile);
  await expect(options.getByTestId('import-status')).toContainText('first.json');

  const bad = JSON.parse(goodFile);
  bad.entries[0].id = 'almaty'; // a bundled id
  bad.entries[1].related.push('nowhere'); // a dangling relation
  await chooseFile(options, 'bad.json', JSON.stringify(bad, null, 2));

  const problems = options.getByTestId('import-problems').locator('li');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('Line 20, column 13');
  await expect(problems.nth(0)).toContainText('entries[0].id');
  await expect(problems.nth(2)).toContainText('"nowhere" does not exist');
  await expect(options.getByTestId('import-status')).toContainText('first.json');
  await options.screenshot({ path: 'test-results/options-import-errors.png', fullPage: true });

  const popup = await openPopup(context, extensionId);
  expect(await firstResult(popup, 'Karaganda')).toBe('karaganda');
  expect(await firstResult(popup, 'nowhere')).toBeNull();
});
