/**
 * English titles written before a name (President Xi, Foreign Minister Wang): a short form right
 * after one names a person even where the document never gives the full name.
 */
export const titles: readonly string[] = [
  'President',
  'Vice-President',
  'Chairman',
  'Premier',
  'Minister',
  'Secretary',
  'Ambassador',
  'Leader',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
];
