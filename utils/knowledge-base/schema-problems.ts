import type { z } from 'zod';
import type { Problem } from './problem';

const LANGUAGE_NAMES: Record<string, string> = {
  ar: 'Arabic',
  en: 'English',
  zh: 'Chinese',
  ru: 'Russian',
  kk: 'Kazakh',
};

/** Turns zod's issues into located problems with a hint a maintainer can act on. */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    return { severity: 'error', path, message: issue.message, hint: hintFor(issue, path) };
  });
}

function hintFor(issue: z.core.$ZodIssue, path: (string | number)[]): string | undefined {
  const last = path[path.length - 1];
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    if (typeof last === 'string' && LANGUAGE_NAMES[last]) {
      return `add the ${LANGUAGE_NAMES[last]} text ("${last}")`;
    }
    return `add the required field "${String(last)}"`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')} (see the JSON Schema for the allowed fields)`;
  }
  if (issue.code === 'invalid_value') {
    return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (last === 'url') return 'only http:// and https:// links are allowed in cards';
  if (issue.code === 'too_small') return 'add at least one item';
  return undefined;
}
