/**
 * The bundled knowledge base as the build ships it: the folder data/kb/, merged and validated, goes
 * into the package as one file, `knowledge-base.json` (compact JSON), and the background gets only its
 * data version and entry count, from the virtual module `virtual:qarina/bundled-kb`. A worker
 * waking to a current cache so never parses, validates or hashes the file (utils/cache).
 */
import type { Plugin } from 'vite';
import type { PackagedFileInfo } from '../../utils/cache/bundled-data';
import { contentHash } from '../../utils/knowledge-base/content-hash';
import { formatProblems } from '../../utils/knowledge-base/format-problems';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import {
  checkBundledKnowledgeBase,
  InvalidKnowledgeBaseError,
  validKnowledgeBase,
} from './assert-kb-valid';
import { KB_FILE_OVERRIDE } from './kb-files';

export const BUNDLED_KB_MODULE = 'virtual:qarina/bundled-kb';
/** Where the file lands in the package. */
export const PACKAGED_KB_PATH = 'knowledge-base.json';

export interface PackagedKnowledgeBase {
  info: PackagedFileInfo;
  /** The file's contents in the package. */
  text: string;
}

/**
 * Reads and validates the knowledge base and computes what the package needs. An invalid one
 * throws the located report, as `build:before` does (it reaches here first in a build; `wxt dev`
 * reloads the data through the plugin below).
 */
export function packageKnowledgeBase(file = KB_FILE_OVERRIDE): PackagedKnowledgeBase {
  return packaged(validKnowledgeBase(file));
}

function packaged(kb: KnowledgeBase): PackagedKnowledgeBase {
  return {
    info: { version: contentHash(kb), entryCount: kb.entries.length, path: `/${PACKAGED_KB_PATH}` },
    text: JSON.stringify(kb),
  };
}

/** The Vite plugin serving `virtual:qarina/bundled-kb` (the background's build, and vitest). */
export function bundledKbModule(file = KB_FILE_OVERRIDE): Plugin {
  const resolved = `\0${BUNDLED_KB_MODULE}`;
  return {
    name: 'qarina:bundled-kb',
    resolveId: (source) => (source === BUNDLED_KB_MODULE ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const { paths, knowledgeBase, problems, shown } = checkBundledKnowledgeBase(file);
      // Rebuilt when a file changes (wxt dev).
      for (const path of paths) this.addWatchFile(path);
      if (!knowledgeBase) throw new InvalidKnowledgeBaseError(formatProblems(shown, problems));
      return `export default ${JSON.stringify(packaged(knowledgeBase).info)};`;
    },
  };
}
