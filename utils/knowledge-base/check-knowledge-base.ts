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
  const result = checkKnowledgeBase(JSON.parse(text), options);
  const locate = (place: ProblemPlace, atKey = false) => {
    // A value's parent is its property, which starts at the name.
    const property = atKey ? findNodeAtLocation(tree, place.path)?.parent : undefined;
    const node = property?.type === 'property' ? property : deepestNode(tree, place.path);
    if (node) Object.assign(place, lineColumn(text, node.offset));
  };
  for (const problem of result.problems) {
    locate(problem, problem.atKey);
    problem.also?.forEach((place) => locate(place));
  }
  return result;
}

/** The node at the path, or the deepest existing ancestor (a missing field points at its object). */
function deepestNode(tree: NonNullable<ReturnType<typeof parseTree>>, path: (string | number)[]) {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (node) return node;
  }
  return undefined;
}
