// Checks that Node.js is at least the version package.json's `engines.node` (">=X.Y.Z") names, so
// an old Node fails with one clear line instead of a stack trace deep inside a dependency.
// Plain JavaScript: `.ci/run` runs it before `npm ci`, when no TypeScript runner is installed yet.
//   node scripts/check-node.mjs [VERSION]   (VERSION defaults to the running Node's)
// Imported by scripts/start.ts and scripts/test-all.ts, where it checks the running Node.
import { readFileSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));
const required = /(\d+)\.(\d+)\.(\d+)/.exec(
  JSON.parse(readFileSync(packageJson, 'utf8')).engines.node,
);
const runDirectly = process.argv[1] === fileURLToPath(import.meta.url);
const actualText = (runDirectly && process.argv[2]) || process.versions.node;
const actual = /(\d+)\.(\d+)\.(\d+)/.exec(actualText);

function isAtLeast(version, minimum) {
  for (let i = 1; i <= 3; i++) {
    if (Number(version[i]) !== Number(minimum[i])) return Number(version[i]) > Number(minimum[i]);
  }
  return true;
}

if (!actual || !isAtLeast(actual, required)) {
  console.error(
    `Qarina needs Node.js ${required.slice(1).join('.')} or newer; this is Node.js ${actualText}. ` +
      'Install a newer Node.js (https://nodejs.org/en/download/) and run `npm ci` again.',
  );
  process.exit(1);
}
