import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, launchWithExtension } from '../../scripts/lib/chromium';
import { expect, test } from './fixtures';
import { BUNDLED_ENTRIES } from './popup-page';

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

  await expect(page.getByTestId('cache-status')).toContainText(`${BUNDLED_ENTRIES} entries`);
  const card = page.getByTestId('popup-card');
  await expect(card.locator('h2')).toHaveText('Wang Yi');
  await expect(card).toContainText('وانغ يي');
});

test('a service worker woken to a current cache answers from it without the packaged file', async () => {
  // A copy of the build of its own: the test takes the packaged knowledge base away from it.
  const copy = mkdtempSync(join(tmpdir(), 'qarina-build-'));
  const build = join(copy, 'extension');
  cpSync(CHROME_BUILD, build, { recursive: true });
  const { context, extensionId } = await launchWithExtension({
    headless: true,
    extensionPath: build,
  });
  try {
    const page = await context.newPage();
    const cached = page.getByTestId('cache-status').locator('[data-source="cache"]');
    await page.goto(`chrome-extension://${extensionId}/popup.html#entry=wang-yi`);
    // Install seeds the cache from the packaged file.
    await expect(async () => {
      await page.reload();
      await expect(cached).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });

    // Stop the worker, as Chromium does when it idles, and take the packaged file away.
    const cdp = await context.newCDPSession(page);
    const workers = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t) =>
          t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
      );
    const [running] = await workers();
    await cdp.send('Target.closeTarget', { targetId: running!.targetId });
    await expect.poll(async () => (await workers()).length).toBe(0);
    rmSync(join(build, 'knowledge-base.json'));

    // The popup's requests wake a new worker: it answers from the cache alone.
    await page.reload();
    await expect(cached).toBeVisible();
    await expect(page.getByTestId('cache-status')).toContainText(`${BUNDLED_ENTRIES} entries`);
    await expect(page.getByTestId('popup-card').locator('h2')).toHaveText('Wang Yi');
    expect(await workers()).toHaveLength(1);
  } finally {
    await context.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
