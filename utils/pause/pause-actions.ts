/**
 * Pausing Qarina on one site or everywhere: the same two actions behind the keyboard commands,
 * the toolbar button's context menu and the popup's switches. The choice lives in the settings
 * (extension storage), so it survives clearing the site's cookies, and every content script
 * sees it at once through `watchSettings`.
 */
import { updateSettings } from '../settings/settings-store';
import type { Settings } from '../settings/settings';
import { hasSite, isSitePaused, withSitePaused } from '../settings/site-rules';
import { PAUSE_ACTIONS, type PauseAction } from '../commands';

export { hasSite, isSitePaused, PAUSE_ACTIONS, type PauseAction };

export function isPauseAction(value: unknown): value is PauseAction {
  return (PAUSE_ACTIONS as readonly unknown[]).includes(value);
}

/**
 * The settings after toggling: the site action resumes a paused site (removing every pattern
 * that covers it, wildcards included) or pauses it by its exact host; the other flips the
 * global pause.
 */
export function applyPauseAction(settings: Settings, action: PauseAction, url?: string): Settings {
  if (action === 'toggle-pause-everywhere') {
    return { ...settings, pausedEverywhere: !settings.pausedEverywhere };
  }
  if (!hasSite(url)) return settings;
  return withSitePaused(settings, url, !isSitePaused(settings, url));
}

/** Toggles and stores; resolves with the stored settings. */
export function runPauseAction(action: PauseAction, url?: string): Promise<Settings> {
  return updateSettings((current) => applyPauseAction(current, action, url));
}

/** Sets the site's pause to `paused` (the popup's switch states the wanted value, not a toggle). */
export function setSitePaused(url: string, paused: boolean): Promise<Settings> {
  return updateSettings((current) => withSitePaused(current, url, paused));
}

/** Sets the global pause to `paused`. */
export function setPausedEverywhere(paused: boolean): Promise<Settings> {
  return updateSettings((current) => ({ ...current, pausedEverywhere: paused }));
}
