/** Settings kept in memory: the pages' components render with it, without extension storage. */
import { normalizeSettings, type Settings } from '../../utils/settings/settings';
import type { SettingsStore } from '../../utils/settings/settings-store';

export function memorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let current = normalizeSettings(initial);
  const watchers = new Set<(settings: Settings) => void>();
  return {
    load: async () => current,
    async update(change) {
      current = normalizeSettings(change(current));
      for (const watcher of watchers) watcher(current);
      return current;
    },
    watch(callback) {
      watchers.add(callback);
      return () => void watchers.delete(callback);
    },
  };
}
