import { expect, test } from './fixtures';

test('the popup page reads an entry from the cache the background filled', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The background seeds on install; the popup asks it, and it answers from the cache once seeded.
  await page.goto(`chrome-extension://${extensionId}/popup.html#entry=wang-yi`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('cache-status').locator('[data-source="cache"]')).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 10_000 });

  await expect(page.getByTestId('cache-status')).toContainText('43 entries');
  const card = page.getByTestId('popup-card');
  await expect(card.locator('h2')).toHaveText('Wang Yi');
  await expect(card).toContainText('وانغ يي');
});
