/**
 * The per-code-unit folding tables: what each UTF-16 code unit folds to, computed once from the
 * folders (fold-common.ts, then each language's) and cached in a lazily filled 64K table, so
 * folding costs one table read per character. fold.ts folds text through them; the matcher's
 * fused loop (utils/match/fold-scan.ts) reads them directly to fold and step at once.
 */
import { LANGUAGES } from '../language/registry';
import type { ScriptFolder } from '../language/script-folder';
import { foldCommon } from './fold-common';

/**
 * The modules, in the order they are asked: common first (it owns spaces and invisibles, some
 * inside a script's block, such as the Arabic letter mark), then the languages' (whose ranges
 * do not overlap, so their order does not matter).
 */
export const SCRIPT_FOLDERS: readonly ScriptFolder[] = [
  foldCommon,
  ...LANGUAGES.flatMap((language) => (language.folder ? [language.folder] : [])),
];

/** A code unit's kind in a table. */
export const UNKNOWN = 0;
export const SINGLE = 1; // one output unit, in `single`
export const REMOVE = 2; // no output
export const SPACE = 3; // one space, collapsed with neighbouring spaces
export const MULTI = 4; // several output units, in `multi`

/** A lazily filled per-code-unit folding table (one for each case mode). */
export class FoldTable {
  readonly kind = new Uint8Array(65536);
  readonly single = new Uint16Array(65536);
  readonly multi = new Map<number, string>();
  /** Whether any folding is cached: clearing a fresh frame's table wrote 64 KB for nothing. */
  filled = false;
  constructor(readonly caseSensitive: boolean) {}

  /** Forgets every cached folding (the folders' tables changed). */
  clear(): void {
    if (this.filled) this.kind.fill(UNKNOWN);
    this.filled = false;
    this.multi.clear();
  }

  /** Computes and caches the folding of one code unit; returns its kind. */
  fill(c: number): number {
    this.filled = true;
    const out = this.resolve(c, 0);
    const kind = out === '' ? REMOVE : out === ' ' ? SPACE : out.length === 1 ? SINGLE : MULTI;
    if (kind === SINGLE) this.single[c] = out.charCodeAt(0);
    if (kind === MULTI) this.multi.set(c, out);
    this.kind[c] = kind;
    return kind;
  }

  private resolve(c: number, depth: number): string {
    if (c >= 0xd800 && c <= 0xdfff) return String.fromCharCode(c); // astral halves pass through
    let out: string | undefined;
    for (const folder of SCRIPT_FOLDERS) {
      out = folder.fold(c, this.caseSensitive);
      if (out !== undefined) break;
    }
    if (out === undefined) {
      const ch = String.fromCharCode(c);
      const lower = this.caseSensitive ? ch : ch.toLowerCase();
      out = lower.length === 1 ? lower : ch;
    }
    if (out.length === 1 && out.charCodeAt(0) === c) return out;
    if (depth > 2) return out;
    // A module may return text that itself needs folding (NFKC output, İ → i + dot above).
    let folded = '';
    for (let i = 0; i < out.length; i++) folded += this.resolve(out.charCodeAt(i), depth + 1);
    return folded;
  }
}

/** The two tables: case-folded (index 0, what keys and pages match in) and case-kept. */
export const TABLES = [new FoldTable(false), new FoldTable(true)] as const;
