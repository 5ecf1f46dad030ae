import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { assertBundledKnowledgeBaseValid } from './scripts/lib/assert-kb-valid';
import { bundledKbModule, PACKAGED_KB_PATH, packageKnowledgeBase } from './scripts/lib/bundled-kb';
import { quietKnownWarnings } from './scripts/lib/quiet-warnings';
import { commandsManifest } from './utils/commands';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // bundledKbModule: the background gets the knowledge base's version and size, not its content.
  vite: () => ({
    plugins: [preact(), bundledKbModule()],
    build: { rollupOptions: { onwarn: quietKnownWarnings } },
  }),
  hooks: {
    // The build refuses an invalid knowledge base, with the same located errors as `npm run kb:check`.
    'build:before': () => assertBundledKnowledgeBaseValid(),
    // The knowledge base ships as a file the background loads only when its cache cannot answer.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: PACKAGED_KB_PATH, contents: packageKnowledgeBase().text });
    },
  },
  manifest: ({ browser }) => ({
    // Localized from public/_locales (en, ar, zh_CN, ru).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: the toolbar button's pause menu; activeTab: the URL of the tab a command or
    // menu click is about (no broad "tabs" permission).
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // Every keyboard command (utils/commands.ts): mention navigation and the pause toggles.
    commands: commandsManifest(),
    // card.js (entrypoints/card.ts), the card's code, which the content script imports on first
    // need: content scripts may import only what is web-accessible. A page can fetch it too; it
    // holds code only (no data, no settings, no knowledge base), and what it defines in the page's
    // world reaches nothing of ours. Chromium's use_dynamic_url puts it behind a per-session URL,
    // so a page cannot probe a fixed address for the extension (Firefox's address is already
    // random per install).
    web_accessible_resources: [
      {
        resources: ['card.js'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Chrome 148+: runtime messages structured-cloned, not JSON, so the lexicon's bytes reach a
    // frame as they are (no base64 to parse and decode: utils/messaging/clone-probe.ts). Older
    // Chrome ignores the key and stays with JSON; Firefox always clones and ignores it.
    ...(browser === 'firefox' ? {} : { message_serialization: 'structured_clone' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qarina@qarina.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
