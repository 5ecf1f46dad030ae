/**
 * npm run lint:firefox — `web-ext lint` on the Firefox build. Fails on any error and on any
 * warning that is not explained below (each explanation says why the warning is harmless).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = '.output/firefox-mv2';

interface Message {
  code: string;
  file?: string;
  message: string;
}

/** Warnings we understand and accept, with the reason. */
const EXPLAINED: { code: string; applies: (file: string) => boolean; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Whatever chunk Vite puts Preact in: the file must be a bundle carrying Preact's renderer.
    applies: (file) =>
      /^(chunks\/|content-scripts\/)?[\w-]+\.js$/.test(file) &&
      readFileSync(join(BUILD, file), 'utf8').includes('dangerouslySetInnerHTML'),
    why:
      "Preact's renderer contains the one `innerHTML` assignment behind dangerouslySetInnerHTML; " +
      'Qarina never uses that prop (knowledge-base text is rendered as text nodes).',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // The content script's one import(): card.js, the card's code, loaded on first need.
    applies: (file) =>
      file === 'content-scripts/content.js' &&
      readFileSync(join(BUILD, file), 'utf8').includes('"/card.js"'),
    why:
      'The content script imports card.js (the card, loaded on first need) from the address ' +
      "browser.runtime.getURL('/card.js') gives: a file of the extension, computed in the " +
      "content script's own world, which no page can change.",
  },
];

const run = spawnSync('npx', ['web-ext', 'lint', '-s', BUILD, '-o', 'json'], {
  encoding: 'utf8',
});
const report = JSON.parse(run.stdout) as { errors: Message[]; warnings: Message[] };
const unexplained = report.warnings.filter(
  (w) => !EXPLAINED.some((e) => e.code === w.code && e.applies(w.file ?? '')),
);
for (const m of report.errors) console.error(`error    ${m.code}  ${m.file ?? ''}  ${m.message}`);
for (const m of unexplained) console.error(`warning  ${m.code}  ${m.file ?? ''}  ${m.message}`);
const explained = report.warnings.length - unexplained.length;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${unexplained.length} unexplained warnings, ${explained} explained`,
);
process.exit(report.errors.length + unexplained.length === 0 ? 0 : 1);
