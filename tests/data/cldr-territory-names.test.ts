/**
 * Country entries name their country as Unicode CLDR does (issue 17): in Arabic, English, Chinese,
 * Russian and, where the entry lists Kazakh, Kazakh, an entry's display name is CLDR's territory
 * name (or one of CLDR's short or variant forms). Where the press of a language writes another
 * name first, the exception is listed below with its reason, and CLDR's name must still be one of
 * the entry's names, so a reader who meets it finds the card.
 *
 * A place entry is a country entry when any of its names, in any language, is CLDR's name of a
 * country (a two-letter region) in that language; so an entry cannot escape the check by a
 * misspelt display name as long as one alias is right.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { aliasObject, NAME_LANGUAGES, type NameLanguage } from '../../utils/knowledge-base/model';
import type { Entry } from '../../utils/knowledge-base/schema';
import { bundledJson } from '../fixtures/bundled-kb';

type Territories = Record<string, string>;

const require = createRequire(import.meta.url);

function territories(lang: NameLanguage): Territories {
  const path = require.resolve(`cldr-localenames-full/main/${lang}/territories.json`);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return json.main[lang].localeDisplayNames.territories as Territories;
}

const CLDR = Object.fromEntries(NAME_LANGUAGES.map((lang) => [lang, territories(lang)])) as Record<
  NameLanguage,
  Territories
>;

/** CLDR's names of a region in a language: the name and its alt forms (short, variant). */
function cldrNames(lang: NameLanguage, region: string): string[] {
  const table = CLDR[lang];
  return Object.keys(table)
    .filter((key) => key === region || key.startsWith(`${region}-alt-`))
    .map((key) => table[key]!);
}

/** Display names that deliberately differ from CLDR's, each with the reason. */
const EXCEPTIONS: Record<string, { lang: NameLanguage; reason: string }[]> = {
  kyrgyzstan: [
    {
      lang: 'ru',
      reason:
        'Кыргызстан is the official Russian name in Kyrgyzstan and its press; CLDR gives Киргизия, the usual name in Russia’s media',
    },
  ],
  mongolia: [
    {
      lang: 'zh',
      reason:
        'the press writes 蒙古国 for the state; CLDR’s 蒙古 also sits inside 内蒙古 (Inner Mongolia) and 蒙古族, so it is searchOnly',
    },
  ],
  myanmar: [
    {
      lang: 'ar',
      reason: 'CLDR’s ميانمار (بورما) carries the old name in brackets; the press writes ميانمار',
    },
    {
      lang: 'ru',
      reason: 'CLDR’s Мьянма (Бирма) carries the old name in brackets; the press writes Мьянма',
    },
  ],
};

/** Countries that must be found as country entries (when present), with their CLDR region codes:
 * the SCO's members, observers and dialogue partners. */
const EXPECTED: Record<string, string> = {
  china: 'CN',
  kazakhstan: 'KZ',
  kyrgyzstan: 'KG',
  uzbekistan: 'UZ',
  russia: 'RU',
  india: 'IN',
  pakistan: 'PK',
  iran: 'IR',
  belarus: 'BY',
  mongolia: 'MN',
  afghanistan: 'AF',
  turkey: 'TR',
  azerbaijan: 'AZ',
  armenia: 'AM',
  cambodia: 'KH',
  nepal: 'NP',
  'sri-lanka': 'LK',
  egypt: 'EG',
  qatar: 'QA',
  'saudi-arabia': 'SA',
  'united-arab-emirates': 'AE',
  maldives: 'MV',
  myanmar: 'MM',
  bahrain: 'BH',
  kuwait: 'KW',
  laos: 'LA',
};

const entries = (bundledJson as { entries: Entry[] }).entries;

/** Region codes of every CLDR country whose name in some language is one of the entry's names. */
function regionsNamedBy(names: Partial<Record<NameLanguage, unknown[]>>): Set<string> {
  const found = new Set<string>();
  for (const lang of NAME_LANGUAGES) {
    const texts = new Set((names[lang] ?? []).map((a) => aliasObject(a as never).text));
    for (const [key, value] of Object.entries(CLDR[lang])) {
      const region = key.slice(0, 2);
      if (/^[A-Z]{2}(-alt-|$)/.test(key) && texts.has(value)) found.add(region);
    }
  }
  return found;
}

const countries = entries
  .filter((e) => e.type === 'place')
  .flatMap((e) => [...regionsNamedBy(e.names)].map((region) => ({ entry: e, region })));

describe('country entries and Unicode CLDR territory names', () => {
  it('finds the expected countries, each as one entry with its own region', () => {
    const byId = new Map(countries.map((c) => [c.entry.id, c.region]));
    for (const [id, region] of Object.entries(EXPECTED)) {
      if (!entries.some((e) => e.id === id)) continue; // not in the knowledge base yet
      expect(byId.get(id), id).toBe(region);
    }
    const regions = countries.map((c) => c.region);
    expect(new Set(regions).size, 'two entries name the same country').toBe(regions.length);
  });

  it.each(countries.map((c) => [c.entry.id, c.region, c.entry] as const))(
    '%s (%s): display names are CLDR’s in ar/en/zh/ru (and kk when listed)',
    (id, region, entry) => {
      for (const lang of NAME_LANGUAGES) {
        const list = entry.names[lang];
        if (!list) continue;
        const display = aliasObject(list[0]!).text;
        const expected = cldrNames(lang, region);
        const exception = EXCEPTIONS[id]?.find((x) => x.lang === lang);
        if (exception) {
          const all = list.map((a) => aliasObject(a).text);
          expect(all, `${id} ${lang}: CLDR's name is still one of its names`).toContain(
            CLDR[lang][region],
          );
          expect(expected, `${id} ${lang}: an exception that is no longer needed`).not.toContain(
            display,
          );
        } else {
          expect(expected, `${id} ${lang}: display name ${display}`).toContain(display);
        }
      }
    },
  );

  it('keeps every listed exception attached to a country entry', () => {
    const ids = new Set(countries.map((c) => c.entry.id));
    for (const id of Object.keys(EXCEPTIONS)) {
      if (entries.some((e) => e.id === id)) expect(ids).toContain(id);
    }
  });
});
