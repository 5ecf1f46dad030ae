import { useEffect, useState } from 'preact/hooks';
import { readCacheStatus, readEntryFromCache } from '../../utils/cache/page-read';
import type { CacheMeta } from '../../utils/cache/read-cache';
import { displayName, type Entry } from '../../utils/knowledge-base/schema';

/** `popup.html#entry=wang-yi` opens that entry, read straight from the cache the background filled. */
function entryIdFromHash(): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get('entry') ?? undefined;
}

export function PopupApp() {
  const [meta, setMeta] = useState<CacheMeta | null | undefined>(undefined);
  const [entry, setEntry] = useState<Entry | null>(null);

  useEffect(() => {
    readCacheStatus().then(
      (m) => setMeta(m ?? null),
      () => setMeta(null),
    );
    const id = entryIdFromHash();
    if (id)
      readEntryFromCache(id).then(
        (e) => setEntry(e ?? null),
        () => setEntry(null),
      );
  }, []);

  return (
    <main>
      <h1>Qarina</h1>
      {entry && (
        <section data-testid="cached-entry">
          <h2 lang="ar" dir="rtl">
            {displayName(entry, 'ar')}
          </h2>
          <p lang="en">{displayName(entry, 'en')}</p>
          <p lang="en">{entry.summary.en}</p>
        </section>
      )}
      <footer data-testid="cache-status">
        {meta === undefined
          ? 'Reading the cache…'
          : meta === null
            ? 'The cache is not ready: answering from the bundled data.'
            : `Cache: data version ${meta.version}, ${meta.entryCount} entries`}
      </footer>
    </main>
  );
}
