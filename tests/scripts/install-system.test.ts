// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const whichTool = (tool: string) =>
  spawnSync('/bin/bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();

/**
 * Runs scripts/install-system.sh with stand-ins for id, dpkg-query, apt-get and sudo that log
 * what they were asked, so the README's install line is checked for a root user and a normal one
 * without installing anything.
 */
function install(options: { uid: number; installed: string[]; sudo: boolean }) {
  const bin = mkdtempSync(join(tmpdir(), 'qarina-install-'));
  const log = join(bin, 'log');
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('id', `echo ${options.uid}`);
  stub(
    'dpkg-query',
    `case " ${options.installed.join(' ')} " in *" \${@: -1} "*) printf 'install ok installed';; *) exit 1;; esac`,
  );
  stub('apt-get', `echo "apt-get $*" >> ${log}`);
  if (options.sudo) stub('sudo', `echo "sudo $1" >> ${log}; "$@"`);
  // Only the stand-ins and the few real tools the script uses: a machine's own sudo stays out.
  for (const tool of ['grep', 'env']) symlinkSync(whichTool(tool), join(bin, tool));
  const path = bin;
  const result = spawnSync('/bin/bash', ['scripts/install-system.sh'], {
    encoding: 'utf8',
    env: { PATH: path },
  });
  let calls: string[] = [];
  try {
    calls = readFileSync(log, 'utf8').trim().split('\n');
  } catch {
    /* nothing was run */
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

describe('scripts/install-system.sh (the README install line)', () => {
  it('as root: runs apt-get directly for what is missing, without sudo', () => {
    const run = install({ uid: 0, installed: ['chromium', 'firefox-esr'], sudo: false });
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([
      'apt-get update',
      'apt-get install -y fonts-noto-cjk fonts-noto-core',
    ]);
  });

  it('as a normal user: goes through sudo', () => {
    const run = install({ uid: 1000, installed: [], sudo: true });
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([
      'sudo apt-get',
      'apt-get update',
      'sudo env',
      'apt-get install -y chromium firefox-esr fonts-noto-cjk fonts-noto-core',
    ]);
  });

  it('as a normal user without sudo: says to run it as root, installs nothing', () => {
    const run = install({ uid: 1000, installed: [], sudo: false });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs root: run this script as root, or install sudo');
    expect(run.calls).toEqual([]);
  });

  it('with everything installed: says so and asks for nothing', () => {
    const all = ['chromium', 'firefox-esr', 'fonts-noto-cjk', 'fonts-noto-core'];
    const run = install({ uid: 1000, installed: all, sudo: false });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Already installed');
    expect(run.calls).toEqual([]);
  });
});
