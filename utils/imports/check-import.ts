/**
 * The check an imported file goes through: everything `kb:check` checks, plus the rules for a
 * file added to the installed data (no reused ids or names; `related` may name installed
 * entries). Every problem comes located (line:column and JSON path) with a fix hint.
 */
import { checkKnowledgeBaseText, type CheckResult } from '../knowledge-base/check-knowledge-base';
import { installedEntries } from '../knowledge-base/check-installed';
import type { Entry } from '../knowledge-base/schema';
import { MAX_IMPORT_CHARS, tooLargeProblem } from './limits';

export { MAX_IMPORT_CHARS };

/** Checks `text` as an import next to `installed` (the bundled entries). */
export function checkImportText(text: string, installed: readonly Entry[]): CheckResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { problems: [tooLargeProblem(text.length, 'characters')] };
  }
  try {
    return checkKnowledgeBaseText(text, { installed: installedEntries(installed) });
  } catch (error) {
    // A file the checker itself cannot get through is refused like any other bad file.
    return {
      problems: [
        {
          severity: 'error',
          path: [],
          message: `the file could not be checked (${error instanceof Error ? error.name : 'error'})`,
          hint: 'make sure it is a knowledge-base JSON file as `npm run kb:check` accepts',
          line: 1,
          column: 1,
        },
      ],
    };
  }
}
