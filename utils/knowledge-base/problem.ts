/** One thing wrong with a knowledge-base file, located by its JSON path. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path into the JSON document, e.g. `['entries', 3, 'names', 'ar', 1]`. */
  path: (string | number)[];
  message: string;
  /** How to fix it: every problem says what to change. */
  hint: string;
  /** The file it is in, when a check reads several (the knowledge base's folder). */
  file?: string;
  /** 1-based line and column in the file, when the file's text is known. */
  line?: number;
  column?: number;
  /** Located at the property's name rather than its value (an unknown field, a bad key). */
  atKey?: boolean;
  /** The other places the problem involves (the first copy of a duplicated id). */
  also?: ProblemPlace[];
}

/** A second place a problem involves, located like the problem itself. */
export interface ProblemPlace {
  path: (string | number)[];
  file?: string;
  line?: number;
  column?: number;
}

/** `entries[3].names.ar[1]`, the form maintainers search for in their editor. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      const plain = /^[A-Za-z_$][\w$]*$/.test(part);
      if (!plain) return `[${JSON.stringify(part)}]`;
      return i === 0 ? part : `.${part}`;
    })
    .join('');
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
