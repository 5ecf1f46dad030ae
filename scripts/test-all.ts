/**
 * npm test — every check, in order: type check, lint, unit tests, build (Chrome and Firefox),
 * web-ext lint of the Firefox build, real-browser tests in Chromium, then in Firefox ESR. It never stops at the first failure, and ends with `N passed, N failed`
 * counting every test it ran (each of type check, lint and build counts as one).
 */
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/chromium';
import { findFirefox } from './lib/firefox';

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const summary: string[] = [];

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status === 0;
}

function record(step: string, tally: Tally): void {
  total.passed += tally.passed;
  total.failed += tally.failed;
  summary.push(`${step.padEnd(22)} ${tally.passed} passed, ${tally.failed} failed`);
}

function check(step: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  record(step, ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  return ok;
}

/** Counts from a JSON report; a run that wrote no report failed as a whole. */
function reported(file: string, read: (report: never) => Tally, ok: boolean): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const tally = read(JSON.parse(readFileSync(file, 'utf8')) as never);
  return !ok && tally.failed === 0 ? { ...tally, failed: 1 } : tally;
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

check('type check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);

const unitOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
record(
  'unit tests',
  reported(
    'test-results/unit.json',
    (r: { numPassedTests: number; numFailedTests: number }) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
    }),
    unitOk,
  ),
);

const built = check('build (chrome)', 'npx', ['wxt', 'build']);
const firefoxBuilt = check('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (firefoxBuilt) {
  check('web-ext lint (firefox)', 'npx', ['tsx', 'scripts/lint-firefox.ts']);
} else {
  record('web-ext lint (firefox)', { passed: 0, failed: 1 });
}

let chromiumError: string | undefined;
try {
  findChromium();
} catch (error) {
  chromiumError = (error as Error).message;
}
if (chromiumError || !built) {
  console.error(`\nReal-browser tests cannot run: ${chromiumError ?? 'the build failed.'}`);
  record('real-browser tests', { passed: 0, failed: 1 });
} else {
  const e2eOk = run('npx', ['playwright', 'test', '-c', 'tests/e2e']);
  record(
    'real-browser tests',
    reported(
      'test-results/e2e.json',
      (r: { stats: { expected: number; unexpected: number; flaky: number } }) => ({
        passed: r.stats.expected + r.stats.flaky,
        failed: r.stats.unexpected,
      }),
      e2eOk,
    ),
  );
}

let firefoxError: string | undefined;
try {
  findFirefox();
} catch (error) {
  firefoxError = (error as Error).message;
}
if (firefoxError || !firefoxBuilt) {
  console.error(`\nFirefox tests cannot run: ${firefoxError ?? 'the Firefox build failed.'}`);
  record('firefox tests', { passed: 0, failed: 1 });
} else {
  const firefoxOk = run('npx', [
    'vitest',
    'run',
    '-c',
    'tests/firefox/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/firefox.json',
  ]);
  record(
    'firefox tests',
    reported(
      'test-results/firefox.json',
      (r: { numPassedTests: number; numFailedTests: number }) => ({
        passed: r.numPassedTests,
        failed: r.numFailedTests,
      }),
      firefoxOk,
    ),
  );
}

// One check: every measure runs once on the smallest sizes (timings are printed, never asserted).
if (chromiumError || !built) record('bench --quick', { passed: 0, failed: 1 });
else check('bench --quick', 'npx', ['tsx', 'scripts/bench.ts', '--quick', '--no-build', '--out', 'test-results/bench.json']);

console.log(`\n${summary.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
