/**
 * Synthetic knowledge-base entries and typing sessions for benchmarks: any number of entries with
 * names of realistic lengths in the four card languages (Latin 2–4 words, Arabic 1–4 words,
 * Chinese 2–6 characters, Russian 2–4 words; one to three names each, some acronyms marked
 * case-sensitive, some search-only), from a seeded PRNG so every run sees the same data.
 */
import type { Alias, Entry } from '../../utils/knowledge-base/schema';
import { ENTRY_TYPES } from '../../utils/knowledge-base/model';

/** A seeded PRNG (mulberry32): `next()` in [0, 1). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof createRandom>;

const LATIN =
  'ka ri mo na sul tan bek al ma ty ur gen zhi ping wa ng yi nur le u tok ay ev as ta de ro li shan hai or kha'.split(
    ' ',
  );
const ARABIC =
  'كا ري مو نا سل طا بي ال ما تي اور غن جي بن وا نغ يي نو ر لو تو كاي يف اس تا دي رو لي شا نغ ها خا'.split(
    ' ',
  );
const HAN =
  '阿尔斯坦特列乌卡耶夫哈萨克中国上海合作组织王毅习近平努拉木图明华东西南北京天山河江湖新大小人民共和会议委员经济'.split(
    '',
  );
const CYRILLIC =
  'ка ри мо на сул тан бек ал ма ты ур ген чжи пин ва н и нур ле у ток а ев ас та де ро ли шан хай ор ха'.split(
    ' ',
  );

function word(random: Random, syllables: readonly string[], min: number, max: number): string {
  let w = '';
  for (let i = random.int(min, max); i > 0; i--) w += random.pick(syllables);
  return w;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** One name in a language's style. */
function nameIn(random: Random, lang: 'ar' | 'en' | 'zh' | 'ru'): string {
  const words = (n: number, syllables: readonly string[], cap: boolean) =>
    Array.from({ length: n }, () => word(random, syllables, 1, 3))
      .map((w) => (cap ? capital(w) : w))
      .join(' ');
  if (lang === 'en') return words(random.int(2, 4), LATIN, true);
  if (lang === 'ar') return words(random.int(1, 4), ARABIC, false);
  if (lang === 'ru') return words(random.int(2, 4), CYRILLIC, true);
  return word(random, HAN, 2, 6);
}

/** A display name and 0–2 aliases; an English acronym (case-sensitive) now and then. */
function namesIn(random: Random, lang: 'ar' | 'en' | 'zh' | 'ru'): [Alias, ...Alias[]] {
  const display = nameIn(random, lang);
  const names: [Alias, ...Alias[]] = [display];
  for (let i = random.int(0, 2); i > 0; i--) {
    const alias = nameIn(random, lang);
    names.push(random.next() < 0.1 ? { text: alias, searchOnly: true } : alias);
  }
  if (lang === 'en' && random.next() < 0.2) {
    const acronym = display
      .split(' ')
      .map((w) => w.charAt(0))
      .join('')
      .toUpperCase();
    names.push({ text: acronym, caseSensitive: true });
  }
  return names;
}

/** `count` schema-shaped entries (ids `synthetic-1`…), the same for the same seed. */
export function generateEntries(count: number, seed = 1): Entry[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i): Entry => {
    const names = {
      ar: namesIn(random, 'ar'),
      en: namesIn(random, 'en'),
      zh: namesIn(random, 'zh'),
      ru: namesIn(random, 'ru'),
    };
    const summary = {
      ar: 'ملخص تجريبي.',
      en: 'A synthetic entry.',
      zh: '测试条目。',
      ru: 'Тестовая запись.',
    };
    return {
      id: `synthetic-${i + 1}`,
      type: random.pick(ENTRY_TYPES),
      names,
      summary,
      facts: [{ text: summary, on: '2025', sources: ['S1'] }],
      related: [],
    };
  });
}

/** One misspelling: a letter replaced, dropped, doubled or swapped with the next. */
function typo(random: Random, text: string): string {
  const at = random.int(1, Math.max(1, text.length - 2));
  const kind = random.int(0, 3);
  if (kind === 0) return text.slice(0, at) + (text[at] === 'a' ? 'e' : 'a') + text.slice(at + 1);
  if (kind === 1) return text.slice(0, at) + text.slice(at + 1);
  if (kind === 2) return text.slice(0, at) + text[at] + text.slice(at);
  return text.slice(0, at) + (text[at + 1] ?? '') + text[at] + text.slice(at + 2);
}

/**
 * `count` queries a reader might type, drawn from the entries: whole display names, first words
 * (prefixes), names with a typo, and names in the other scripts (Arabic, Chinese, Russian).
 */
export function typingQueries(entries: readonly Entry[], count: number, seed = 2): string[] {
  const random = createRandom(seed);
  const text = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);
  return Array.from({ length: count }, (_, i) => {
    const entry = random.pick(entries);
    const en = text(entry.names.en[0]!);
    switch (i % 5) {
      case 0:
        return en;
      case 1:
        return en.split(' ')[0]!;
      case 2:
        return typo(random, en);
      case 3:
        return text(random.pick(entry.names.ar));
      default:
        return text(random.pick(random.next() < 0.5 ? entry.names.zh : entry.names.ru));
    }
  });
}

/** Every keystroke of typing `query`: its prefixes, one character longer each time. */
export function keystrokes(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}
