/**
 * The extension's keyboard commands (manifest `commands`), in one place: their names, suggested
 * keys, descriptions and what each does. Free of imports: the build's wxt.config.ts reads it in
 * Node. The background listens once (utils/background/command-listener.ts). Add new commands here.
 */

/** Move to the next / previous highlighted mention and open its card (sent to the tab). */
export const NAVIGATION_COMMANDS = {
  'next-mention': { key: 'Alt+Shift+N', direction: 'next', message: 'commandNextMention' },
  'previous-mention': {
    key: 'Alt+Shift+P',
    direction: 'previous',
    message: 'commandPreviousMention',
  },
} as const;

/**
 * The two pause actions; also the context menu item ids. Only the site toggle suggests a key:
 * Chrome allows four suggested keys per extension and the mention navigation takes two; readers
 * assign the other at chrome://extensions/shortcuts.
 */
export const PAUSE_COMMANDS = {
  'toggle-pause-site': { key: 'Alt+Shift+Q', message: 'cmdPauseSite' },
  'toggle-pause-everywhere': { key: undefined, message: 'cmdPauseEverywhere' },
} as const;

export type NavigationCommand = keyof typeof NAVIGATION_COMMANDS;
export type NavigationDirection = (typeof NAVIGATION_COMMANDS)[NavigationCommand]['direction'];
export type PauseAction = keyof typeof PAUSE_COMMANDS;
export const PAUSE_ACTIONS = Object.keys(PAUSE_COMMANDS) as PauseAction[];

/** What a command does, or undefined for a command that is not ours. */
export type CommandAction =
  { kind: 'navigate'; direction: NavigationDirection } | { kind: 'pause'; action: PauseAction };

export function commandAction(command: string): CommandAction | undefined {
  if (Object.hasOwn(NAVIGATION_COMMANDS, command)) {
    return {
      kind: 'navigate',
      direction: NAVIGATION_COMMANDS[command as NavigationCommand].direction,
    };
  }
  if (Object.hasOwn(PAUSE_COMMANDS, command))
    return { kind: 'pause', action: command as PauseAction };
  return undefined;
}

/** The manifest's `commands`: every command, described in the browser's language (_locales). */
export function commandsManifest(): Record<
  string,
  { description: string; suggested_key?: { default: string } }
> {
  const all = { ...NAVIGATION_COMMANDS, ...PAUSE_COMMANDS };
  return Object.fromEntries(
    Object.entries(all).map(([name, { key, message }]) => [
      name,
      { ...(key ? { suggested_key: { default: key } } : {}), description: `__MSG_${message}__` },
    ]),
  );
}
