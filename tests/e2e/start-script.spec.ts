import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** `npm start` as a reader without a display runs it, on the built extension. */
function start(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/start.ts', '--headless', '--no-build', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('--headless without --screenshot says what it loaded and found, then exits', () => {
  const { status, stdout, stderr } = start('--page', 'ru');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(stdout).toMatch(
    /Loaded http:\/\/127\.0\.0\.1:\d+\/news-ru\.html headless with the extension: [1-9]\d* highlighted mention\(s\) in view\./,
  );
  expect(stdout).toContain('No screenshot asked for (add --screenshot FILE to save one); closing.');
});

test('--headless --screenshot saves the page with one card open', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'qarina-shot-')), 'shot.png');
  const { status, stdout, stderr } = start('--page', 'zh', '--screenshot', file);
  expect(stderr).toBe(''); // no 'No card opened' warning
  expect(status).toBe(0);
  expect(stdout).toContain(`Saved ${file} (the page with one card open).`);
  expect(existsSync(file)).toBe(true);
});
