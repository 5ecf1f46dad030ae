// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium';

function start(...args: string[]) {
  const { status, stdout, stderr } = spawnSync('npx', ['tsx', 'scripts/start.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DISPLAY: '' },
  });
  return { status, stdout, stderr };
}

describe('npm start', () => {
  it('--page list names every page and exits', () => {
    const { status, stdout } = start('--page', 'list');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ru\s+\/news-ru\.html\s+The same story, in Russian$/m);
    expect(stdout).toMatch(/^mixed\s+\/news-mixed\.html/m);
  });

  it('an unknown --page exits 1 with the list of names and no stack trace', () => {
    const { status, stderr } = start('--headless', '--no-build', '--page', 'fr');
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(/^Unknown page "fr"\. Pages: ar, en, .*\.$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('without a display and without --headless, says what to run instead', () => {
    const { status, stderr } = start('--no-build');
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      'No display found. Use `npm start -- --headless --screenshot shot.png` here.',
    );
  });

  it('a missing Chromium is one line: the install command, or CHROMIUM_PATH', () => {
    expect(() => findChromium([undefined, '/nonexistent/chromium'])).toThrow(
      /^No Chromium found\. Install it with `bash scripts\/install-system\.sh`.*CHROMIUM_PATH/,
    );
  });
});
