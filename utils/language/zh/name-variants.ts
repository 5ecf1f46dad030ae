/**
 * The regional names of a country (issue 15): Taiwan and Hong Kong media write 哈薩克 for
 * Kazakhstan and 烏茲別克 for Uzbekistan, where the mainland (and the knowledge base) writes
 * 哈萨克斯坦 and 乌兹别克斯坦. A place whose Chinese name is CLDR's zh name of a territory gets
 * CLDR's zh-Hant and zh-Hant-HK names of it (territory-names.generated.ts, made by
 * `npm run zh:territories`), folded to simplified characters as the lexicon folds text.
 */
import { TERRITORY_NAMES } from './territory-names.generated';

let byName: Map<string, string[]> | undefined;

function table(): Map<string, string[]> {
  byName ??= new Map(
    TERRITORY_NAMES.split('\n').map((line) => {
      const [name = '', others = ''] = line.split(':');
      return [name, others.split(',')];
    }),
  );
  return byName;
}

/** The other names of the country `name` names (none for other names and types). */
export function nameVariants(name: string, type: string | undefined): string[] {
  if (type !== 'place') return [];
  return table().get(name) ?? [];
}
