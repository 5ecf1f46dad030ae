/**
 * The extension's keyboard commands (manifest `commands`), in one place: their names, suggested
 * keys, and the message the background relays to the active tab. Add new commands here.
 */

/** Move to the next / previous highlighted mention and open its card. */
export const NAVIGATION_COMMANDS = {
  'next-mention': { key: 'Alt+Shift+N', direction: 'next', message: 'commandNextMention' },
  'previous-mention': { key: 'Alt+Shift+P', direction: 'previous', message: 'commandPreviousMention' },
} as const;

export type NavigationCommand = keyof typeof NAVIGATION_COMMANDS;
export type NavigationDirection = (typeof NAVIGATION_COMMANDS)[NavigationCommand]['direction'];

/** The manifest's `commands` entries for the navigation commands (descriptions from _locales). */
export function navigationCommandsManifest() {
  return Object.fromEntries(
    Object.entries(NAVIGATION_COMMANDS).map(([name, { key, message }]) => [
      name,
      { suggested_key: { default: key }, description: `__MSG_${message}__` },
    ]),
  );
}

/** The message the background sends to a tab's top frame for a navigation command. */
export interface NavigateMessage {
  type: 'qarina:navigate';
  direction: NavigationDirection;
}

export function isNavigateMessage(value: unknown): value is NavigateMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, direction } = value as Record<string, unknown>;
  return type === 'qarina:navigate' && (direction === 'next' || direction === 'previous');
}
