/**
 * Russian declension of single words by their endings: the oblique case forms (genitive, dative,
 * accusative, instrumental, prepositional) of a noun or an adjective given in the nominative.
 * Rules, not a dictionary: enough for the names of the news (countries, cities, people,
 * organisations and the common nouns and adjectives of their names). Where the ending alone
 * does not decide (stress: -ом or -ем after ж ш щ ч ц; -ь nouns of either gender), every
 * accepted form is given: a form no text uses costs a key in the lexicon and nothing else.
 */

/** Forms per oblique case, in this order: genitive, dative, accusative, instrumental, prepositional. */
export type CaseForms = readonly [string[], string[], string[], string[], string[]];

/** Grammatical gender and number of a nominative form: masculine, feminine, neuter, plural. */
export type Gender = 'm' | 'f' | 'n' | 'p';

const VELAR = 'гкх';
const SIBILANT = 'жшщчц';
const VOWEL = 'аеёиоуыэюя';

const last = (w: string, n = 1) => w.slice(-n).toLowerCase();
const isVelar = (c: string) => VELAR.includes(c);
const isSibilant = (c: string) => SIBILANT.includes(c);

/** Five cases with the same form each (the word does not decline). */
function same(w: string): CaseForms {
  return [[w], [w], [w], [w], [w]];
}

/** Builds case forms from a stem and ending lists. */
function forms(stem: string, endings: readonly (string | readonly string[])[]): CaseForms {
  const each = (e: string | readonly string[]) =>
    (typeof e === 'string' ? [e] : [...e]).map((x) => stem + x);
  return endings.map(each) as unknown as CaseForms;
}

/** An acronym (ШОС, КНР, МИД): two or more capitals, never declined. */
export function isAcronym(w: string): boolean {
  return /^[А-ЯЁ]{2,}$/u.test(w);
}

/**
 * Words that never decline: acronyms, and foreign names ending in a vowel other than -а/-я
 * (Нуртлеу, Алматы, Си, Политбюро, Токио) or in a vowel + а (Синьхуа). Russian nouns in -о/-е
 * (агентство, совещание, сотрудничество) decline, and so do lower-case words in -о.
 */
export function isIndeclinable(w: string): boolean {
  if (isAcronym(w) || w.length < 2) return true;
  const end = last(w);
  const proper = w[0] !== w[0]!.toLowerCase();
  if ('иуюэ'.includes(end)) return proper || end !== 'и';
  if (end === 'ы') return proper;
  if (end === 'а' && VOWEL.includes(last(w, 2)[0]!)) return true;
  if (end === 'о' || end === 'е') return proper && !/(ство|ие|ье)$/u.test(w.toLowerCase());
  return false;
}

/**
 * Adjectives in -ий/-ие have г к х ж ш щ ч or a consonant + н before the ending (китайский,
 * всесторонние); nouns have a vowel + н or another letter (совещание, соглашение, развитие).
 */
const ADJECTIVE_I = /([гкхжшщч]|[^аеёиоуыэюя]н)и[йе]$/u;

/**
 * The ordinal третий ("third") keeps a soft sign before its endings, like лисий: третьего,
 * третьей, третьим (the third CICA summit, the third Belt and Road Forum). Ending to gender.
 */
const THIRD: Record<string, Gender> = { ий: 'm', ья: 'f', ье: 'n', ьи: 'p' };
const thirdGender = (w: string) =>
  /^трет(ий|ья|ье|ьи)$/u.test(w.toLowerCase()) ? THIRD[last(w, 2)] : undefined;

/** The oblique forms of третий in each gender, from the stem трет-. */
function thirdForms(w: string, gender: Gender): CaseForms {
  const stem = w.slice(0, -2);
  if (gender === 'f') return forms(stem, ['ьей', 'ьей', 'ью', ['ьей', 'ьею'], 'ьей']);
  if (gender === 'p') return forms(stem, ['ьих', 'ьим', 'ьи', 'ьими', 'ьих']);
  return forms(stem, ['ьего', 'ьему', gender === 'm' ? 'ьего' : 'ье', 'ьим', 'ьем']);
}

/** The adjective gender its nominative ending shows, or undefined when it is no adjective ending. */
export function adjectiveGender(w: string): Gender | undefined {
  if (w.length < 4) return undefined;
  const third = thirdGender(w);
  if (third) return third;
  const end = last(w, 2);
  if (end === 'ый' || end === 'ой') return 'm';
  if (end === 'ий') return ADJECTIVE_I.test(w.toLowerCase()) ? 'm' : undefined;
  if (end === 'ая' || end === 'яя') return 'f';
  if (end === 'ое' || end === 'ее') return 'n';
  if (end === 'ые') return 'p';
  if (end === 'ие') return ADJECTIVE_I.test(w.toLowerCase()) ? 'p' : undefined;
  return undefined;
}

/** The oblique forms of an adjective in the nominative (its gender from `adjectiveGender`). */
export function adjectiveForms(w: string): CaseForms | undefined {
  const gender = adjectiveGender(w);
  if (gender === undefined) return undefined;
  if (thirdGender(w)) return thirdForms(w, gender);
  const stem = w.slice(0, -2);
  const c = last(stem);
  const soft = last(w, 2) === 'ий' ? !isVelar(c) && !isSibilant(c) : /(ее|яя)$/u.test(w);
  const hushing = isSibilant(c);
  const y = isVelar(c) || hushing || soft ? 'и' : 'ы';
  if (gender === 'f') {
    const oblique = soft ? ['ей'] : hushing ? ['ей', 'ой'] : ['ой'];
    return forms(stem, [oblique, oblique, soft ? 'юю' : 'ую', oblique, oblique]);
  }
  if (gender === 'p') return forms(stem, [y + 'х', y + 'м', w.slice(-2), y + 'ми', y + 'х']);
  const go = soft ? ['его'] : hushing ? ['его', 'ого'] : ['ого'];
  const mu = soft ? ['ему'] : hushing ? ['ему', 'ому'] : ['ому'];
  const m = soft ? ['ем'] : hushing ? ['ем', 'ом'] : ['ом'];
  // masculine accusative: the genitive (people) or the nominative (things: the name itself)
  const acc = gender === 'm' ? go : [w.slice(-2)];
  return forms(stem, [go, mu, acc, y + 'м', m]);
}

/** Capitalised surnames of the -ов/-ев/-ин type (Токаев, Жапаров): instrumental -ым. */
const SURNAME = /^[А-ЯЁ].*(ов|ев|ёв|ин|ын)$/u;
/** Their feminine forms (Захарова): declined as adjectives (Захаровой). */
const FEMININE_SURNAME = /^[А-ЯЁ].*(ова|ева|ёва|ина|ына)$/u;

/** The gender a noun's nominative ending suggests (-ь: both; the caller may know better). */
export function nounGenders(w: string): Gender[] {
  const lower = w.toLowerCase();
  const end = last(w);
  if (end === 'ь') return /(ость|есть)$/u.test(lower) ? ['f'] : ['m', 'f'];
  if (end === 'а' || end === 'я') return ['f'];
  if (end === 'о' || end === 'е') return ['n'];
  if (end === 'ы' || end === 'и') return ['p'];
  return ['m'];
}

/** Irregular nouns of the news' names. */
const IRREGULAR: Record<string, CaseForms> = {
  путь: [['пути'], ['пути'], ['пути'], ['путём'], ['пути']],
};

/** The oblique forms of a noun in the nominative, of the given gender (plural: number). */
export function nounForms(w: string, gender: Gender): CaseForms {
  const irregular = IRREGULAR[w.toLowerCase()];
  if (irregular)
    return irregular.map((f) => f.map((x) => w[0] + x.slice(1))) as unknown as CaseForms;
  if (isIndeclinable(w)) return same(w);
  const end = last(w);
  const stem = w.slice(0, -1);
  const c = last(stem);
  if (gender === 'p') return pluralForms(w);
  if (end === 'ь')
    return gender === 'f'
      ? forms(stem, ['и', 'и', 'ь', 'ью', 'и'])
      : forms(stem, ['я', 'ю', 'я', 'ем', 'е']);
  if (end === 'й') {
    const prep = last(stem) === 'и' ? 'и' : 'е';
    return forms(stem, ['я', 'ю', 'я', 'ем', prep]);
  }
  if (end === 'а' || end === 'я') {
    if (end === 'я' && c === 'и') return forms(stem, ['и', 'и', 'ю', 'ей', 'и']);
    if (end === 'я') return forms(stem, ['и', 'е', 'ю', 'ей', 'е']);
    const gen = isVelar(c) || isSibilant(c) ? 'и' : 'ы';
    const ins = isSibilant(c) ? ['ей', 'ой'] : ['ой'];
    const noun = forms(stem, [gen, 'е', 'у', ins, 'е']);
    if (!FEMININE_SURNAME.test(w)) return noun;
    return noun.map((f, i) => (i === 2 ? f : [...f, stem + 'ой'])) as unknown as CaseForms;
  }
  if (end === 'о') return forms(stem, ['а', 'у', 'о', 'ом', 'е']);
  if (end === 'е') {
    if (c === 'и') return forms(stem, ['я', 'ю', 'е', 'ем', 'и']);
    return forms(stem, ['я', 'ю', 'е', 'ем', 'е']);
  }
  // a consonant: masculine
  const ins = isSibilant(end) ? ['ом', 'ем'] : SURNAME.test(w) ? ['ым', 'ом'] : ['ом'];
  return forms(w, ['а', 'у', 'а', ins, 'е']);
}

/** The oblique forms of a plural noun in the nominative (интересы, отношения, силы). */
export function pluralForms(w: string): CaseForms {
  const lower = w.toLowerCase();
  const end = last(w);
  const stem = w.slice(0, -1);
  const c = last(stem);
  if (lower.endsWith('ия')) return forms(stem, ['й', 'ям', w.slice(-1), 'ями', 'ях']);
  if (end === 'ы') return forms(stem, [['ов', ''], 'ам', 'ы', 'ами', 'ах']);
  if (end === 'и') {
    if (isVelar(c)) return forms(stem, [['ов', ''], 'ам', 'и', 'ами', 'ах']);
    if (isSibilant(c)) return forms(stem, [['ей', ''], 'ам', 'и', 'ами', 'ах']);
    return forms(stem, [['ей', 'ь'], 'ям', 'и', 'ями', 'ях']);
  }
  if (end === 'а') return forms(stem, ['', 'ам', 'а', 'ами', 'ах']);
  return same(w);
}
