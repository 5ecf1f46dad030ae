/**
 * The words of the card in time, shared by the card and `npm run kb:card`: a role's label, the
 * roles of a date joined as the language joins a list, and one change of "Since then" as text.
 * Pure: no markup (the card places `<time>` elements through `Message`).
 */
import type { Change, RoleLabel, TimedFact } from '../../utils/card-time/card-time';
import type { UiStrings } from '../../utils/i18n/create-ui-strings';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import type { Fact } from '../../utils/knowledge-base/schema';
import { factText } from './card-text';
import { DATE_LOCALES, formatKbDate, type DateForm } from './format-date';

/** The role's label in the reader's language (English when a label is missing). */
export function roleLabel(role: RoleLabel, lang: CardLanguage): string {
  const own = role[lang];
  return own !== undefined && own.trim() !== '' ? own : role.en;
}

/** "A and B" in the reader's language (Intl's conjunction list, or commas without it). */
export function joinList(items: readonly string[], lang: CardLanguage): string {
  if (typeof Intl.ListFormat !== 'function') return items.join(', ');
  return new Intl.ListFormat(DATE_LOCALES[lang], { type: 'conjunction' }).format(items);
}

/** The roles that held on the page's date, joined: "Deputy Prime Minister and Foreign Minister…". */
export function rolesText(facts: readonly TimedFact[], lang: CardLanguage): string {
  const labels = facts.flatMap((f) => (f.role ? [roleLabel(f.role, lang)] : []));
  return joinList([...new Set(labels)], lang);
}

/**
 * The changes of one date as words, joined as the language joins clauses: the posts left in one
 * clause ("left the post of A and B"), the posts taken up in another ("became C"), then each
 * event's fact text.
 */
export function changesText(
  changes: readonly Change<TimedFact & Pick<Fact, 'text'>>[],
  lang: CardLanguage,
  strings: UiStrings,
): string {
  const labels = (kind: 'ended' | 'began') =>
    joinList(
      [...new Set(changes.flatMap((c) => (c.kind === kind ? [roleLabel(c.role, lang)] : [])))],
      lang,
    );
  const texts: string[] = [];
  if (changes.some((c) => c.kind === 'ended'))
    texts.push(strings.t('cardRoleEnded', labels('ended')));
  if (changes.some((c) => c.kind === 'began'))
    texts.push(strings.t('cardRoleBegan', labels('began')));
  for (const c of changes) if (c.kind === 'event') texts.push(factText(c.fact as Fact, lang).text);
  // A clause before a joiner drops its full stop (event texts are sentences): "A; B." not "A.; B.".
  return texts.reduce((all, next) => strings.t('cardChangesJoin', withoutFullStop(all), next));
}

const withoutFullStop = (clause: string) => clause.replace(/[.。．]\s*$/u, '');

/** When a fact holds, as text: "Apr 2023 – 26 Sep 2025", "since Apr 2023", "25 Apr 2025", or ''. */
export function factTimeText(fact: TimedFact, lang: CardLanguage, strings: UiStrings): string {
  const date = (d: string, form?: DateForm) => formatKbDate(d, lang, form);
  if (fact.on !== undefined) return date(fact.on);
  if (fact.from === undefined) return '';
  if (fact.until !== undefined) return strings.t('cardPeriod', date(fact.from), date(fact.until));
  return strings.t('cardSince', date(fact.from, 'genitive'));
}
