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
    name: 'Qarina',
    description:
      'Contextual fact cards for the people, places, organisations and terms of the news you read.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qarina@qarina.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
