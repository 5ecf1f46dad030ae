import type { z } from 'zod';
import type { Problem } from './problem';
import { allowedFields, nearestField } from './schema-fields';

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

const LANGUAGE_NAMES: Record<string, string> = {
  ar: 'Arabic',
  en: 'English',
  zh: 'Chinese',
  ru: 'Russian',
  kk: 'Kazakh',
};

/**
 * Turns zod's issues into located problems, each with a fix a maintainer can act on. An unknown
 * field is named at its key with the fields allowed there; a misspelt required field ("sorces") is
 * one problem, not also "sources is missing".
 */
export function schemaProblems(error: z.ZodError): Problem[] {
  const problems = error.issues.flatMap((issue) => fromIssue(issue, []));
  const renamedTo = new Set(problems.flatMap((p) => (p.renameTo ? [p.renameTo] : [])));
  return problems
    .filter((p) => !p.missing || !renamedTo.has(p.missing))
    .map(({ renameTo: _, missing: __, ...problem }) => problem);
}

/** A problem, with what lets a rename absorb the missing field it names (path keys). */
type Draft = Problem & { renameTo?: string; missing?: string };

function fromIssue(issue: Issue, prefix: Path): Draft[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => unknownField(issue, path, key));
  if (issue.code === 'invalid_union') return fromUnion(issue, path);
  const draft: Draft = {
    severity: 'error',
    path,
    message: issue.message,
    hint: hintFor(issue, path),
  };
  if (issue.code === 'invalid_key') {
    Object.assign(draft, { atKey: true, message: issue.issues[0]?.message ?? issue.message });
    draft.hint = `rename the key "${String(path.at(-1))}" (${draft.message})`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined)
    draft.missing = JSON.stringify(path);
  return [draft];
}

function unknownField(issue: Issue, parent: Path, key: string): Draft {
  const allowed = allowedFields(parent);
  const guess = nearestField(key, allowed);
  const present = guess !== undefined && Object.hasOwn(Object(issue.input), guess);
  const hint =
    guess === undefined
      ? 'remove it, or use one of the fields allowed here'
      : present
        ? `remove it ("${guess}" is already there)`
        : `rename it to "${guess}"`;
  return {
    severity: 'error',
    path: [...parent, key],
    atKey: true,
    message: `unknown field "${key}" (allowed here: ${allowed.join(', ') || 'none'})`,
    hint,
    renameTo: guess && !present ? JSON.stringify([...parent, guess]) : undefined,
  };
}

/** A value no option of a union accepts: the option of the value's own type says why. */
function fromUnion(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path): Draft[] {
  const wrongType = (issues: readonly Issue[]) =>
    issues.length === 1 && issues[0]!.code === 'invalid_type' && issues[0]!.path.length === 0;
  const matching = issue.errors.filter((issues) => !wrongType(issues));
  if (matching.length === 1) return matching[0]!.flatMap((inner) => fromIssue(inner, path));
  const expected = issue.errors.flatMap((issues) =>
    wrongType(issues) && issues[0]!.code === 'invalid_type' ? [issues[0]!.expected] : [],
  );
  const message = `expected ${expected.join(' or ') || 'another value'}`;
  const hint = path.includes('names')
    ? 'write the name as "text" or as { "text": "…" }'
    : path.includes('sources')
      ? 'cite a source id such as "S15", or quote the dispatch: { "dispatch": "…" }'
      : `write ${expected.map(article).join(' or ')} here`;
  return [{ severity: 'error', path, message, hint }];
}

const WRITE: Record<string, string> = {
  string: 'text in double quotes',
  array: 'a list: [ … ]',
  object: 'an object: { … }',
  boolean: 'true or false',
  number: 'a number',
};

function article(type: string): string {
  return WRITE[type] ?? `a ${type}`;
}

function hintFor(issue: Issue, path: Path): string {
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input !== undefined) return `write ${article(issue.expected)} here`;
      if (typeof last === 'string' && LANGUAGE_NAMES[last]) {
        return `add the ${LANGUAGE_NAMES[last]} text ("${last}")`;
      }
      if (last === 'checked')
        return 'add "checked": the date you last checked the page against the facts citing it (YYYY-MM-DD)';
      if (last === 'released') return 'add "released": the data\'s release date (YYYY-MM-DD)';
      return `add the required field "${String(last)}"`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return formatHint(path);
    case 'too_small':
      return issue.origin === 'array'
        ? 'add at least one item'
        : 'write the text here (an empty or blank text is not allowed)';
    default:
      return 'correct the value (data/knowledge-base.schema.json says what is allowed here)';
  }
}

function formatHint(path: Path): string {
  const last = path[path.length - 1];
  if (last === 'url') return 'only http:// and https:// links are allowed in cards';
  if (last === 'released') return 'write the release date as a day: 2026-12-06';
  if (typeof last === 'string' && ['from', 'until', 'on', 'checked'].includes(last))
    return 'write the date as 2025, 2025-04 or 2025-04-25';
  if (last === 'id') return 'use lowercase ASCII letters, digits and hyphens, e.g. "wang-yi"';
  if (path.at(-2) === 'sources') return 'cite a source id from "sources", such as "S15"';
  return 'rewrite the value in the form the message gives';
}
