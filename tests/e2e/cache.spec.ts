import { expect, test } from './fixtures';

test('the popup page reads an entry from the cache the background filled', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The background seeds on install; the popup waits for nothing but IndexedDB itself.
  await expect(async () => {
    await page.goto(`chrome-extension://${extensionId}/popup.html#entry=wang-yi`);
    await expect(page.getByTestId('cache-status')).toContainText('entries', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  await expect(page.getByTestId('cache-status')).toContainText('43 entries');
  const entry = page.getByTestId('cached-entry');
  await expect(entry.locator('h2')).toHaveText('وانغ يي');
  await expect(entry).toContainText('Wang Yi');
});
