import { ENTRY_TYPE_KEYS } from '../../utils/i18n/message-keys';
import { languageDirection } from '../../utils/i18n/reader-language';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { Entry } from '../../utils/knowledge-base/schema';
import { displayName } from '../../utils/knowledge-base/model';
import { formatPageDate } from '../../utils/page-date/format-page-date';
import { groupMentions } from '../../utils/popup/group-mentions';
import type { PageState } from './use-page-mention-list';

/** Props of {@link OnThisPage}. */
export interface OnThisPageProps {
  state: PageState;
  entries: ReadonlyMap<string, Entry>;
  strings: UiStrings;
  /** Qarina is paused for this page: highlights and the list are off. */
  paused?: 'site' | 'everywhere';
  onReveal(entryId: string): void;
}

/** The entries the page mentions, grouped by type with mention counts; each jumps to the page. */
export function OnThisPage({ state, entries, strings, paused, onReveal }: OnThisPageProps) {
  const lang = strings.lang;
  const pageDate = state.kind === 'ready' ? state.page.pageDate : undefined;
  let body;
  if (state.kind === 'loading') body = null;
  else if (state.kind === 'unavailable')
    body = <p class="qp-note">{strings.t('popupUnavailablePage')}</p>;
  else {
    const groups = groupMentions(state.page.mentions, entries);
    body = paused ? (
      <p class="qp-note">
        {strings.t(paused === 'site' ? 'popupPausedSiteNote' : 'popupPausedEverywhereNote')}
      </p>
    ) : groups.length === 0 ? (
      <p class="qp-note">{strings.t('popupNoMentions')}</p>
    ) : (
      groups.map((group) => (
        <section key={group.type} class="qp-group" data-type={group.type}>
          <h3 class="qp-type">{strings.t(ENTRY_TYPE_KEYS[group.type])}</h3>
          <ul class="qp-mentions">
            {group.items.map((item) => (
              <li key={item.entryId}>
                <button
                  type="button"
                  class="qp-mention"
                  data-entry-id={item.entryId}
                  onClick={() => onReveal(item.entryId)}
                >
                  <span lang={lang} dir={languageDirection(lang)}>
                    {displayName(item.entry, lang) ?? item.firstText}
                  </span>
                  <span class="qp-count">{strings.t('popupMentions', String(item.count))}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))
    );
  }
  return (
    <section class="qp-page" aria-labelledby="qp-page-heading" data-testid="on-this-page">
      <h2 id="qp-page-heading" class="qp-heading">
        {strings.t('popupOnThisPage')}
      </h2>
      {pageDate && (
        <p class="qp-page-date" data-testid="page-date" data-date={pageDate.date}>
          {strings.t('popupPageDate', formatPageDate(pageDate, lang))}
        </p>
      )}
      {body}
    </section>
  );
}
