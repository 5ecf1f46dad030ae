import { formatPath, type Problem, type ProblemPlace } from './problem';

/**
 * One line per problem, `file:line:column  error  path  message`, as editors and CI read it (a
 * problem that names its own file, in a folder's check, is shown with it);
 * under it the other places it involves (`also:`) and what to change (`fix:`).
 */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  const where = (p: ProblemPlace) =>
    p.line === undefined ? (p.file ?? file) : `${p.file ?? file}:${p.line}:${p.column}`;
  const lines = problems.map((p) => {
    const also = (p.also ?? []).map(
      (place) => `\n      also: ${where(place)}  ${formatPath(place.path)}`,
    );
    return `${where(p)}  ${p.severity}  ${formatPath(p.path)}  ${p.message}${also.join('')}\n      fix: ${p.hint}`;
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
