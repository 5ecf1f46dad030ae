/**
 * The bundled knowledge base as the build ships it: the file itself goes into the package as
 * `knowledge-base.json` (compact JSON of the validated data), and the background gets only its
 * data version and entry count, from the virtual module `virtual:qarina/bundled-kb`. A worker
 * waking to a current cache so never parses, validates or hashes the file (utils/cache).
 */
import type { Plugin } from 'vite';
import type { PackagedFileInfo } from '../../utils/cache/bundled-data';
import { contentHash } from '../../utils/knowledge-base/content-hash';
import { validKnowledgeBase } from './assert-kb-valid';
import { KB_FILE } from './kb-files';

export const BUNDLED_KB_MODULE = 'virtual:qarina/bundled-kb';
/** Where the file lands in the package. */
export const PACKAGED_KB_PATH = 'knowledge-base.json';

export interface PackagedKnowledgeBase {
  info: PackagedFileInfo;
  /** The file's contents in the package. */
  text: string;
}

/**
 * Reads and validates the knowledge base and computes what the package needs. An invalid file
 * throws the located report, as `build:before` does (it reaches here first in a build; `wxt dev`
 * reloads the file through the plugin below).
 */
export function packageKnowledgeBase(file = KB_FILE): PackagedKnowledgeBase {
  const kb = validKnowledgeBase(file);
  return {
    info: { version: contentHash(kb), entryCount: kb.entries.length, path: `/${PACKAGED_KB_PATH}` },
    text: JSON.stringify(kb),
  };
}

/** The Vite plugin serving `virtual:qarina/bundled-kb` (the background's build, and vitest). */
export function bundledKbModule(file = KB_FILE): Plugin {
  const resolved = `\0${BUNDLED_KB_MODULE}`;
  return {
    name: 'qarina:bundled-kb',
    resolveId: (source) => (source === BUNDLED_KB_MODULE ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      // Rebuilt when the file changes (wxt dev).
      this.addWatchFile(file);
      return `export default ${JSON.stringify(packageKnowledgeBase(file).info)};`;
    },
  };
}
