import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assertBundledKnowledgeBaseValid } from '../../scripts/lib/assert-kb-valid';

const kbCheck = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/kb-check.ts', ...args], { encoding: 'utf8' });

describe('npm run kb:check', () => {
  it('passes the bundled knowledge base with exit code 0', () => {
    const run = kbCheck();
    expect(run.stdout).toMatch(/^data\/kb: 0 errors, 0 warnings$/m);
    expect(run.status).toBe(0);
  });

  it('fails a broken file with exit code 1, printing file:line:column, path and fix', () => {
    const run = kbCheck('tests/fixtures/kb/broken-dangling-related.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /broken-dangling-related\.json:\d+:\d+ {2}error {2}entries\[0\]\.related\[0\] {2}related id "shanghai-cooperation-organization" does not exist/,
    );
    expect(run.stdout).toMatch(/fix: did you mean "shanghai-cooperation-organisation"\?/);
    expect(run.stdout).toMatch(/1 error, 0 warnings/);
  });

  it('checks another folder laid out as data/kb/, locating each problem in its part', () => {
    const run = kbCheck('tests/fixtures/kb/folder-broken');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^tests\/fixtures\/kb\/folder-broken\/b-organizations\.json:\d+:\d+ {2}error {2}entries\[0\]\.related\[0\] {2}related id "wang-yl" does not exist$/m,
    );
    expect(run.stdout).toMatch(/^tests\/fixtures\/kb\/folder-broken: 1 error, 0 warnings$/m);
  });

  it('warns, located, about an alias the spelling rules already generate (no flag needed)', () => {
    const run = kbCheck('tests/fixtures/kb/redundant-alias.json');
    expect(run.stdout).toMatch(
      /redundant-alias\.json:\d+:\d+ {2}warning {2}entries\[0\]\.names\.ru\[1\] {2}alias "Ваном И" is a spelling the ru rules generate from "Ван И"/,
    );
    expect(run.stdout).toMatch(/0 errors, 1 warning$/m);
    expect(run.status).toBe(0);
  });

  it('fails a file that is not there', () => {
    const run = kbCheck('tests/fixtures/kb/no-such-file.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read the file/);
  });
});

describe('the build', () => {
  it('refuses an invalid knowledge base with the located report', () => {
    expect(() => assertBundledKnowledgeBaseValid('tests/fixtures/kb/broken-bad-url.json')).toThrow(
      /build stops here[\s\S]*broken-bad-url\.json:\d+:\d+ {2}error {2}sources\.S15\.url/,
    );
  });

  it('accepts the bundled knowledge base', () => {
    expect(() => assertBundledKnowledgeBaseValid()).not.toThrow();
  });
});
