/**
 * The popup's data: every entry and the search index over them, loaded after the first paint so
 * the search box is ready to type at once; a query typed meanwhile is answered as soon as the
 * index exists.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DataStatus } from '../../utils/imports/with-imports';
import type { Entry } from '../../utils/knowledge-base/schema';
import type { PopupBackend } from '../../utils/popup/popup-backend';
import { createSearchIndex, type SearchIndex } from '../../utils/search/search';

export interface Knowledge {
  /** Undefined until loaded. */
  index?: SearchIndex;
  byId: ReadonlyMap<string, Entry>;
  status?: DataStatus;
  /** The background could not be reached or failed. */
  failed: boolean;
}

export function useKnowledge(backend: PopupBackend): Knowledge {
  const [entries, setEntries] = useState<Entry[] | undefined>(undefined);
  const [status, setStatus] = useState<DataStatus | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    backend.loadEntries().then(setEntries, () => setFailed(true));
    backend.getStatus().then(setStatus, () => setFailed(true));
  }, [backend]);
  const index = useMemo(() => (entries ? createSearchIndex(entries) : undefined), [entries]);
  const byId = useMemo(() => new Map((entries ?? []).map((e) => [e.id, e])), [entries]);
  return { index, byId, status, failed };
}
