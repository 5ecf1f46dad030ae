import { formatPath, type Problem } from './problem';

/** One line per problem: `file:line:column  error  path  message (hint)`, as editors and CI read it. */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  const lines = problems.map((p) => {
    const where = p.line === undefined ? file : `${file}:${p.line}:${p.column}`;
    const hint = p.hint ? `\n      fix: ${p.hint}` : '';
    return `${where}  ${p.severity}  ${formatPath(p.path)}  ${p.message}${hint}`;
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
