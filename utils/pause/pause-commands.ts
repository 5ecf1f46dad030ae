/**
 * The pause actions' names and their manifest `commands` entries. Free of imports: the build's
 * wxt.config.ts reads it in Node.
 */

/** The two pause actions; also the manifest command names and the context menu item ids. */
export const PAUSE_ACTIONS = ['toggle-pause-site', 'toggle-pause-everywhere'] as const;
export type PauseAction = (typeof PAUSE_ACTIONS)[number];

/**
 * Manifest `commands` for the pause actions, described in the browser's language. Only the site
 * toggle suggests a key: Chrome allows four suggested keys per extension and the mention
 * navigation takes two; readers assign the other at chrome://extensions/shortcuts.
 */
export const PAUSE_COMMANDS_MANIFEST = {
  'toggle-pause-site': {
    suggested_key: { default: 'Alt+Shift+Q' },
    description: '__MSG_cmdPauseSite__',
  },
  'toggle-pause-everywhere': { description: '__MSG_cmdPauseEverywhere__' },
} satisfies Record<PauseAction, { description: string; suggested_key?: { default: string } }>;
