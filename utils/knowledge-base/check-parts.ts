/**
 * The bundled knowledge base is a folder (`data/kb/`): an index file with what belongs to the
 * whole (its title) and parts, each `{ sources, entries }`, merged in file-name order into the one
 * knowledge base the build ships and imports use. Small parts give readable diffs and few merge
 * conflicts; the check is the one a single file gets (check-knowledge-base.ts), run on the merged
 * data, with every problem located back in the part it comes from.
 */
import {
  checkKnowledgeBase,
  locatePlace,
  parseJsonText,
  type JsonTree,
} from './check-knowledge-base';
import type { CheckOptions } from './check-entries';
import type { Problem, ProblemPlace } from './problem';
import type { KnowledgeBase } from './schema';

/** A file of the folder: its name as shown to maintainers, and its text. */
export interface KnowledgeBaseFile {
  name: string;
  text: string;
}

export interface PartsResult {
  knowledgeBase?: KnowledgeBase;
  problems: Problem[];
}

interface ParsedFile extends KnowledgeBaseFile {
  tree: JsonTree;
  value: Record<string, unknown>;
}

/** Where a merged entry or source came from. */
interface Origin {
  file: ParsedFile;
  /** The same value's path inside its file. */
  path: (string | number)[];
}

/** Checks the index and the parts as one knowledge base; each problem names its file. */
export function checkKnowledgeBaseParts(
  index: KnowledgeBaseFile,
  parts: readonly KnowledgeBaseFile[],
  options: CheckOptions = {},
): PartsResult {
  const parsed: ParsedFile[] = [];
  const problems: Problem[] = [];
  for (const file of [index, ...parts]) {
    const result = parseJsonText(file.text);
    if ('problems' in result) {
      problems.push(...result.problems.map((p) => ({ ...p, file: file.name })));
    } else if (!isObject(result.value)) {
      problems.push({
        severity: 'error',
        file: file.name,
        path: [],
        line: 1,
        column: 1,
        message: 'must be a JSON object',
        hint: 'write { "sources": { … }, "entries": [ … ] } (the index: { "title": … })',
      });
    } else {
      parsed.push({ ...file, tree: result.tree, value: result.value });
    }
  }
  if (problems.length > 0) return { problems };
  if (parts.length === 0) {
    const hint = 'add a part file with entries next to the index';
    return {
      problems: [{ severity: 'error', file: index.name, path: [], message: 'no parts', hint }],
    };
  }
  const [indexFile, ...partFiles] = parsed;
  const { merged, origins, misplaced } = merge(indexFile!, partFiles);
  const result = checkKnowledgeBase(merged, options);
  const files = new Map(parsed.map((file) => [file.name, file]));
  const located = [...misplaced, ...result.problems].map((problem) => {
    const place = locateIn(problem, origins, files, indexFile!);
    if (problem.also)
      place.also = problem.also.map((also) => locateIn(also, origins, files, indexFile!));
    return place;
  });
  return {
    problems: located,
    knowledgeBase: misplaced.length === 0 ? result.knowledgeBase : undefined,
  };
}

function merge(index: ParsedFile, parts: ParsedFile[]) {
  const origins = new Map<string, Origin>();
  const sources: Record<string, unknown> = {};
  const entries: unknown[] = [];
  const misplaced: Problem[] = [];
  const merged: Record<string, unknown> = { ...withoutSchema(index.value) };
  for (const part of parts) {
    for (const [key, value] of Object.entries(withoutSchema(part.value))) {
      if (key === 'sources' && isObject(value)) {
        for (const [id, source] of Object.entries(value)) {
          const first = origins.get(`sources/${id}`);
          if (first) {
            misplaced.push({
              severity: 'error',
              file: part.name,
              path: ['sources', id],
              atKey: true,
              message: `source id "${id}" is already used in ${first.file.name}`,
              hint: 'give this source an unused id (ids are unique across the folder)',
              also: [{ file: first.file.name, path: first.path }],
            });
            continue;
          }
          origins.set(`sources/${id}`, { file: part, path: ['sources', id] });
          sources[id] = source;
        }
      } else if (key === 'entries' && Array.isArray(value)) {
        value.forEach((entry, j) => {
          origins.set(`entries/${entries.length}`, { file: part, path: ['entries', j] });
          entries.push(entry);
        });
      } else {
        const known = key === 'sources' || key === 'entries';
        misplaced.push({
          severity: 'error',
          file: part.name,
          path: [key],
          atKey: !known,
          message: known
            ? `"${key}" must be ${key === 'sources' ? 'an object of sources by id' : 'an array of entries'}`
            : `a part holds "sources" and "entries" only, not "${key}"`,
          hint: known
            ? 'see the other parts of data/kb/ for the shape'
            : 'what belongs to the whole knowledge base (its title) goes in the index file',
        });
      }
    }
  }
  merged.sources = sources;
  merged.entries = entries;
  return { merged, origins, misplaced };
}

/** Maps a path of the merged knowledge base to its file and path there, with line and column. */
function locateIn<T extends ProblemPlace>(
  place: T,
  origins: Map<string, Origin>,
  files: Map<string, ParsedFile>,
  index: ParsedFile,
): T {
  const atKey = 'atKey' in place && place.atKey === true;
  if (place.file !== undefined) {
    const file = files.get(place.file);
    if (file) locatePlace(file.text, file.tree, place, atKey);
    return place;
  }
  const [head, key, ...rest] = place.path;
  const origin =
    head === 'entries' || head === 'sources' ? origins.get(`${head}/${key}`) : undefined;
  if (!origin) {
    // The knowledge base as a whole: the index (or, for an empty list, no line at all).
    const located = { ...place, file: index.name };
    if (head !== 'entries' && head !== 'sources')
      locatePlace(index.text, index.tree, located, atKey);
    return located;
  }
  const located = { ...place, file: origin.file.name, path: [...origin.path, ...rest] };
  locatePlace(origin.file.text, origin.file.tree, located, atKey);
  return located;
}

function withoutSchema(value: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, ...rest } = value;
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
