/**
 * An import as the merged store serves it. Its entries keep their ids (an id the bundled data
 * also has is refused at import, and skipped here should a later bundled file add it), but its
 * source ids are moved to a range of their own: both files may call a source "S1", and a card
 * looks its sources up by id in one table.
 */
import type { Entry, Source, SourceRef } from '../knowledge-base/schema';
import type { StoredImport } from './stored-import';

/** Imported source "S7" is served as "S1000007". */
export const IMPORTED_SOURCE_BASE = 1_000_000;

export interface ServedImport {
  fileName: string;
  version: string;
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  /** The import's sources under their served ids. */
  sources: Readonly<Record<string, Source>>;
}

/** The served id of an imported source id ("S7" → "S1000007"). */
export function servedSourceId(id: string): string {
  return `S${IMPORTED_SOURCE_BASE + Number(id.slice(1))}`;
}

/** Whether a served source id belongs to the import. */
export function isImportedSourceId(id: string): boolean {
  return /^S\d+$/.test(id) && Number(id.slice(1)) >= IMPORTED_SOURCE_BASE;
}

const remapRef = (ref: SourceRef): SourceRef =>
  typeof ref === 'string' ? servedSourceId(ref) : ref;

/** The import's entries and sources as served, leaving out entries whose id is bundled. */
export function serveImport(stored: StoredImport, bundledIds: ReadonlySet<string>): ServedImport {
  const { knowledgeBase } = stored;
  const entries = knowledgeBase.entries
    .filter((entry) => !bundledIds.has(entry.id))
    .map((entry) => ({
      ...entry,
      facts: entry.facts.map((fact) => ({ ...fact, sources: fact.sources.map(remapRef) })),
    }));
  const sources = Object.fromEntries(
    Object.entries(knowledgeBase.sources).map(([id, source]) => [servedSourceId(id), source]),
  );
  return {
    fileName: stored.fileName,
    version: stored.version,
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    sources,
  };
}
