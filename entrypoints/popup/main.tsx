import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupBackend } from '../../utils/popup/popup-backend';
import { isToolbarPopup } from '../../utils/popup/popup-target';
import { settingsStore } from '../../utils/settings/settings-store';

// `popup.html#entry=<id>` opens that entry's card at once (links from the options page, tests).
const initialEntry = new URLSearchParams(location.hash.slice(1)).get('entry') ?? undefined;

render(
  <PopupApp
    backend={createPopupBackend()}
    settingsStore={settingsStore}
    closeAfterReveal={isToolbarPopup()}
    initialEntry={initialEntry}
  />,
  document.getElementById('app')!,
);
