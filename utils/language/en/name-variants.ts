/**
 * English spellings of a name, generated when the lexicon is built (issue 15, family 5):
 *
 * - British and American spellings (organisation/organization, neighbour/neighbor,
 *   centre/center, programme/program, defence/defense, co-operation/cooperation);
 * - a hyphen (or dash: the fold makes – and — hyphens) written as a space or as a spaced dash
 *   (Kassym-Jomart → Kassym Jomart; China–Kazakhstan → China - Kazakhstan);
 * - the last word of a term, policy, event or agreement in the plural or the singular
 *   (China–Central Asia summits, people-to-people exchange).
 *
 * Possessives need no rule: the apostrophe ends a word (China's finds China).
 */

/** Word-level spelling pairs (British, American), matched on whole words or word endings. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/isation(s?)\b/giu, 'ization$1'],
  [/ization(s?)\b/giu, 'isation$1'],
  [/([bvln])our(s?|hood|hoods|ing)\b/giu, '$1or$2'],
  [/([bvln])or(s?|hood|hoods|ing)\b/giu, '$1our$2'],
  [/\bcentre(s?)\b/giu, 'center$1'],
  [/\bcenter(s?)\b/giu, 'centre$1'],
  [/\bprogramme(s?)\b/giu, 'program$1'],
  [/\bprogram(s?)\b/giu, 'programme$1'],
  [/\bdefence\b/giu, 'defense'],
  [/\bdefense\b/giu, 'defence'],
  [/\bco-?operation\b/giu, 'co-operation'],
  [/\bco-?operation\b/giu, 'cooperation'],
  [/\bco-?ordination\b/giu, 'co-ordination'],
  [/\bco-?ordination\b/giu, 'coordination'],
];

/** At most this many spellings of one name. */
const MAX_VARIANTS = 32;

/** The entry types whose names end in a countable noun (summit, agreement, exchanges). */
const COUNTABLE = new Set(['term', 'policy', 'event', 'agreement']);

/** The last word in the other number: summit ↔ summits, exchanges ↔ exchange, policy ↔ policies. */
function otherNumber(name: string): string | undefined {
  const m = /([A-Za-z]+)$/u.exec(name);
  if (!m || m[1]!.length < 4) return undefined;
  const word = m[1]!;
  const stem = name.slice(0, -word.length);
  if (/[^aeiou]ies$/u.test(word)) return stem + word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/u.test(word)) return stem + word + 'es';
  if (/(x|ch|sh)es$/u.test(word)) return stem + word.slice(0, -2);
  if (word.endsWith('s')) return stem + word.slice(0, -1);
  if (/[^aeiou]y$/u.test(word)) return stem + word.slice(0, -1) + 'ies';
  if (/(x|ch|sh)$/u.test(word)) return stem + word + 'es';
  return stem + word + 's';
}

/** The other English spellings of a name (the name itself left out). `type`: the entry's type. */
export function nameVariants(name: string, type?: string): string[] {
  const found = new Set<string>([name]);
  const add = (form: string | undefined) => {
    if (form !== undefined && found.size < MAX_VARIANTS) found.add(form);
  };
  for (const [pattern, replacement] of SPELLINGS)
    for (const form of [...found]) add(form.replace(pattern, replacement));
  for (const form of [...found]) {
    if (!/\p{L}[-–—]\p{L}/u.test(form)) continue;
    add(form.replace(/(\p{L})[-–—](?=\p{L})/gu, '$1 '));
    add(form.replace(/(\p{L})[-–—](?=\p{L})/gu, '$1 - '));
  }
  if (type !== undefined && COUNTABLE.has(type))
    for (const form of [...found]) add(otherNumber(form));
  found.delete(name);
  return [...found];
}
