/**
 * The case forms of a Russian name, generated from its nominative when the lexicon is built
 * (Шанхайская организация сотрудничества → Шанхайской организацией сотрудничества, Токаев →
 * Токаевым, Мурат Нуртлеу → Муратом Нуртлеу), so the knowledge base lists each name once.
 *
 * A person's name declines word by word (each word by its ending: Нуртлеу and Си never change).
 * Any other name declines its head: the adjectives that open it and agree with the noun after
 * them, and that noun (Шанхайская организация); what follows the head stays as written
 * (сотрудничества, «Пояс и путь», КНР). Heads joined by «и» or a comma decline together
 * (доброжелательность, искренность и инклюзивность), and a numeral два/три/четыре takes its noun
 * into the plural (три силы зла → тремя силами зла). A hyphenated word declines its last part
 * (Касым-Жомарт → Касым-Жомарта, Алма-Ата → Алма-Аты). A name's year and a pair «между X и Y»
 * at its end have other phrasings, which decline as well (саммите ШОС в Ташкенте в 2004 году).
 */
import {
  adjectiveForms,
  adjectiveGender,
  nounForms,
  nounGenders,
  pluralForms,
  type CaseForms,
} from './declension';

/** A piece of a name: text that stays, or a word's forms per oblique case. */
type Segment = string | CaseForms;

/** Small numerals that take the genitive singular in the nominative and the plural otherwise. */
const NUMERALS: Record<string, CaseForms> = {
  два: [['двух'], ['двум'], ['два', 'двух'], ['двумя'], ['двух']],
  две: [['двух'], ['двум'], ['две', 'двух'], ['двумя'], ['двух']],
  три: [['трёх'], ['трём'], ['три', 'трёх'], ['тремя'], ['трёх']],
  четыре: [['четырёх'], ['четырём'], ['четыре', 'четырёх'], ['четырьмя'], ['четырёх']],
};

/** At most this many spellings of a name per case (a name of many ambiguous words). */
const MAX_PER_CASE = 16;

const WORD = /[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*/gu;

/** Words of the name and the text between them (`gaps[i]` follows `words[i]`; `lead` precedes). */
function split(name: string): { lead: string; words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  let lead = '';
  let at = 0;
  for (const m of name.matchAll(WORD)) {
    if (words.length === 0) lead = name.slice(0, m.index);
    else gaps.push(name.slice(at, m.index));
    words.push(m[0]);
    at = m.index + m[0].length;
  }
  gaps.push(name.slice(at));
  return { lead, words, gaps };
}

/** Applies `decline` to the last part of a hyphenated word, keeping the parts before it. */
function lastPart(
  w: string,
  decline: (part: string) => CaseForms | undefined,
): CaseForms | undefined {
  const cut = w.lastIndexOf('-') + 1;
  const found = decline(w.slice(cut));
  if (found === undefined || cut === 0) return found;
  return found.map((f) => f.map((x) => w.slice(0, cut) + x)) as unknown as CaseForms;
}

function union(a: CaseForms, b: CaseForms): CaseForms {
  return a.map((f, i) => [...new Set([...f, ...b[i]!])]) as unknown as CaseForms;
}

/** A noun's forms, for every gender its ending allows unless `gender` is known. */
function noun(w: string, gender?: 'm' | 'f' | 'n' | 'p'): CaseForms {
  return lastPart(w, (part) => {
    const genders =
      gender === undefined || (gender !== 'p' && part.endsWith('ь')) ? nounGenders(part) : [gender];
    return genders.map((g) => nounForms(part, g)).reduce(union);
  })!;
}

/** A person's name: every word declines alone (surnames -ский as adjectives). */
function personSegments(words: string[]): Segment[] {
  return words.map((w) => {
    const adjective = /(ский|цкий|ская|цкая)$/u.test(w) ? lastPart(w, adjectiveForms) : undefined;
    return adjective ?? noun(w);
  });
}

/** Any other name: the head phrase (and coordinated heads) declines, the rest stays. */
function headSegments(words: string[], gaps: string[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < words.length) {
    const numeral = NUMERALS[words[i]!.toLowerCase()];
    let head: number;
    if (numeral && gaps[i] === ' ' && i + 1 < words.length) {
      out.push(numeral, ' ', pluralForms(words[i + 1]!));
      head = i + 1;
    } else {
      const gender = adjectiveGender(words[i]!);
      head = i;
      while (
        gender !== undefined &&
        head + 1 < words.length &&
        gaps[head] === ' ' &&
        adjectiveGender(words[head]!) === gender
      ) {
        out.push(lastPart(words[head]!, adjectiveForms)!, ' ');
        head++;
        // adjectives joined by «и» (постоянное и всеобъемлющее партнёрство)
        if (
          words[head] === 'и' &&
          gaps[head] === ' ' &&
          adjectiveGender(words[head + 1] ?? '') === gender
        ) {
          out.push('и ');
          head++;
        }
      }
      const w = words[head]!;
      const alone = head === i && gender !== undefined && gaps[head] !== ' ';
      out.push(
        alone || adjectiveGender(w) === gender
          ? (lastPart(w, adjectiveForms) ?? noun(w))
          : noun(w, gender),
      );
    }
    const gap = gaps[head]!;
    if (head + 1 < words.length && gap === ', ') {
      out.push(gap);
      i = head + 1;
      continue;
    }
    if (
      head + 2 < words.length &&
      gap === ' ' &&
      words[head + 1] === 'и' &&
      gaps[head + 1] === ' '
    ) {
      out.push(' и ');
      i = head + 2;
      continue;
    }
    out.push(gap, ...words.slice(head + 1).flatMap((w, k) => [w, gaps[head + 1 + k]!]));
    break;
  }
  return out;
}

/** Every spelling of the segments in case `k`: one form of each word, all in that case. */
function spell(segments: readonly Segment[], k: number): string[] {
  let out = [''];
  for (const s of segments) {
    const options = typeof s === 'string' ? [s] : s[k]!;
    out = out.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, MAX_PER_CASE);
  }
  return out;
}

/**
 * The other ways Russian words the end of a name, the name first: a year in the genitive
 * («саммит ШОС в Ташкенте 2004 года», of 2004) is as often a time («… в 2004 году», in 2004),
 * and «между X и Y» (between two parties, one word each) names the same pair in either order.
 */
function phrasings(name: string): string[] {
  const out = [name];
  const year = / (\d{3,4}) года$/u.exec(name);
  if (year) out.push(`${name.slice(0, year.index)} в ${year[1]!} году`);
  for (const form of [...out]) {
    const pair = / между ([А-Яа-яЁё-]+) и ([А-Яа-яЁё-]+)$/u.exec(form);
    if (pair) out.push(`${form.slice(0, pair.index)} между ${pair[2]!} и ${pair[1]!}`);
  }
  return out;
}

/** The oblique case forms of one phrasing (itself included). */
function caseForms(name: string, type: string | undefined, found: Set<string>): void {
  const { lead, words, gaps } = split(name);
  if (words.length === 0) return;
  const segments: Segment[] = [
    lead,
    ...(type === 'person'
      ? personSegments(words).flatMap((s, i) => [s, gaps[i]!])
      : headSegments(words, gaps)),
  ];
  found.add(name);
  for (let k = 0; k < 5; k++) for (const form of spell(segments, k)) found.add(form);
}

/**
 * The oblique case forms of a Russian name given in the nominative, and of its other
 * phrasings (the name itself left out). `type` is the entry's type: a person's name declines
 * word by word.
 */
export function nameVariants(name: string, type?: string): string[] {
  const found = new Set<string>();
  for (const phrasing of type === 'person' ? [name] : phrasings(name))
    caseForms(phrasing, type, found);
  found.delete(name);
  return [...found];
}
