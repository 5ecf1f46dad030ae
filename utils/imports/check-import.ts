/**
 * The check an imported file goes through: everything `kb:check` checks, plus the rules for a
 * file added to the installed data (no reused ids or names; `related` may name installed
 * entries). Every problem comes located (line:column and JSON path) with a fix hint.
 */
import { checkKnowledgeBaseText, type CheckResult } from '../knowledge-base/check-knowledge-base';
import { installedEntries } from '../knowledge-base/check-installed';
import type { Entry } from '../knowledge-base/schema';
import { MAX_IMPORT_CHARS } from './limits';

export { MAX_IMPORT_CHARS };

/** Checks `text` as an import next to `installed` (the bundled entries). */
export function checkImportText(text: string, installed: readonly Entry[]): CheckResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      problems: [
        {
          severity: 'error',
          path: [],
          message: `the file is too large (${text.length} characters; at most ${MAX_IMPORT_CHARS})`,
          hint: 'split it, or leave out entries the pages you read do not need',
          line: 1,
          column: 1,
        },
      ],
    };
  }
  return checkKnowledgeBaseText(text, { installed: installedEntries(installed) });
}
