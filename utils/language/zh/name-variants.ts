/**
 * The regional names of a country (issue 15): Taiwan and Hong Kong media write 哈薩克 for
 * Kazakhstan and 烏茲別克 for Uzbekistan, where the mainland (and the knowledge base) writes
 * 哈萨克斯坦 and 乌兹别克斯坦. A place whose Chinese name is CLDR's zh name of a territory gets
 * CLDR's zh-Hant and zh-Hant-HK names of it (territory-names.generated.ts, made by
 * `npm run zh:territories`), folded to simplified characters as the lexicon folds text.
 *
 * The table (2 KB gzip) is installed where lexicons are built (utils/language/match-tables.ts,
 * with the match tables): the popup and options pages, within their size budget, and content
 * scripts never load it, so the popup's search does not know these names.
 */

let source = '';
let byName = new Map<string, string[]>();

/** Uses `table` (territory-names.generated.ts's text; empty: no regional names). */
export function installTerritoryNames(table: string): void {
  if (table === source) return;
  source = table;
  byName = new Map(
    table === ''
      ? []
      : table.split('\n').map((line) => {
          const [name = '', others = ''] = line.split(':');
          return [name, others.split(',')];
        }),
  );
}

/** The other names of the country `name` names (none for other names and types). */
export function nameVariants(name: string, type: string | undefined): string[] {
  if (type !== 'place') return [];
  return byName.get(name) ?? [];
}
