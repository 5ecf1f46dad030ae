import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const required = /(\d+\.\d+\.\d+)/.exec(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node,
)![1]!;

function check(version?: string) {
  const args = ['scripts/check-node.mjs', ...(version ? [version] : [])];
  const { status, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status, stderr };
}

describe('scripts/check-node.mjs', () => {
  it.each(['18.20.0', '20.18.9', '20.9.0'])(
    'refuses Node %s with one line naming both versions',
    (old) => {
      const { status, stderr } = check(old);
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`needs Node.js ${required} or newer; this is Node.js ${old}`);
    },
  );

  it.each([required, '22.13.0', '24.0.0'])('accepts Node %s silently', (recent) => {
    expect(check(recent)).toEqual({ status: 0, stderr: '' });
  });

  it('accepts the Node running the tests (the minimum is what the project really runs on)', () => {
    expect(check()).toEqual({ status: 0, stderr: '' });
  });

  it('the README states the same minimum, and .ci/run and npm start/test check it', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`Node.js ${required}`);
    expect(readFileSync('.ci/run', 'utf8')).toContain('node scripts/check-node.mjs');
    for (const script of ['scripts/start.ts', 'scripts/test-all.ts']) {
      expect(readFileSync(script, 'utf8')).toContain("import './check-node.mjs';");
    }
  });
});
