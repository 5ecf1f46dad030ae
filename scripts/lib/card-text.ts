/**
 * A fact card as plain text, as a reader sees it (`npm run kb:card`): the names, the roles at the
 * article's date and "Since then" (with --as-of), the summary, the facts with their dates and
 * sources, the related entries. Drawn from the same pieces as the card (utils/card-time,
 * components/card's words and dates, the UI strings of the chosen language).
 */
import { changesText, factTimeText, rolesText } from '../../components/card/card-time-text';
import { factText, nameIn } from '../../components/card/card-text';
import { formatKbDate } from '../../components/card/format-date';
import { cardAtTime, type TimedFact } from '../../utils/card-time/card-time';
import { ENTRY_TYPE_KEYS } from '../../utils/i18n/message-keys';
import { uiStrings } from '../../utils/i18n/ui-strings';
import { NAME_LANGUAGES, type CardLanguage } from '../../utils/knowledge-base/model';
import type { Entry, Fact, KnowledgeBase, SourceRef } from '../../utils/knowledge-base/schema';

export interface CardTextOptions {
  lang: CardLanguage;
  /** The article's date (`2025`, `2025-04`, `2025-04-27`): the card as at that date. */
  asOf?: string;
}

type CardFact = Fact & TimedFact;

function sourceText(ref: SourceRef, kb: KnowledgeBase, dispatch: string): string {
  if (typeof ref !== 'string') return `${dispatch}: «${ref.dispatch}»`;
  const source = kb.sources[ref];
  return source ? `${source.title} <${source.url}>` : ref;
}

/** The card of `entry` as lines of text. */
export function cardText(kb: KnowledgeBase, entry: Entry, options: CardTextOptions): string {
  const { lang } = options;
  const strings = uiStrings(lang);
  const facts = entry.facts as CardFact[];
  const title = nameIn(entry.names, lang) ?? entry.id;
  const lines = [`${title} · ${strings.t(ENTRY_TYPE_KEYS[entry.type])}`];
  const others = NAME_LANGUAGES.filter((l) => l !== lang)
    .map((l) => nameIn(entry.names, l))
    .filter((n): n is string => n !== undefined && n !== title);
  if (others.length > 0)
    lines.push(`${strings.t('cardOtherNames')}: ${[...new Set(others)].join(' · ')}`);

  const atTime = options.asOf === undefined ? null : cardAtTime(facts, { date: options.asOf });
  const then = atTime && atTime.since.length > 0 ? atTime : null;
  if (then) {
    const date = formatKbDate(then.date, lang);
    const roles = rolesText(then.roles, lang);
    lines.push(
      roles === ''
        ? strings.t('cardAtTheTime', date)
        : strings.t('cardAtTheTimeRoles', date, roles),
      '',
      strings.t('cardSinceThen'),
      ...then.since.map(
        (group) =>
          `  ${strings.t(
            'cardChangeOn',
            formatKbDate(group.date, lang),
            changesText(group.changes, lang, strings),
          )}`,
      ),
    );
  }
  lines.push('', entry.summary[lang], '', strings.t('cardFacts'));
  const dispatch = strings.t('cardTheDispatch');
  for (const fact of then ? then.facts : facts) {
    const shown = factText(fact, lang);
    lines.push(`  • ${shown.text}${shown.fallback ? ` (${strings.t('cardShownInEnglish')})` : ''}`);
    const when = factTimeText(fact, lang, strings);
    const sources = fact.sources.map((ref) => sourceText(ref, kb, dispatch)).join('; ');
    lines.push(`    ${when === '' ? '' : `${when} · `}${strings.t('cardSources')}: ${sources}`);
  }
  const related = entry.related
    .map((id) => kb.entries.find((e) => e.id === id))
    .filter((e): e is Entry => e !== undefined)
    .map((e) => nameIn(e.names, lang) ?? e.id);
  if (related.length > 0) lines.push('', `${strings.t('cardRelated')}: ${related.join(' · ')}`);
  return lines.join('\n');
}
