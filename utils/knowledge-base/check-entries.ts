/**
 * Rules across entries that a JSON Schema cannot express. Input is a schema-valid knowledge
 * base; every problem carries the JSON path of the offending value and a fix hint.
 */
import { foldKey } from '../text/fold';
import { useBundledFoldTables } from '../text/fold-tables';
import { aliasSafety } from './alias-safety';
import { checkGeneratedAliases } from './check-generated-aliases';
import { checkAgainstInstalled, type InstalledEntries } from './check-installed';
import { didYouMean } from './did-you-mean';
import { checkIds, withoutRepeats } from './duplicate-ids';
import { checkTimes } from './check-times';
import { formatPath, type Problem } from './problem';
import type { KnowledgeBase } from './schema';
import { aliasObject, NAME_LANGUAGES } from './model';

export interface CheckOptions {
  /** The dispatch's text: when given, quoted dispatch sentences must occur in it verbatim. */
  dispatchText?: string;
  /**
   * Entries the file adds to (an import checked against the bundled data): `related` may name
   * them, but their ids and names may not be reused.
   */
  installed?: InstalledEntries;
  /**
   * Also warn about aliases the spelling rules generate from another name of the entry
   * (check-generated-aliases.ts: `npm run kb:check -- --redundant`); off by default until the
   * bundled data drops them.
   */
  generatedAliases?: boolean;
}

export function checkEntries(kb: KnowledgeBase, options: CheckOptions = {}): Problem[] {
  useBundledFoldTables(); // names fold as the lexicon folds them (中國 = 中国)
  const ids = checkIds(kb);
  return [
    ...ids.problems,
    ...withoutRepeats(
      [
        ...(options.installed ? checkAgainstInstalled(kb, options.installed) : []),
        ...checkRelated(kb, options.installed?.ids),
        ...checkAliases(kb),
        ...(options.generatedAliases ? checkGeneratedAliases(kb) : []),
        ...checkSources(kb, options),
        ...checkTimes(kb),
      ],
      ids.firstOf,
    ),
  ];
}

function checkRelated(kb: KnowledgeBase, installedIds?: ReadonlySet<string>): Problem[] {
  const ids = new Set([...(installedIds ?? []), ...kb.entries.map((e) => e.id)]);
  const problems: Problem[] = [];
  kb.entries.forEach((entry, i) =>
    entry.related.forEach((id, j) => {
      const path = ['entries', i, 'related', j];
      if (id === entry.id) {
        problems.push({
          severity: 'error',
          path,
          message: 'an entry cannot be related to itself',
          hint: `remove "${id}" from this entry's related ids`,
        });
      } else if (!ids.has(id)) {
        const guess = didYouMean(id, ids);
        problems.push({
          severity: 'error',
          path,
          message: `related id "${id}" does not exist`,
          hint: guess ? `did you mean "${guess}"?` : 'use the id of an entry in this file',
        });
      }
    }),
  );
  return problems;
}

function checkAliases(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  /** Match key → where it was first claimed. */
  const claimed = new Map<string, { entry: number; path: (string | number)[] }>();
  kb.entries.forEach((entry, i) => {
    for (const lang of NAME_LANGUAGES) {
      entry.names[lang]?.forEach((alias, j) => {
        const { text, caseSensitive = false, searchOnly = false } = aliasObject(alias);
        const path = ['entries', i, 'names', lang, j];
        const key = foldKey(text, { caseSensitive });
        if (!searchOnly) {
          const verdict = aliasSafety(key, caseSensitive);
          if (!verdict.safe)
            problems.push({
              severity: 'error',
              path,
              message: `alias "${text}" ${verdict.reason}: it would match ordinary text`,
              hint: 'mark it { "text": …, "searchOnly": true, "note": "why" }, make it caseSensitive if it is an acronym, or remove it',
            });
        }
        const previous = claimed.get(key);
        // A copy of an entry (same id) repeats its names: the duplicate id is the one mistake.
        const copy = previous !== undefined && kb.entries[previous.entry]!.id === entry.id;
        if (!previous) claimed.set(key, { entry: i, path });
        else if (previous.entry !== i && !copy)
          problems.push({
            severity: 'error',
            path,
            message: `alias "${text}" is also a name of "${kb.entries[previous.entry]!.id}" (${formatPath(previous.path)}) after normalisation`,
            hint: 'a name can lead to one card only: remove it from one entry',
          });
        else if (previous.entry === i && (lang !== 'kk' || !isSameAsRussian(entry.names, text)))
          problems.push({
            severity: 'warning',
            path,
            message: `alias "${text}" repeats ${formatPath(previous.path.slice(2))} after normalisation`,
            hint: 'remove the repeated name',
          });
      });
    }
  });
  return problems;
}

/** Kazakh Cyrillic names are often spelt exactly like the Russian ones; that is not a repeat. */
function isSameAsRussian(names: KnowledgeBase['entries'][number]['names'], text: string): boolean {
  return names.ru.some((alias) => aliasObject(alias).text === text);
}

function checkSources(kb: KnowledgeBase, { dispatchText }: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const ids = Object.keys(kb.sources);
  const used = new Set<string>();
  const quote = (text: string, path: (string | number)[]) => {
    if (dispatchText !== undefined && !dispatchText.includes(text))
      problems.push({
        severity: 'error',
        path,
        message: 'quoted sentence does not occur in the dispatch',
        hint: 'copy the sentence verbatim from data/dispatch-ar.txt',
      });
  };
  kb.entries.forEach((entry, i) => {
    entry.facts.forEach((fact, j) =>
      fact.sources.forEach((ref, k) => {
        const path = ['entries', i, 'facts', j, 'sources', k];
        if (typeof ref !== 'string') return quote(ref.dispatch, [...path, 'dispatch']);
        used.add(ref);
        if (!kb.sources[ref]) {
          const guess = didYouMean(ref, ids);
          problems.push({
            severity: 'error',
            path,
            message: `source "${ref}" is not in the sources table`,
            hint: guess
              ? `did you mean "${guess}"? Otherwise add it under "sources"`
              : 'add it under "sources"',
          });
        }
      }),
    );
    entry.dispatch?.forEach((sentence, j) => quote(sentence, ['entries', i, 'dispatch', j]));
  });
  for (const id of ids)
    if (!used.has(id))
      problems.push({
        severity: 'warning',
        path: ['sources', id],
        message: `source "${id}" is not cited by any fact`,
        hint: 'cite it or remove it',
      });
  return problems;
}
