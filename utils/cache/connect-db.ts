/**
 * Opening the cache for the background, with repair: a database this build cannot open is deleted
 * and recreated when that can help.
 */
import type { KnowledgeDb, OpenKnowledgeDbOptions } from './open-db';

/**
 * Errors for which deleting and recreating the database can help: `VersionError` (a newer build,
 * since rolled back, left it at a schema version this one does not know) and `UnknownError`
 * (Chrome's damaged backing store). Not unavailability (private windows, quota, no IndexedDB):
 * deleting cannot fix those.
 */
const REPAIRABLE = new Set(['VersionError', 'UnknownError']);

export interface ConnectOptions extends OpenKnowledgeDbOptions {
  openDb: (options: OpenKnowledgeDbOptions) => Promise<KnowledgeDb>;
  deleteDb: () => Promise<void>;
  logger: Pick<Console, 'warn'>;
}

/** Whether `error` is one that deleting and recreating the database can fix. */
export function isRepairable(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && REPAIRABLE.has(name);
}

/**
 * Opens the cache; if that fails in a repairable way, deletes the database and opens it afresh.
 * Safe because the cache holds only data derived from the bundled file, and meant for the
 * background at start: pages never delete, and other contexts close their connections on
 * `versionchange`, so the delete is not blocked for long. Never rejects: resolves with the
 * connection or with the error that leaves the cache unusable.
 */
export async function connectWithRepair(
  options: ConnectOptions,
): Promise<{ db: KnowledgeDb } | { error: unknown }> {
  const { openDb, deleteDb, logger, onClosed } = options;
  try {
    return { db: await openDb({ onClosed }) };
  } catch (openError) {
    if (!isRepairable(openError)) return { error: openError };
    logger.warn('[qarina] repairing the knowledge-base cache:', openError);
    try {
      await deleteDb();
      return { db: await openDb({ onClosed }) };
    } catch (repairError) {
      return { error: repairError };
    }
  }
}
