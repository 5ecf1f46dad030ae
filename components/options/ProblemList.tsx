import type { UiStrings } from '../../utils/i18n/ui-strings';
import { formatPath, type Problem } from '../../utils/knowledge-base/problem';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  problems: readonly Problem[];
  strings: UiStrings;
}

/**
 * Every problem of a file, each with its line and column, JSON path, message and fix. The
 * checker's messages and paths are English and code-like: shown left-to-right in any interface.
 */
export function ProblemList({ problems, strings }: ProblemListProps) {
  return (
    <ol class="qo-problems" data-testid="import-problems">
      {problems.map((p, i) => (
        <li key={i} class="qo-problem" data-severity={p.severity}>
          {p.line !== undefined && (
            <span class="qo-where">
              {strings.t('optionsProblemAt', String(p.line), String(p.column ?? 1))}
            </span>
          )}{' '}
          <code dir="ltr">{formatPath(p.path)}</code>{' '}
          <span lang="en" dir="ltr">
            {p.message}
          </span>
          {p.hint && (
            <div class="qo-hint">
              {strings.parts('optionsProblemFix', <bdi lang="en">{p.hint}</bdi>)}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
