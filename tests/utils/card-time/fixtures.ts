/** Facts in the temporal model (issue 16), shaped like Murat Nurtleu's, for the card-in-time tests. */
import type { RoleLabel, TimedFact } from '../../../utils/card-time/card-time';

export interface FixtureFact extends TimedFact {
  name: string;
}

const role = (id: string, en: string): RoleLabel => ({
  id,
  en,
  ar: `ar:${en}`,
  zh: `zh:${en}`,
  ru: `ru:${en}`,
});

export const FOREIGN_MINISTER = role(
  'kz-foreign-minister',
  'Deputy Prime Minister and Foreign Minister of Kazakhstan',
);
export const ADMIN_HEAD = role(
  'kz-presidential-administration-head',
  'Head of the Presidential Administration',
);
export const ASSISTANT = role('kz-presidential-assistant', 'Assistant to the President');

export const BIRTH: FixtureFact = { name: 'birth', on: '1976-03-11' };
export const ADMIN: FixtureFact = {
  name: 'admin',
  from: '2022-01',
  until: '2023-04',
  role: ADMIN_HEAD,
};
export const MINISTER: FixtureFact = {
  name: 'minister',
  from: '2023-04',
  until: '2025-09-26',
  role: FOREIGN_MINISTER,
};
export const DIALOGUE: FixtureFact = { name: 'dialogue', on: '2025-04' };
export const RELIEVED: FixtureFact = { name: 'relieved', on: '2025-09-26' };
export const ASSISTANT_NOW: FixtureFact = {
  name: 'assistant',
  from: '2025-09-26',
  role: ASSISTANT,
};

/** In the entry's order. */
export const NURTLEU: FixtureFact[] = [BIRTH, ADMIN, MINISTER, DIALOGUE, RELIEVED, ASSISTANT_NOW];
