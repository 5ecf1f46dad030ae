import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { CARD, highlightTexts, hoverMention, openReady } from './qarina-page';

const goodFile = readFileSync('tests/fixtures/kb/import-valid.json', 'utf8');

test('an import reaches a tab already open, and its removal takes the highlights away', async ({
  context,
  extensionId,
  demo,
}) => {
  const article = await openReady(context, `${demo.url}/news-karaganda.html`);
  expect(await highlightTexts(article)).toContain('Kazakhstan');
  expect(await highlightTexts(article)).not.toContain('Karaganda');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('import-file').setInputFiles({
    name: 'my-additions.json',
    mimeType: 'application/json',
    buffer: Buffer.from(goodFile),
  });
  await expect(options.getByTestId('import-status')).toContainText('my-additions.json');

  // No reload: the open tab hears the import, asks for the new lexicon and scans again.
  await article.bringToFront();
  await expect.poll(() => highlightTexts(article)).toContain('Karaganda');
  expect(await highlightTexts(article)).toContain('Eurasian Development Bank');
  await hoverMention(article, 'Karaganda');
  await expect(article.locator(CARD)).toContainText('A coal-mining city in central Kazakhstan.');

  await options.bringToFront();
  await options.getByTestId('remove-import').click();
  await expect(options.getByTestId('import-status')).not.toContainText('my-additions.json');

  await article.bringToFront();
  // Polled until the rescan painted the bundled mentions again, without the imported ones.
  await expect
    .poll(async () => {
      const texts = await highlightTexts(article);
      return ['Kazakhstan', 'Karaganda', 'Eurasian Development Bank'].map((t) => texts.includes(t));
    })
    .toEqual([true, false, false]);
});
