/**
 * Arabic spellings of foreign names, generated when the lexicon is built: the Arabic press
 * writes one name many ways (شانغهاي، شانجهاي; توكاييف، توكايف; أوزبكستان، أوزبيكستان; شي جين
 * بينغ، شي جينبينغ). Letter-level variants (Persian letters, hamza seats, ى، ة) are folded
 * instead (fold.ts); these rules add whole spellings:
 *
 * - the ng of Chinese names as نغ، نج or نك (and so گ, folded to ك);
 * - the Russian surname ending -ев as ييف or يف after a vowel (توكاييف، توكايف);
 * - in names of people and places, a long vowel ي or و inside a word of five letters or more
 *   left out, or (in a one-word name) a ي written after one of its consonants (بيشكك، بشكيك);
 * - a Chinese given name of two short syllables written as one word (جين بينغ → جينبينغ).
 *
 * Words with the article (الصين) are Arabic words, and keep their spelling.
 */

const VOWELS = 'اويىآأإء';
/** At most this many spellings of one name. */
const MAX_VARIANTS = 48;

const isConsonant = (ch: string | undefined) => ch !== undefined && !VOWELS.includes(ch);

/** ng as نغ، نج، نك (every occurrence alike). */
function ngForms(name: string): string[] {
  if (!/ن[غجك](?=$|[^اويى])/u.test(name)) return [];
  return ['غ', 'ج', 'ك'].map((g) => name.replace(/ن[غجك](?=$|[^اويى\s]|\s)/gu, 'ن' + g));
}

/** -ييف ↔ -يف at a word's end after a vowel (Russian -ев). */
function evForms(name: string): string[] {
  return [
    name.replace(/([اوي])ييف(?=$|\s)/gu, '$1يف'),
    name.replace(/([او])يف(?=$|\s)/gu, '$1ييف'),
  ].filter((v) => v !== name);
}

/** Long vowels left out or added inside one word (no article, five letters or more). */
function vowelForms(word: string, insert: boolean): string[] {
  if (word.length < 5 || word.startsWith('ال')) return [];
  const out: string[] = [];
  for (let i = 1; i < word.length - 1; i++) {
    const ch = word[i]!;
    if ((ch === 'ي' || ch === 'و') && isConsonant(word[i - 1]) && isConsonant(word[i + 1]))
      out.push(word.slice(0, i) + word.slice(i + 1));
    if (insert && isConsonant(word[i - 1]) && isConsonant(ch))
      out.push(word.slice(0, i) + 'ي' + word.slice(i));
  }
  return out;
}

/** A Chinese given name of two short words written as one (شي جين بينغ → شي جينبينغ). */
function joinedGivenName(words: readonly string[]): string[] {
  if (words.length !== 3 || words[1]!.length > 4 || words[2]!.length > 4) return [];
  return [`${words[0]} ${words[1]}${words[2]}`];
}

/** The other Arabic spellings of a name (the name itself left out). `type`: the entry's type. */
export function nameVariants(name: string, type?: string): string[] {
  const found = new Set<string>([name]);
  const add = (forms: string[]) => forms.forEach((f) => found.size < MAX_VARIANTS && found.add(f));
  const words = name.split(' ');
  if (type === 'person') add(joinedGivenName(words));
  if (type === 'person' || type === 'place')
    words.forEach((word, i) => {
      for (const form of vowelForms(word, words.length === 1))
        add([[...words.slice(0, i), form, ...words.slice(i + 1)].join(' ')]);
    });
  for (const spelling of [...found]) add(ngForms(spelling));
  for (const spelling of [...found]) add(evForms(spelling));
  found.delete(name);
  return [...found];
}
