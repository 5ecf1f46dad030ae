/**
 * Makes utils/language/zh/word-contexts.generated.ts, the contexts in which a Chinese name of the
 * knowledge base is part of a longer word (issue 15: 中国 in 发展中国家, 西安 in 广西安全), from
 * jieba's dictionary (dict.txt in the npm package @node-rs/jieba, MIT: 349,045 words with their
 * frequencies in jieba's corpus) and the Chinese names of data/kb.
 *
 * The rule, jieba's own: a text is cut where the product of its words' probabilities is highest.
 * For each name and each dictionary word w that contains the name (发展中国家) or overlaps one of
 * its ends (广西 over the start of 西安, 安全 over its end), the covering text u (w and the name
 * together) is cut both ways: keeping the name as one word (the rest of u cut at best), or w
 * (the rest of u cut at best). When w's cut is more probable, the name is not a word in u: the
 * characters of u before and after the name are stored as a context. The name counts as at least
 * as probable as its own best cut (jieba's suggest_freq: a name is never cut by itself); a
 * character not in the dictionary counts as a word seen once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE_DIR = dirname(require.resolve('@node-rs/jieba/package.json'));

/** jieba's dictionary: word → frequency, the total, and the package's version. */
export interface Dictionary {
  freq: Map<string, number>;
  /** Words jieba tags as organisation names (nt). */
  organisations: Set<string>;
  logTotal: number;
  maxLength: number;
  version: string;
}

/** Reads `word freq [tag]` lines (jieba's dict.txt); only words of Han characters are kept. */
export function parseDictionary(text: string, version = ''): Dictionary {
  const freq = new Map<string, number>();
  const organisations = new Set<string>();
  let total = 0;
  let maxLength = 0;
  for (const line of text.split('\n')) {
    const [word, count, tag] = line.trim().split(' ');
    const n = Number(count);
    if (!word || !(n > 0)) continue;
    total += n;
    if (!/^\p{Script=Han}+$/u.test(word)) continue;
    freq.set(word, (freq.get(word) ?? 0) + n);
    if (tag === 'nt') organisations.add(word);
    maxLength = Math.max(maxLength, word.length);
  }
  return { freq, organisations, logTotal: Math.log(total), maxLength, version };
}

/** The installed package's dictionary. */
export function readDictionary(): Dictionary {
  const { version } = JSON.parse(readFileSync(resolve(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  return parseDictionary(readFileSync(resolve(PACKAGE_DIR, 'dict.txt'), 'utf8'), version);
}

/** log P of a word (a character not in the dictionary: seen once). */
function logP(dict: Dictionary, word: string): number {
  return Math.log(dict.freq.get(word) ?? (word.length === 1 ? 1 : 0)) - dict.logTotal;
}

/** log P of the best cut of `text` into dictionary words and single characters. */
export function bestCut(dict: Dictionary, text: string): number {
  const best = new Float64Array(text.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let end = 1; end <= text.length; end++) {
    for (let start = Math.max(0, end - dict.maxLength); start < end; start++) {
      const p = logP(dict, text.slice(start, end));
      if (p > -Infinity && best[start]! + p > best[end]!) best[end] = best[start]! + p;
    }
  }
  return best[text.length]!;
}

/**
 * How much more probable (natural log) a dictionary word containing a name must be than the
 * name and the rest of the word as separate words for the name not to count inside it: a
 * compound of the name and other words (日本政府: 36 times as probable as 日本 and 政府 apart)
 * keeps the name, a word of its own (朝鲜族 1,600 times, 巴林右旗 67,000 times, 发展中国家
 * 11,000 times) does not. jieba itself cuts at any gain (0): a name inside a compound is still a
 * mention (tests/fixtures/corpus/README.md).
 */
export const CONTAINING_MARGIN = Math.log(1000);

/** Where a name is not a word: the text right before and after it. */
export interface Context {
  before: string;
  after: string;
}

/** A name's contexts: words containing it, and pairs of words meeting inside it. */
export interface NameContexts {
  /** Containing words (发展|家 for 中国 in 发展中国家). */
  containing: Context[];
  /**
   * For each cut inside the name (after its i-th character, i from 1): the texts before the
   * name that end a word with the name's first i characters (广 for 广西 over 西安), and those
   * after it that start a word with the rest (全 for 安全), each with the word's log
   * probability less that of the text alone. The name is cut there when a before and an after
   * found around it score more, together, than the name (`name`).
   */
  splits: { before: Map<string, number>; after: Map<string, number> }[];
  /** The name's log probability (at least that of its own best cut). */
  name: number;
}

/**
 * How much more probable (natural log) two dictionary words meeting inside a name (广西|安全 over
 * 西安), or one word over one of its ends (外交部长 over 中国外交部), must be than the name with
 * the characters around it as words of their own: none, jieba's own rule. Unlike a word that
 * contains the whole name (a compound such as 日本政府 still names Japan), such a cut leaves no
 * reading in which the name is a word. A margin of 100 times (before) kept 日本 in 今日|本地
 * (jieba's cut 12 times as probable), 中国 in 其中|国有企业 (2.7 times) and 中国外交部 in
 * 中国|外交部长 (5 times).
 */
export const SPLIT_MARGIN = 0;

/** The longest text before or after a name that a split looks at (one character). */
export const SPLIT_SIDE = 1;

/** The longest text before or after a name that one word over one of its ends may cover. */
export const CROSSING_SIDE = 1;

/**
 * The fewest characters of a name one word over one of its ends must cover: two words meeting
 * inside the name are needed where it covers one (国家 alone over 中国 in 中国家庭 is no sign).
 */
export const CROSSING_INSIDE = 2;

/** Scores are stored in tenths of a natural log unit. */
const tenths = (score: number) => Math.round(score * 10);

/** The contexts of names (folded, simplified), by name. */
export function contextsOf(dict: Dictionary, names: Iterable<string>): Map<string, NameContexts> {
  const out = new Map<string, NameContexts>();
  const lengths = new Set<number>();
  for (const name of names) {
    if (out.has(name) || name.length < 2) continue;
    lengths.add(name.length);
    out.set(name, {
      containing: [],
      splits: Array.from({ length: name.length - 1 }, () => ({
        before: new Map(),
        after: new Map(),
      })),
      name: Math.max(logP(dict, name), bestCut(dict, name)),
    });
  }
  // a name's proper starts and ends, to the names that have them
  const startsOf = new Map<string, string[]>();
  const endsOf = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, name: string) => {
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  };
  for (const name of out.keys()) {
    for (let i = 1; i < name.length; i++) {
      push(startsOf, name.slice(0, i), name);
      push(endsOf, name.slice(i), name);
    }
  }
  const cut = new Map<string, number>();
  const cutOf = (text: string) => {
    let p = cut.get(text);
    if (p === undefined) cut.set(text, (p = bestCut(dict, text)));
    return p;
  };
  for (const [word, count] of dict.freq) {
    const p = Math.log(count) - dict.logTotal;
    // words containing a name: not a compound of organisation (中国人民银行 names China)
    if (!dict.organisations.has(word)) {
      for (const length of lengths) {
        for (let i = 0; i + length <= word.length && length < word.length; i++) {
          const contexts = out.get(word.slice(i, i + length));
          if (!contexts) continue;
          const before = word.slice(0, i);
          const after = word.slice(i + length);
          if (p - (cutOf(before) + contexts.name + cutOf(after)) > CONTAINING_MARGIN)
            contexts.containing.push({ before, after });
        }
      }
    }
    // one word over one end of a name (外交部长 over the end of 哈萨克斯坦外交部), the rest of
    // the name cut by itself
    for (let side = 1; side <= CROSSING_SIDE && side < word.length; side++) {
      const before = word.slice(0, side);
      const inside = word.length - side;
      if (inside < CROSSING_INSIDE) continue;
      for (const name of startsOf.get(word.slice(side)) ?? []) {
        const contexts = out.get(name)!;
        const gain = p + cutOf(name.slice(inside)) - (cutOf(before) + contexts.name);
        if (gain > SPLIT_MARGIN) contexts.containing.push({ before, after: '' });
      }
      const after = word.slice(inside);
      for (const name of endsOf.get(word.slice(0, inside)) ?? []) {
        const contexts = out.get(name)!;
        const gain =
          cutOf(name.slice(0, name.length - inside)) + p - (contexts.name + cutOf(after));
        if (gain > SPLIT_MARGIN) contexts.containing.push({ before: '', after });
      }
    }
    // words over a name's start (the side before it) or its end (the side after it)
    for (let side = 1; side <= SPLIT_SIDE && side < word.length; side++) {
      const before = word.slice(0, side);
      for (const name of startsOf.get(word.slice(side)) ?? []) {
        out.get(name)!.splits[word.length - side - 1]!.before.set(before, p - cutOf(before));
      }
      const after = word.slice(word.length - side);
      const inside = word.slice(0, word.length - side);
      for (const name of endsOf.get(inside) ?? []) {
        out.get(name)!.splits[name.length - inside.length - 1]!.after.set(after, p - cutOf(after));
      }
    }
  }
  for (const contexts of out.values()) {
    for (const split of contexts.splits) {
      const bestBefore = Math.max(-Infinity, ...split.before.values());
      const bestAfter = Math.max(-Infinity, ...split.after.values());
      for (const [text, score] of split.before)
        if (score + bestAfter <= contexts.name + SPLIT_MARGIN) split.before.delete(text);
      for (const [text, score] of split.after)
        if (score + bestBefore <= contexts.name + SPLIT_MARGIN) split.after.delete(text);
    }
  }
  return out;
}

/**
 * One line a name: the name, the score two sides must pass to cut it (its own plus SPLIT_MARGIN), its containing words (before|after, comma-separated, or
 * -), then for each cut inside it the characters before with their scores, a slash, and the
 * characters after with theirs (一-37三-44/企-8家7). Scores in tenths; sides as
 * word-less-side log probabilities (see NameContexts.splits).
 */
export function formatContexts(all: Map<string, NameContexts>): string {
  const lines: string[] = [];
  for (const [name, contexts] of [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const splits = contexts.splits.map((split) =>
      [split.before, split.after]
        .map((side) =>
          [...side]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([text, score]) => `${text}${tenths(score)}`)
            .join(''),
        )
        .join('/'),
    );
    const containing = contexts.containing.map((c) => `${c.before}|${c.after}`).sort();
    if (containing.length === 0 && splits.every((split) => split === '/')) continue;
    lines.push(
      [name, tenths(contexts.name + SPLIT_MARGIN), containing.join(',') || '-', ...splits].join(
        ' ',
      ),
    );
  }
  return lines.join('\n');
}
