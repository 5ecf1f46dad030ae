import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createOptionsBackend } from '../../utils/options/options-backend';
import { settingsStore } from '../../utils/settings/settings-store';

render(
  <OptionsApp backend={createOptionsBackend()} settingsStore={settingsStore} />,
  document.getElementById('app')!,
);
