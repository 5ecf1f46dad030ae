import type { TimedFact } from '../../utils/card-time/card-time';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import { rolesText } from './card-time-text';
import { formatKbDate } from './format-date';
import { Message } from './Message';

/** Which card a dated page shows: the entry as at the article's date, or as today. */
export type TimeView = 'then' | 'today';

/** Props of {@link AtTheTime}. */
export interface AtTheTimeProps {
  /** The page's date (`2025`, `2025-04` or `2025-04-25`). */
  date: string;
  /** The role facts that held on it. */
  roles: readonly TimedFact[];
  view: TimeView;
  /** The switch was pressed: show the other view. */
  onSwitch: () => void;
  readerLang: CardLanguage;
  strings: UiStrings;
}

/**
 * Under the card's names, on a dated page whose entry changed since: "At the time of this article
 * · 25 Apr 2025: Foreign Minister of Kazakhstan" (as at the article's date only), and the one
 * switch between that view and today's, named by what it shows next.
 */
export function AtTheTime({ date, roles, view, onSwitch, readerLang, strings }: AtTheTimeProps) {
  const time = <time dateTime={date}>{formatKbDate(date, readerLang)}</time>;
  const names = rolesText(roles, readerLang);
  return (
    <div class="qc-then" data-view={view}>
      {view === 'then' && (
        <p class="qc-then-line">
          {names === '' ? (
            <Message strings={strings} k="cardAtTheTime" subs={[time]} />
          ) : (
            <Message
              strings={strings}
              k="cardAtTheTimeRoles"
              subs={[time, <strong class="qc-then-roles">{names}</strong>]}
            />
          )}
        </p>
      )}
      <button type="button" class="qc-switch" onClick={onSwitch}>
        {strings.t(view === 'then' ? 'cardShowToday' : 'cardShowAtTheTime')}
      </button>
    </div>
  );
}
