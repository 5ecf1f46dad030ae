/**
 * Chinese word boundaries (issue 15): Chinese is written without spaces, so a name's characters
 * can belong to other words — 中国 in 发展中国家 (developing countries), 西安 in 广西安全
 * (Guangxi's safety), 日本 in 节日本身, 朝鲜 in 朝鲜族, 巴林 in 巴林右旗, any name before 族. A name is not a mention
 * where jieba's dictionary says the text around it is more probably other words: a word that
 * contains the name (far more probable than the name and the rest apart; an organisation's name,
 * 中国人民银行, still names China), or two words that meet inside the name, one over each of its
 * ends (广西|安全). The table (word-contexts.generated.ts, made by `npm run zh:words` from the
 * dictionary and the knowledge base's Chinese names) is too large for content scripts: it travels
 * with the lexicon as part of Chinese's fold table (tables.ts), and is read on first use.
 */

/** The text right before and after a name where it is part of other words. */
interface Context {
  before: string;
  after: string;
}

/** One name's contexts (see scripts/lib/zh-word-contexts.ts). */
interface NameContexts {
  name: string;
  /** Every character that can come right before the name in one of its contexts, and after. */
  charsBefore: Set<number>;
  charsAfter: Set<number>;
  /** The score the two sides of a cut must pass, in tenths. */
  threshold: number;
  /** Containing words: the text before and after the name. */
  containing: Context[];
  /**
   * The same, by the character right before the name (contexts with text before it) and right
   * after it (contexts with none before): a mention looks only at the few its neighbours allow.
   */
  byCharBefore: Map<number, Context[]>;
  byCharAfter: Map<number, Context[]>;
  /** For each cut inside the name: scores of the character before it and after it. */
  splits: { before: Map<number, number>; after: Map<number, number> }[];
}

let text = '';
/**
 * Installed as code units and not made text yet (a content script installs the table at ready,
 * and most pages never need it: the string of its 58 thousand code units is made on first use).
 */
let pendingCodes: Uint16Array | null = null;
/** By the name's first code unit and length (no string made for each mention looked up). */
let table: Map<number, NameContexts[]> | null = null;
let parsedFrom = '';

const slot = (first: number, length: number) => first * 64 + Math.min(length, 63);

/** Han characters (the text around a name matters only when it is Han too). */
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Uses `source` (the generated table's text or its code units; empty: none). */
export function installWordContexts(source: string | Uint16Array): void {
  if (typeof source !== 'string' && source.length > 0) {
    pendingCodes = source;
    return;
  }
  pendingCodes = null;
  useText(typeof source === 'string' ? source : '');
}

function useText(source: string): void {
  if (source === text) return;
  text = source;
  if (source !== parsedFrom) table = null; // parsed again on first use (kept across an empty one)
}

/** Makes the installed code units text (once, on first use). */
function settle(): void {
  const codes = pendingCodes!;
  pendingCodes = null;
  let source = '';
  for (let i = 0; i < codes.length; i += 8192)
    source += String.fromCharCode(...codes.subarray(i, i + 8192));
  useText(source);
}

/** The side of a cut: character, score, character, score… (一-37三-44). */
function parseSide(side: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const [, char, score] of side.matchAll(/(\D)(-?\d+)/gu)) {
    out.set(char!.charCodeAt(0), Number(score));
  }
  return out;
}

function parse(source: string): Map<number, NameContexts[]> {
  const out = new Map<number, NameContexts[]>();
  for (const line of source.split('\n')) {
    const [name, threshold, containing, ...splits] = line.split(' ');
    if (!name || threshold === undefined || containing === undefined) continue;
    const key = slot(name.charCodeAt(0), name.length);
    const list = out.get(key) ?? [];
    out.set(key, list);
    const contexts: NameContexts = {
      name,
      byCharBefore: new Map(),
      byCharAfter: new Map(),
      charsBefore: new Set(),
      charsAfter: new Set(),
      threshold: Number(threshold),
      containing:
        containing === '-'
          ? []
          : containing.split(',').map((pair) => {
              const [before = '', after = ''] = pair.split('|');
              return { before, after };
            }),
      splits: splits.map((split) => {
        const [before = '', after = ''] = split.split('/');
        return { before: parseSide(before), after: parseSide(after) };
      }),
    };
    for (const context of contexts.containing) {
      const { before, after } = context;
      const [map, c] =
        before !== ''
          ? [contexts.byCharBefore, before.charCodeAt(before.length - 1)]
          : [contexts.byCharAfter, after.charCodeAt(0)];
      const list = map.get(c);
      if (list) list.push(context);
      else map.set(c, [context]);
      (before !== '' ? contexts.charsBefore : contexts.charsAfter).add(c);
    }
    for (const split of contexts.splits) {
      for (const c of split.before.keys()) contexts.charsBefore.add(c);
      for (const c of split.after.keys()) contexts.charsAfter.add(c);
    }
    list.push(contexts);
  }
  return out;
}

/** Whether `codes[at, at + s.length)` spells `s`. */
function spells(codes: Uint16Array, length: number, at: number, s: string): boolean {
  if (at < 0 || at + s.length > length) return false;
  for (let i = 0; i < s.length; i++) if (codes[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * 族 after a name makes the name of a people (民族): 俄罗斯族 are the Russians of China, not
 * Russia, as 哈萨克族, 朝鲜族 and 塔吉克族 are peoples. jieba's dictionary has the common ones
 * as words, which the table covers, but not with the weight of a word of its own for every
 * people (俄罗斯族 is 90 times as probable as 俄罗斯 and 族 apart, short of the margin that keeps
 * a compound such as 日本政府 naming Japan): the suffix is a rule of the language.
 */
const ETHNIC_GROUP = 0x65cf; // 族

/**
 * True when the folded name at `codes[start, end)` lies inside other words of the text
 * (`codes[0, length)`, folded: simplified characters).
 */
export function insideChineseWord(
  codes: Uint16Array,
  length: number,
  start: number,
  end: number,
): boolean {
  if (end < length && codes[end] === ETHNIC_GROUP) return true;
  if (pendingCodes !== null) settle();
  if (text === '') return false;
  const charBefore = start > 0 ? codes[start - 1]! : 0;
  const charAfter = end < length ? codes[end]! : 0;
  if (!isHan(charBefore) && !isHan(charAfter)) return false;
  if (table === null) {
    table = parse(text);
    parsedFrom = text;
  }
  const list = table.get(slot(codes[start]!, end - start));
  if (list === undefined) return false;
  let contexts: NameContexts | undefined;
  for (const c of list) if (spells(codes, length, start, c.name)) contexts = c;
  // most names have none of their contexts' characters around them: done at once
  if (
    contexts === undefined ||
    (!contexts.charsBefore.has(charBefore) && !contexts.charsAfter.has(charAfter))
  )
    return false;
  for (const list of [contexts.byCharBefore.get(charBefore), contexts.byCharAfter.get(charAfter)]) {
    for (const { before, after } of list ?? []) {
      if (spells(codes, length, start - before.length, before) && spells(codes, length, end, after))
        return true;
    }
  }
  for (const split of contexts.splits) {
    const a = split.before.get(charBefore);
    const b = split.after.get(charAfter);
    if (a !== undefined && b !== undefined && a + b > contexts.threshold) return true;
  }
  return false;
}
