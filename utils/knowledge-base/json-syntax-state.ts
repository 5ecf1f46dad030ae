/**
 * The state json-syntax.ts walks a text with — the tokens (jsonc-parser's scanner), the open
 * brackets, what may come next — and the small moves and words every step uses.
 */
import { createScanner, type JSONScanner } from 'jsonc-parser';
import { say, type Said } from './json-syntax-say';
import { describePosition } from './line-column';

export interface SyntaxProblem {
  /** Where the fix goes (0-based offset into the text). */
  offset: number;
  message: string;
  hint: string;
}

/** jsonc-parser's SyntaxKind values (a `const enum`, which isolated modules cannot read). */
export const T = {
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
};

/** What comes next: `item` and `key` follow a comma, `first-…` an opening bracket. */
export type Expect =
  'file' | 'value' | 'first-item' | 'item' | 'first-key' | 'key' | 'colon' | 'next' | 'end';

export interface Token {
  raw: string;
  /** A string's decoded value. */
  value: string;
  offset: number;
  end: number;
}

/** A problem, or `null` to read on. */
export type Step = SyntaxProblem | null;

export const closer = (bracket: Token) => (bracket.raw === '{' ? '}' : ']');

export class SyntaxState {
  protected readonly scanner: JSONScanner;
  /** The open brackets, innermost last. */
  protected readonly open: Token[] = [];
  protected expect: Expect = 'file';
  /** The last token read (not whitespace). */
  protected prev: Token = { raw: '', value: '', offset: 0, end: 0 };
  /** The last property name read. */
  protected key = '';

  constructor(protected readonly text: string) {
    this.scanner = createScanner(text, false);
  }

  /** The next token that is not whitespace, with jsonc-parser's kind. */
  protected read(): { kind: number; tok: Token } {
    let kind: number = this.scanner.scan();
    while (kind === T.Trivia || kind === T.LineBreak) kind = this.scanner.scan();
    const offset = this.scanner.getTokenOffset();
    const raw = this.text.slice(offset, offset + this.scanner.getTokenLength());
    return {
      kind,
      tok: { raw, value: this.scanner.getTokenValue(), offset, end: offset + raw.length },
    };
  }

  /** The next token's text, without moving on. */
  protected peek(): string {
    const position = this.scanner.getPosition();
    const { tok } = this.read();
    this.scanner.setPosition(position);
    return tok.raw;
  }

  protected opens(tok: Token): Step {
    this.open.push(tok);
    this.expect = tok.raw === '{' ? 'first-key' : 'first-item';
    return null;
  }

  protected close(): Step {
    this.open.pop();
    return this.valueDone();
  }

  protected valueDone(): Step {
    this.expect = this.open.length === 0 ? 'end' : 'next';
    return null;
  }

  protected get top(): Token {
    return this.open.at(-1)!;
  }

  protected at(offset: number): string {
    return describePosition(this.text, offset);
  }

  protected opened(bracket: Token): string {
    return `the ${bracket.raw === '{' ? 'object' : 'array'} opened at ${this.at(bracket.offset)}`;
  }

  protected fail(offset: number, [message, hint]: Said): SyntaxProblem {
    return { offset, message: `not valid JSON: ${message}`, hint };
  }

  /** The innermost open bracket is not closed; `fix` says where its closer goes. */
  protected unclosed(offset: number, fix: string): SyntaxProblem {
    return this.fail(offset, say.unclosed(this.opened(this.top), this.top.raw === '{', fix));
  }
}
