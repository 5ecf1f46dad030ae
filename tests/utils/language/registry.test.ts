import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAME_LANGUAGES } from '../../../utils/knowledge-base/model';
import { inRanges, type CodeRange, type Language } from '../../../utils/language/language';
import { LANGUAGES } from '../../../utils/language/registry';
import { foldKey } from '../../../utils/text/fold';
import { importsOf, sourceFiles } from '../../architecture/import-graph';

const ROOT = join(__dirname, '../../..');
const LANGUAGE_DIR = join(ROOT, 'utils/language');
const CODES = LANGUAGES.map((language) => language.code);

/** Every UTF-16 code unit for which `test` holds. */
function codeUnits(test: (c: number) => boolean): number[] {
  const units: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (test(c)) units.push(c);
  return units;
}

const hex = (units: number[]) => units.slice(0, 5).map((c) => c.toString(16));

describe('the language registry', () => {
  it('lists each language once, by its ISO 639-1 code', () => {
    expect(new Set(CODES).size).toBe(CODES.length);
    for (const code of CODES) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it('has one folder per language, and a folder only for a listed language', () => {
    const folders = readdirSync(LANGUAGE_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...CODES].sort());
  });

  it.each(LANGUAGES.map((language) => [language.code, language] as const))(
    '%s: its folder exports it and has tests',
    async (code, language) => {
      const module = (await import(`../../../utils/language/${code}/index.ts`)) as Record<
        string,
        unknown
      >;
      expect(Object.values(module)).toContain(language);
      expect(existsSync(join(ROOT, 'tests/utils/language', code))).toBe(true);
    },
  );

  it('gives each code unit to one language at most', () => {
    const owned: [string, CodeRange][] = LANGUAGES.flatMap((language) =>
      language.ranges.map((range) => [language.code, range] as [string, CodeRange]),
    );
    for (const [code, [first, last]] of owned) {
      expect(first, code).toBeGreaterThanOrEqual(0);
      expect(last, code).toBeLessThanOrEqual(0xffff);
      expect(first, code).toBeLessThanOrEqual(last);
    }
    owned.forEach(([a, [first, last]], i) =>
      owned.slice(i + 1).forEach(([b, [otherFirst, otherLast]]) => {
        const overlap = first <= otherLast && otherFirst <= last;
        expect(
          overlap,
          `${a} ${first.toString(16)}–${last.toString(16)} and ${b} ${otherFirst.toString(16)}–${otherLast.toString(16)}`,
        ).toBe(false);
      }),
    );
  });
});

describe.each(LANGUAGES.map((language) => [language.code, language] as const))(
  '%s',
  (_code, language: Language) => {
    const owns = (c: number) => inRanges(c, language.ranges);

    it('folds only the characters it owns', () => {
      const { folder } = language;
      if (!folder) return;
      for (const caseSensitive of [false, true]) {
        const strays = codeUnits((c) => !owns(c) && folder.fold(c, caseSensitive) !== undefined);
        expect(hex(strays)).toEqual([]);
      }
    });

    it('writes without spaces only characters it owns', () => {
      const strays = codeUnits((c) => inRanges(c, language.unspaced ?? []) && !owns(c));
      expect(hex(strays)).toEqual([]);
    });

    it('takes clitics only before letters it owns', () => {
      const { clitics } = language;
      if (!clitics) return;
      expect(hex(codeUnits((c) => clitics.isLetter(c) && !owns(c)))).toEqual([]);
    });

    it('lists its ordinary words in folded form', () => {
      for (const word of language.aliasSafety?.commonWords ?? []) expect(foldKey(word)).toBe(word);
    });
  },
);

describe('language knowledge stays in utils/language/', () => {
  const folderOf = (file: string) => /^utils\/language\/([^/]+)\//.exec(file)?.[1];

  it('no generic module imports a language folder: it reads the registry', () => {
    const generic = sourceFiles('utils', 'components', 'entrypoints').filter(
      (file) => !file.startsWith('utils/language/'),
    );
    for (const file of generic)
      for (const edge of importsOf(file))
        expect(folderOf(edge.target), `${file} imports ${edge.target}`).toBeUndefined();
  });

  it('utils/language/ imports nothing of the engine, and no language imports another', () => {
    for (const file of sourceFiles('utils/language'))
      for (const edge of importsOf(file)) {
        if (edge.isPackage) continue;
        expect(edge.target, `${file} imports ${edge.target}`).toMatch(/^utils\/language\//);
        const own = folderOf(file);
        const target = folderOf(edge.target);
        if (own && target) expect(target, `${file} imports ${edge.target}`).toBe(own);
      }
  });

  it('no file outside it is named after a language or a script', () => {
    const english = new Intl.DisplayNames(['en'], { type: 'language' });
    const codes = [...new Set([...CODES, ...NAME_LANGUAGES, 'fa'])];
    const names = codes.map((code) => english.of(code)!.toLowerCase());
    const forbidden = new Set([...codes, ...names, 'arabic', 'latin', 'cyrillic', 'cjk', 'han']);
    const files = sourceFiles('utils', 'tests/utils').filter(
      (file) => !/^(tests\/)?utils\/language\//.test(file),
    );
    for (const file of files) {
      const words = file.toLowerCase().split(/[/._-]/);
      expect(
        words.filter((word) => forbidden.has(word)),
        file,
      ).toEqual([]);
    }
  });
});
