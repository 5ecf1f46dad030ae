/**
 * Rules for a file added to a knowledge base already installed (an import on the options page,
 * checked against the bundled data): its entries add to the installed ones, so they may relate
 * to them but not reuse their ids or names.
 */
import { foldKey, keysCollide } from '../text/fold';
import { useBundledFoldTables } from '../text/fold-tables';
import type { Problem } from './problem';
import type { Entry, KnowledgeBase } from './schema';
import { aliasObject, NAME_LANGUAGES } from './model';

/** The ids and folded names of the installed entries. */
export interface InstalledEntries {
  ids: ReadonlySet<string>;
  /** Case-folded match key → the names with that key (and the id of the entry each names). */
  names: ReadonlyMap<string, readonly InstalledName[]>;
}

interface InstalledName {
  id: string;
  text: string;
  caseSensitive: boolean;
}

/** Every alias of an entry with its JSON path suffix and match key. */
function* aliasKeys(entry: Entry) {
  for (const lang of NAME_LANGUAGES) {
    const names = entry.names[lang] ?? [];
    for (let j = 0; j < names.length; j++) {
      const { text, caseSensitive = false } = aliasObject(names[j]!);
      yield { text, caseSensitive, path: ['names', lang, j], key: foldKey(text) };
    }
  }
}

/** Indexes installed entries for {@link checkAgainstInstalled}. */
export function installedEntries(entries: readonly Entry[]): InstalledEntries {
  useBundledFoldTables(); // names fold as the lexicon folds them (中國 = 中国)
  const names = new Map<string, InstalledName[]>();
  for (const entry of entries) {
    for (const { key, text, caseSensitive } of aliasKeys(entry)) {
      const list = names.get(key) ?? [];
      list.push({ id: entry.id, text, caseSensitive });
      names.set(key, list);
    }
  }
  return { ids: new Set(entries.map((e) => e.id)), names };
}

/** An id or a name that an installed entry already has is an error, located at the value. */
export function checkAgainstInstalled(kb: KnowledgeBase, installed: InstalledEntries): Problem[] {
  useBundledFoldTables();
  const problems: Problem[] = [];
  kb.entries.forEach((entry, i) => {
    if (installed.ids.has(entry.id))
      problems.push({
        severity: 'error',
        path: ['entries', i, 'id'],
        message: `id "${entry.id}" is already used by the installed knowledge base`,
        hint: 'imported entries add to the installed ones: give this entry a new id',
      });
    for (const alias of aliasKeys(entry)) {
      const { text, path } = alias;
      // Keys that fold alike collide unless both names are case-sensitive and differ in case.
      const owner = installed.names
        .get(alias.key)
        ?.find((name) => name.id !== entry.id && keysCollide(name, alias))?.id;
      if (owner !== undefined)
        problems.push({
          severity: 'error',
          path: ['entries', i, ...path],
          message: `alias "${text}" is already a name of the installed entry "${owner}" after normalisation`,
          hint: 'a name can lead to one card only: remove it from this entry',
        });
    }
  });
  return problems;
}
