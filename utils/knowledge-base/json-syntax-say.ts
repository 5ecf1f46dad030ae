/**
 * The words of json-syntax.ts for mistakes of structure (commas, colons, brackets): each a
 * message and the fix, as `[message, hint]`. Positions come in as text (`line 3, column 5`).
 */
import { describeToken, shortToken } from './json-syntax-words';

export type Said = [message: string, hint: string];

const ONE_OBJECT = 'a knowledge base is one object: { "sources": { … }, "entries": [ … ] }';
const part = (inObject: boolean) => (inObject ? 'property' : 'item');

export const say = {
  comment: (): Said => [
    'comments are not allowed in JSON',
    'delete the comment (a "note" or "notes" field can hold an explanation)',
  ],
  empty: (): Said => ['the file is empty', ONE_OBJECT],
  startsWith: (raw: string): Said => [`the file starts with ${raw}`, ONE_OBJECT],
  cutOff: (what: string, closers: string): Said => [
    `unexpected end of file: ${what}`,
    `the file seems cut off: restore the rest, or end it with ${closers}`,
  ],
  missingValue: (key: string): Said => [
    `the value of "${key}" is missing`,
    'write a value after the colon: "text", a number, true, false, null, { } or [ ]',
  ],
  extraComma: (inObject: boolean, first: boolean): Said => [
    first ? `comma before the first ${part(inObject)}` : 'two commas in a row',
    'delete this comma',
  ],
  trailingComma: (closer: string): Said => [
    `trailing comma after the last ${closer === ']' ? 'item of the array' : 'property of the object'}`,
    `delete this comma: JSON allows none before ${closer}`,
  ],
  keyExpected: (raw: string): Said =>
    /^["\-\d]|^(true|false|null)$/.test(raw)
      ? [`property name ${raw} is not in double quotes`, `write "${raw}"`]
      : [`expected a property name in double quotes, found ${raw}`, 'write "name": before it'],
  missingColon: (key: string): Said => [
    `missing : after the property name "${key}"`,
    `add : after "${key}"`,
  ],
  missingComma: (inObject: boolean, prev: string, next: string, nextAt: string): Said => [
    `missing comma between two ${inObject ? 'properties of the object' : 'items of the array'}`,
    `add , after ${describeToken(prev)} (before ${describeToken(next)} at ${nextAt})`,
  ],
  /**
   * The innermost open bracket is not closed: `fix` says where its closer goes (before the
   * bracket that closes an outer one, before a comma, or with the comma that should follow).
   */
  unclosed: (opened: string, inObject: boolean, fix: string): Said => [
    `missing ${inObject ? '}' : ']'} to close ${opened}`,
    fix,
  ],
  leadingZero: (number: string): Said => [
    `number ${number} starts with 0`,
    'delete the leading 0, or put the text in double quotes',
  ],
  extraCloser: (closer: string): Said => [`one ${closer} too many`, `delete this ${closer}`],
  afterEnd: (last: string, lastAt: string): Said => [
    'unexpected text after the end of the data',
    `delete everything after ${describeToken(last)} at ${lastAt}, which closes the file`,
  ],
  unexpected: (raw: string, after: string, inObject: boolean): Said => [
    `unexpected ${shortToken(raw)} after ${after}`,
    `delete it, or add a comma before it if a new ${part(inObject)} starts here`,
  ],
};
