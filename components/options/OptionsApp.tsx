import { useEffect, useState } from 'preact/hooks';
import { languageDirection } from '../../utils/i18n/reader-language';
import { uiStrings } from '../../utils/i18n/ui-strings';
import type { OptionsBackend } from '../../utils/options/options-backend';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import type { SettingsStore } from '../../utils/settings/settings-store';
import { interfaceLanguage, useSettings } from '../shared/use-settings';
import { AppearanceSettings } from './AppearanceSettings';
import { ImportSection } from './ImportSection';
import { OPTIONS_CSS } from './options-styles';
import { PausedSites } from './PausedSites';
import { TypeFilter } from './TypeFilter';

/** Props of {@link OptionsApp}. */
export interface OptionsAppProps {
  backend: OptionsBackend;
  /** The reader's settings (the entrypoint hands in the one in extension storage). */
  settingsStore: SettingsStore;
}

/**
 * The options page. Each change is stored at once (no save button); open tabs see it through
 * the storage watch, and "Saved" confirms it to screen readers too.
 */
export function OptionsApp({ backend, settingsStore }: OptionsAppProps) {
  const settings = useSettings(settingsStore);
  const strings = uiStrings(interfaceLanguage(settings));
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    document.documentElement.lang = strings.lang;
    document.documentElement.dir = languageDirection(strings.lang);
    document.title = strings.t('optionsTitle');
  }, [strings]);

  const store = (change: (current: Settings) => Settings) =>
    void settingsStore.update(change).then(() => setSaves((n) => n + 1));
  const onChange = (patch: Partial<Settings>) => store((current) => ({ ...current, ...patch }));

  return (
    <div class="qo-app" lang={strings.lang} dir={languageDirection(strings.lang)}>
      <style>{OPTIONS_CSS}</style>
      <h1>{strings.t('optionsTitle')}</h1>
      {settings && (
        <>
          <AppearanceSettings settings={settings} strings={strings} onChange={onChange} />
          <TypeFilter
            selected={settings.highlightTypes}
            strings={strings}
            onChange={(highlightTypes) => onChange({ highlightTypes })}
          />
          <PausedSites settings={settings} strings={strings} onChange={onChange} />
          <section class="qo-section">
            <button
              type="button"
              data-testid="reset"
              onClick={() => store(() => ({ ...DEFAULT_SETTINGS }))}
            >
              {strings.t('optionsReset')}
            </button>
          </section>
        </>
      )}
      <ImportSection backend={backend} strings={strings} />
      <p class="qo-saved" role="status" data-testid="saved">
        {saves > 0 ? strings.t('optionsSaved') : ''}
      </p>
    </div>
  );
}
