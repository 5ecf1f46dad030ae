import { describe, expect, it } from 'vitest';
import { nameVariants } from '../../../../utils/language/en/name-variants';
import { findMentions } from '../../../../utils/match/find-mentions';
import { buildLexicon } from '../../../../utils/match/lexicon';
import { createMatcher } from '../../../../utils/match/matcher';

describe('nameVariants: English spellings', () => {
  it.each([
    [
      '-isation',
      'Shanghai Cooperation Organisation',
      'organization',
      'Shanghai Cooperation Organization',
    ],
    [
      'co-operation',
      'Shanghai Cooperation Organisation',
      'organization',
      'Shanghai co-operation Organisation',
    ],
    [
      'both',
      'Shanghai Cooperation Organisation',
      'organization',
      'Shanghai co-operation Organization',
    ],
    ['-our', 'neighbourhood diplomacy', 'policy', 'neighborhood diplomacy'],
    ['-or', 'labor market', 'term', 'labour market'],
    ['centre', 'Centre for Strategic Studies', 'organization', 'center for Strategic Studies'],
    ['defence', 'defence ministers meeting', 'event', 'defense ministers meeting'],
    ['a hyphen as a space', 'Kassym-Jomart Tokayev', 'person', 'Kassym Jomart Tokayev'],
    ['a dash spaced', 'China–Kazakhstan relations', 'term', 'China - Kazakhstan relations'],
    ['plural', 'China–Central Asia Summit', 'event', 'China–Central Asia Summits'],
    ['singular', 'people-to-people exchanges', 'term', 'people-to-people exchange'],
    ['-y → -ies', 'neighbourhood policy', 'policy', 'neighbourhood policies'],
  ])('%s: %s → %s', (_rule, name, type, form) => {
    expect(nameVariants(name, type)).toContain(form);
  });

  it('gives no plural of people and places', () => {
    expect(nameVariants('Wang Yi', 'person')).toEqual([]);
    expect(nameVariants('Kazakhstan', 'place')).toEqual([]);
  });

  it('leaves words that only look like -our words (four)', () => {
    expect(nameVariants('four pillars', 'term')).toEqual(['four pillar']);
  });
});

describe('the lexicon matches English variants', () => {
  const matcher = createMatcher(
    buildLexicon([
      { id: 'sco', type: 'organization', names: { en: ['Shanghai Cooperation Organisation'] } },
      { id: 'tokayev', type: 'person', names: { en: ['Kassym-Jomart Tokayev'] } },
      { id: 'summit', type: 'event', names: { en: ['China–Central Asia Summit'] } },
    ]),
  );
  it.each([
    ['the Shanghai Co-operation Organization said', 'sco', 'Shanghai Co-operation Organization'],
    ['President Kassym Jomart Tokayev', 'tokayev', 'Kassym Jomart Tokayev'],
    ['two China-Central Asia summits', 'summit', 'China-Central Asia summits'],
    ["the China–Central Asia Summit's host", 'summit', 'China–Central Asia Summit'],
  ])('%s', (text, id, found) => {
    const [m] = findMentions(text, matcher);
    expect(m?.entryId).toBe(id);
    expect(text.slice(m!.start, m!.end)).toBe(found);
  });
});
