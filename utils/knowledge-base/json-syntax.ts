/**
 * The first JSON syntax error of a file, said the way a maintainer fixes it — "trailing comma
 * after the last item of the array", "missing ] to close the array opened at line 12, column 18"
 * — located where the fix goes, with what to type there. jsonc-parser's own errors name its
 * state instead (a trailing comma is "ValueExpected" at the bracket after it). Only the first
 * error is reported: what a parser says after one is mostly an echo of it.
 */
import { say } from './json-syntax-say';
import {
  closer,
  SyntaxState,
  T,
  type Expect,
  type Step,
  type SyntaxProblem,
  type Token,
} from './json-syntax-state';
import { describeToken, scanErrorProblem, unquotedProblem } from './json-syntax-words';

export type { SyntaxProblem };

/** What text outside double quotes was meant to be, by what was expected. */
const ROLE: Partial<Record<Expect, 'file' | 'key' | 'value'>> = {
  file: 'file',
  'first-key': 'key',
  key: 'key',
  value: 'value',
  'first-item': 'value',
  item: 'value',
};

/** Undefined when the text is valid JSON. */
export function jsonSyntaxProblem(text: string): SyntaxProblem | undefined {
  return new SyntaxWalk(text).run();
}

class SyntaxWalk extends SyntaxState {
  /** `trial`: a walk that tries one reading of a mistake, and tries no others itself. */
  constructor(
    text: string,
    private readonly trial = false,
  ) {
    super(text);
  }

  run(): SyntaxProblem | undefined {
    for (;;) {
      const { kind, tok } = this.read();
      if (kind === T.LineComment || kind === T.BlockComment) {
        return this.fail(tok.offset, say.comment());
      }
      const error = this.scanner.getTokenError();
      if (error !== 0) return scanErrorProblem(error, tok.raw, tok.offset);
      if (kind === T.EOF) return this.endOfFile();
      const found = kind === T.Unknown ? this.unknown(tok) : this.step(tok);
      if (found) return found;
      this.prev = tok;
    }
  }

  private step(tok: Token): Step {
    const c = tok.raw[0]!;
    switch (this.expect) {
      case 'first-key':
      case 'key':
        return this.keyStep(tok, c);
      case 'colon':
        if (c === ':') return ((this.expect = 'value'), null);
        return this.fail(this.prev.end, say.missingColon(this.key));
      case 'next':
        return this.nextStep(tok, c);
      case 'end':
        if (c === '}' || c === ']') return this.fail(tok.offset, say.extraCloser(c));
        return this.fail(tok.offset, say.afterEnd(this.prev.raw, this.at(this.prev.offset)));
      default:
        return this.valueStep(tok, c);
    }
  }

  /** At the start of the file, after a colon, after [ or after a comma in an array. */
  private valueStep(tok: Token, c: string): Step {
    const { expect } = this;
    if (c === '{' || c === '[') return this.opens(tok);
    // A list's ] deleted from "],": the next property comes where an item should.
    if (c === '"' && expect === 'item' && this.peek() === ':') {
      return this.unclosed(this.prev.offset, 'add ] before this comma');
    }
    if (/["\-\dtfn]/.test(c)) return this.valueDone();
    if (expect === 'file') return this.fail(tok.offset, say.startsWith(c));
    if (c === ']' && expect === 'first-item') return this.close();
    if (c === ']' && expect === 'item') return this.fail(this.prev.offset, say.trailingComma(c));
    if (expect === 'value') return this.fail(this.prev.end, say.missingValue(this.key));
    if (c === ',') return this.fail(tok.offset, say.extraComma(false, expect === 'first-item'));
    return c === '}' ? this.mismatch(tok) : this.unexpected(tok);
  }

  /** After { or after a comma in an object. */
  private keyStep(tok: Token, c: string): Step {
    const first = this.expect === 'first-key';
    if (c === '"') return ((this.key = tok.value), (this.expect = 'colon'), null);
    if (c === '}') return first ? this.close() : this.fail(this.prev.offset, say.trailingComma(c));
    if (c === ']') return this.mismatch(tok);
    if (c === ',') return this.fail(tok.offset, say.extraComma(true, first));
    // An entry's } deleted from "},": the next entry opens where a property name should.
    if (c === '{' && !first && this.open.at(-2)?.raw === '[') {
      return this.unclosed(this.prev.offset, 'add } before this comma');
    }
    return this.fail(tok.offset, say.keyExpected(tok.raw));
  }

  /** After a value inside an object or array: a comma or the closing bracket comes next. */
  private nextStep(tok: Token, c: string): Step {
    const inObject = this.top.raw === '{';
    if (c === ',') return ((this.expect = inObject ? 'key' : 'item'), null);
    if (c === closer(this.top)) return this.close();
    if (c === '}' || c === ']') return this.mismatch(tok);
    if (/^-?0$/.test(this.prev.raw) && /\d/.test(c) && tok.offset === this.prev.end) {
      return this.fail(this.prev.offset, say.leadingZero(this.prev.raw + tok.raw));
    }
    // "]," or "}," deleted: the next property (or entry) comes where a comma or closer should.
    const nextProperty = !inObject && c === '"' && this.peek() === ':';
    if (nextProperty || (inObject && c === '{' && this.open.at(-2)?.raw === '[')) {
      const fix = `add ${closer(this.top)}, after ${describeToken(this.prev.raw)}`;
      return this.unclosed(this.prev.end, fix);
    }
    if (c === '"' || (!inObject && /[{[\-\dtfn]/.test(c))) {
      const next = this.at(tok.offset);
      return this.fail(this.prev.end, say.missingComma(inObject, this.prev.raw, tok.raw, next));
    }
    return this.unexpected(tok);
  }

  private endOfFile(): SyntaxProblem | undefined {
    if (this.expect === 'end') return undefined;
    if (this.expect === 'file') return this.fail(0, say.empty());
    const closers = this.open.map(closer).reverse().join('');
    const what =
      this.expect === 'value'
        ? `the value of "${this.key}" is missing`
        : `${this.opened(this.top)} is not closed`;
    return this.fail(this.prev.end, say.cutOff(what, closers));
  }

  private unknown(tok: Token): SyntaxProblem {
    if (this.expect === 'end') {
      return this.fail(tok.offset, say.afterEnd(this.prev.raw, this.at(this.prev.offset)));
    }
    return unquotedProblem(tok.raw, tok.offset, ROLE[this.expect] ?? 'stray');
  }

  /** A closing bracket that does not close the innermost open one. */
  private mismatch(tok: Token): SyntaxProblem {
    const extra = () => this.fail(tok.offset, say.extraCloser(tok.raw));
    if (!this.open.some((o) => closer(o) === tok.raw)) return extra();
    // One closer too many, or one missing before it? The reading that parses further wins.
    if (!this.trial && this.reachOf(tok, false) > this.reachOf(tok, true)) return extra();
    const last = this.top.raw === '{' ? 'property' : 'item';
    const before = `the ${tok.raw} at ${this.at(tok.offset)}`;
    return this.unclosed(
      this.prev.end,
      `add ${closer(this.top)} after its last ${last}, before ${before}`,
    );
  }

  /**
   * How far the text parses if the innermost bracket is closed before `tok` (`closeFirst`), or
   * if `tok` is not there: the offset of the next error, or Infinity.
   */
  private reachOf(tok: Token, closeFirst: boolean): number {
    const walk = new SyntaxWalk(this.text, true);
    walk.open.push(...this.open);
    Object.assign(walk, { expect: this.expect, prev: this.prev, key: this.key });
    walk.scanner.setPosition(tok.end);
    if (closeFirst) {
      walk.close();
      const found = walk.step(tok);
      if (found) return found.offset;
      walk.prev = tok;
    }
    return walk.run()?.offset ?? Infinity;
  }

  private unexpected(tok: Token): SyntaxProblem {
    const inObject = this.top?.raw === '{';
    const after = inObject ? `the value of "${this.key}"` : describeToken(this.prev.raw);
    return this.fail(tok.offset, say.unexpected(tok.raw, after, inObject));
  }
}
