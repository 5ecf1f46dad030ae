/**
 * The contract of a folding module: a language's folder (utils/language/<code>/fold.ts) or the
 * script-independent one (utils/text/fold-common.ts). The driver (utils/text/fold.ts) asks each
 * module in turn; the first that claims a character decides its folded form.
 */
export interface ScriptFolder {
  /** For debugging and documentation. */
  readonly name: string;
  /**
   * The folded form of one UTF-16 code unit, or `undefined` when the character is not this
   * module's. `''` removes the character; the result may be longer than one unit (ß → ss); the
   * driver folds every unit of a result again, so modules may return unfolded text (NFKC output).
   * @param code the UTF-16 code unit
   * @param caseSensitive when true, keep letter case (the form used to check acronyms)
   */
  fold(code: number, caseSensitive: boolean): string | undefined;
}
