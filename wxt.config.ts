import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { assertBundledKnowledgeBaseValid } from './scripts/lib/assert-kb-valid';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The build refuses an invalid knowledge base, with the same located errors as `npm run kb:check`.
    'build:before': () => assertBundledKnowledgeBaseValid(),
  },
  manifest: ({ browser }) => ({
    // Localized from public/_locales (en, ar, zh_CN, ru).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
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
