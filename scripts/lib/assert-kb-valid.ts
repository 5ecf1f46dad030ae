import { readFileSync } from 'node:fs';
import { checkKnowledgeBaseText } from '../../utils/knowledge-base/check-knowledge-base';
import { checkKnowledgeBaseParts } from '../../utils/knowledge-base/check-parts';
import { formatProblems } from '../../utils/knowledge-base/format-problems';
import type { Problem } from '../../utils/knowledge-base/problem';
import type { CheckOptions } from '../../utils/knowledge-base/check-entries';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import { useBundledMatchTables } from '../../utils/text/match-tables';
import {
  KB_DIR,
  KB_FILE_OVERRIDE,
  readDispatch,
  readKnowledgeBaseFolder,
  shownPath,
} from './kb-files';

/**
 * The build's refusal of an invalid knowledge base. Its message is the located report and its
 * stack is that message alone: WXT prints a failed command's error with its stack (consola), and
 * a trace of the build's own code under the report would only bury it.
 */
export class InvalidKnowledgeBaseError extends Error {
  override name = 'InvalidKnowledgeBaseError';

  constructor(report: string) {
    super(`The knowledge base is invalid; the build stops here.\n${report}`);
    this.stack = this.message;
  }
}

export interface BundledCheck {
  /** What was checked, as shown: the folder, or the one file. */
  shown: string;
  /** The files read (for a watcher). */
  paths: string[];
  problems: Problem[];
  knowledgeBase?: KnowledgeBase;
}

/**
 * Checks the bundled knowledge base as `npm run kb:check` does: one file when given (or
 * QARINA_KB_FILE is set), else the folder data/kb/. Maintainers' data also gets the warning
 * about aliases the spelling rules already generate (imports do not).
 */
export function checkBundledKnowledgeBase(
  file = KB_FILE_OVERRIDE,
  extra: CheckOptions = {},
): BundledCheck {
  useBundledMatchTables(); // the name variants' tables, for the generated-alias warning
  if (file === undefined) return checkKnowledgeBaseFolder(KB_DIR, extra);
  return {
    shown: shownPath(file),
    paths: [file],
    ...checkKnowledgeBaseText(readFileSync(file, 'utf8'), {
      dispatchText: readDispatch(),
      generatedAliases: true,
      ...extra,
    }),
  };
}

/** Checks a folder laid out as data/kb/ (an index and parts), merged. */
export function checkKnowledgeBaseFolder(dir: string, extra: CheckOptions = {}): BundledCheck {
  useBundledMatchTables(); // the name variants' tables, for the generated-alias warning
  const { index, parts, paths } = readKnowledgeBaseFolder(dir);
  const options = { dispatchText: readDispatch(), generatedAliases: true, ...extra };
  return { shown: shownPath(dir), paths, ...checkKnowledgeBaseParts(index, parts, options) };
}

/** The bundled knowledge base, checked as `npm run kb:check` checks it; throws the report. */
export function validKnowledgeBase(file = KB_FILE_OVERRIDE): KnowledgeBase {
  const { problems, knowledgeBase, shown } = checkBundledKnowledgeBase(file);
  if (!knowledgeBase) throw new InvalidKnowledgeBaseError(formatProblems(shown, problems));
  return knowledgeBase;
}

/** Used by the build (wxt.config.ts): an invalid bundled knowledge base stops it, located. */
export function assertBundledKnowledgeBaseValid(file = KB_FILE_OVERRIDE): void {
  validKnowledgeBase(file);
}
