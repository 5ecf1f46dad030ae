/**
 * The settings as UI state: loaded once, then kept current through the store's watch, so a
 * change made in another context (the options page, a keyboard command) shows at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { resolveReaderLanguage } from '../../utils/i18n/reader-language';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import type { Settings } from '../../utils/settings/settings';
import type { SettingsStore } from '../../utils/settings/settings-store';

/** The stored settings; undefined until the first read answers (a few milliseconds). */
export function useSettings(store: SettingsStore): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void store.load().then((s) => live && setSettings(s));
    const unwatch = store.watch((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);
  return settings;
}

/**
 * The interface language of the popup and the options page: the card language setting, so one
 * choice sets the language of everything Qarina shows, resolved from the browser's languages
 * when it is automatic (also before the settings are read, which is the common case anyway).
 */
export function interfaceLanguage(settings: Settings | undefined): CardLanguage {
  return resolveReaderLanguage(settings?.cardLanguage ?? 'auto', navigator.languages);
}
