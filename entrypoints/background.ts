import bundledKb from 'virtual:qarina/bundled-kb';
import { browser } from 'wxt/browser';
import { packagedKnowledgeBase } from '../utils/cache/bundled-data';
import { registerMessageHandlers } from '../utils/messaging/handle';
import { createContentService } from '../utils/background/content-service';
import { createMessageHandlers } from '../utils/background/message-handlers';
import { registerCommands } from '../utils/background/command-listener';
import { createBackgroundData } from '../utils/imports/background-data';
import { registerPauseControls } from '../utils/pause/pause-controls';

// Wiring only. Everything runs inside main: WXT imports this file in Node at build time.
export default defineBackground(() => {
  // The bundled data (from the cache once seeded) with the reader's import merged over it. The
  // build validated the packaged file and gives its version: a wake to a current cache reads
  // neither; the file is fetched from the package only to seed or when IndexedDB fails.
  const { store, imports } = createBackgroundData(packagedKnowledgeBase(bundledKb));

  // Listeners are registered synchronously, before any await, so the event that woke the worker
  // is delivered to them. Until the cache is ready the store answers from the bundled data (once
  // the version check, or at most a second, has shown that the cache cannot answer).
  const content = createContentService(store);
  registerMessageHandlers(createMessageHandlers({ store, content, imports }));
  const pause = registerPauseControls();
  registerCommands({ pause: pause.run });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Install and update rewrite the cache even when the data version is unchanged: a new build
    // may store its records differently (the store skips it when this worker's start already
    // wrote them). Returned so tests can await it; browsers ignore it.
    if (reason === 'install' || reason === 'update') return store.seed({ force: true });
  });

  // Every start (browser start, or the worker waking up) checks the stored version and seeds when
  // it differs, which also retries a seed that was interrupted.
  void store.start();
});
