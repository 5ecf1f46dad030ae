/**
 * The one check a knowledge-base file goes through, wherever it comes from: `npm run kb:check`,
 * the build, and the options page's import. It never throws on bad input; it returns every
 * problem it finds, each located by JSON path (and line:column when the text is known).
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkEntries, type CheckOptions } from './check-entries';
import { jsonSyntaxProblem } from './json-syntax';
import { lineColumn } from './line-column';
import { MAX_NESTING, tooDeepAt } from './nesting-depth';
import { hasErrors, type Problem, type ProblemPlace } from './problem';
import { KnowledgeBaseSchema, type KnowledgeBase } from './schema';
import { schemaProblems } from './schema-problems';

export interface CheckResult {
  /** The parsed knowledge base, present only when there is no error. */
  knowledgeBase?: KnowledgeBase;
  problems: Problem[];
}

/** Checks a parsed value (no positions are known). */
export function checkKnowledgeBase(data: unknown, options: CheckOptions = {}): CheckResult {
  const parsed = KnowledgeBaseSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { problems: schemaProblems(parsed.error) };
  const problems = checkEntries(parsed.data, options);
  return { problems, knowledgeBase: hasErrors(problems) ? undefined : parsed.data };
}

/** Checks a file's text: JSON syntax first, then everything else, each problem with line:column. */
export function checkKnowledgeBaseText(text: string, options: CheckOptions = {}): CheckResult {
  const parsed = parseJsonText(text);
  if ('problems' in parsed) return { problems: parsed.problems };
  const result = checkKnowledgeBase(parsed.value, options);
  locateProblems(text, parsed.tree, result.problems);
  return result;
}

export type JsonTree = NonNullable<ReturnType<typeof parseTree>>;

/**
 * A file's JSON, or the located problem that stops it (too deep, a syntax error). The tree gives
 * every later problem its line and column.
 */
export function parseJsonText(
  text: string,
): { value: unknown; tree: JsonTree } | { problems: Problem[] } {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const problem: Problem = {
      severity: 'error',
      path: [],
      message: `nested more than ${MAX_NESTING} levels deep`,
      hint: 'a knowledge base nests a few levels (entries, facts, names); look for stray brackets',
      ...lineColumn(text, deep),
    };
    return { problems: [problem] };
  }
  const syntax = jsonSyntaxProblem(text);
  if (syntax) {
    const { offset, ...said } = syntax;
    return { problems: [{ severity: 'error', path: [], ...said, ...lineColumn(text, offset) }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    // Not expected (jsonSyntaxProblem finds what the parser does), but never a silent pass.
    const problems: Problem[] = errors.map((e) => ({
      severity: 'error',
      path: [],
      message: `not valid JSON: ${printParseErrorCode(e.error)}`,
      hint: 'fix the syntax at this position (a missing comma or quote is the usual cause)',
      ...lineColumn(text, e.offset),
    }));
    return { problems };
  }
  return { value: JSON.parse(text) as unknown, tree };
}

/** Gives a problem (and its other places) the line and column of its path in the text. */
export function locatePlace(text: string, tree: JsonTree, place: ProblemPlace, atKey = false) {
  // A value's parent is its property, which starts at the name.
  const property = atKey ? findNodeAtLocation(tree, place.path)?.parent : undefined;
  const node = property?.type === 'property' ? property : deepestNode(tree, place.path);
  if (node) Object.assign(place, lineColumn(text, node.offset));
}

function locateProblems(text: string, tree: JsonTree, problems: Problem[]): void {
  for (const problem of problems) {
    locatePlace(text, tree, problem, problem.atKey);
    problem.also?.forEach((place) => locatePlace(text, tree, place));
  }
}

/** The node at the path, or the deepest existing ancestor (a missing field points at its object). */
function deepestNode(tree: JsonTree, path: (string | number)[]) {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (node) return node;
  }
  return undefined;
}
