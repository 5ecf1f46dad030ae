import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkKnowledgeBaseText } from '../../utils/knowledge-base/check-knowledge-base';
import { formatProblems } from '../../utils/knowledge-base/format-problems';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import { KB_FILE, readDispatch } from './kb-files';

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

/** The bundled knowledge base, checked as `npm run kb:check` checks it; throws the report. */
export function validKnowledgeBase(file = KB_FILE): KnowledgeBase {
  const { problems, knowledgeBase } = checkKnowledgeBaseText(readFileSync(file, 'utf8'), {
    dispatchText: readDispatch(),
  });
  if (!knowledgeBase) {
    throw new InvalidKnowledgeBaseError(formatProblems(relative(process.cwd(), file), problems));
  }
  return knowledgeBase;
}

/** Used by the build (wxt.config.ts): an invalid bundled knowledge base stops it, located. */
export function assertBundledKnowledgeBaseValid(file = KB_FILE): void {
  validKnowledgeBase(file);
}
