/**
 * Russian titles written before a name (председатель Си, президент Токаев), in every case form
 * (председателя Си, с председателем Си): a short form right after one names a person.
 */
import { nameVariants } from './name-variants';

const NOMINATIVE = [
  'президент',
  'председатель',
  'премьер',
  'премьер-министр',
  'министр',
  'глава',
  'лидер',
  'генсек',
  'посол',
  'господин',
  'товарищ',
];

export const titles: readonly string[] = NOMINATIVE.flatMap((t) => [t, ...nameVariants(t, 'term')]);
