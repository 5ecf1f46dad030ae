import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidKnowledgeBaseError, validKnowledgeBase } from '../../scripts/lib/assert-kb-valid';
import { BUNDLED_KB_MODULE, bundledKbModule } from '../../scripts/lib/bundled-kb';

const BROKEN = 'tests/fixtures/kb/broken-bad-url.json';
/** The located report kb:check prints for BROKEN. */
const REPORT = [
  'tests/fixtures/kb/broken-bad-url.json:6:14  error  sources.S15.url  must be an http:// or https:// URL',
  '      fix: only http:// and https:// links are allowed in cards',
  'tests/fixtures/kb/broken-bad-url.json: 1 error, 0 warnings',
].join('\n');
/** A line of a stack trace, as Node and consola print them. */
const STACK_FRAME = /^\s*at .+[(:]\d+/m;

/** Runs a command as a maintainer would, with QARINA_KB_FILE pointing at the broken copy. */
function runWithBrokenKb(command: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, QARINA_KB_FILE: BROKEN };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  const run = spawnSync(command, args, { encoding: 'utf8', env, timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('an invalid bundled knowledge base', () => {
  it('is refused with the located report as the whole error, no stack frames', () => {
    let error: unknown;
    try {
      validKnowledgeBase(BROKEN);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidKnowledgeBaseError);
    const { message, stack } = error as Error;
    expect(message).toBe(`The knowledge base is invalid; the build stops here.\n${REPORT}`);
    expect(stack).toBe(message);
  });

  it('stops the Vite plugin (wxt dev reloading the file) with the same clean error', () => {
    const plugin = bundledKbModule(BROKEN);
    const load = plugin.load as (this: unknown, id: string) => string | null;
    const context = { addWatchFile: () => undefined };
    expect(() => load.call(context, `\0${BUNDLED_KB_MODULE}`)).toThrow(InvalidKnowledgeBaseError);
  });

  // Both stop in build:before, which runs before WXT empties or writes its output directory (the
  // build writes nothing, so it takes no build lock); `--mode` keeps even a regressed build away
  // from .output/chrome-mv3.
  it('stops `wxt build` with the report and no stack trace after it', () => {
    const { status, output } = runWithBrokenKb('npx', ['wxt', 'build', '--mode', 'kb-refusal']);
    expect(status).toBe(1);
    expect(output).toContain(REPORT);
    expect(output).not.toMatch(STACK_FRAME);
    expect(existsSync('.output/chrome-mv3-kb-refusal')).toBe(false);
  });

  it('stops `npm start` with the report and no stack trace after it', () => {
    // npm start builds with plain `wxt build`: make sure the build refuses the file first.
    expect(() => validKnowledgeBase(BROKEN)).toThrow(InvalidKnowledgeBaseError);
    const { status, output } = runWithBrokenKb('npx', ['tsx', 'scripts/start.ts', '--headless']);
    expect(status).toBe(1);
    expect(output).toContain(REPORT);
    expect(output).not.toMatch(STACK_FRAME);
    expect(output).toMatch(/nothing was started/);
  });
});
