/**
 * What the table generators (npm run zh:variants, npm run zh:words) do with their output: write
 * it, or with `--check` say whether the committed file is what they would write (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export function writeOrCheckGenerated(file: string, source: string, command: string): void {
  const name = basename(file);
  if (process.argv.includes('--check')) {
    const same = readFileSync(file, 'utf8') === source;
    console.log(same ? `${name} is up to date` : `${name} differs: run ${command}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(file, source);
  console.log(`wrote ${file}`);
}
