import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { languageDirection } from '../../utils/i18n/reader-language';
import { uiStrings } from '../../utils/i18n/ui-strings';
import type { PopupBackend } from '../../utils/popup/popup-backend';
import type { SettingsStore } from '../../utils/settings/settings-store';
import { isSitePaused } from '../../utils/settings/site-rules';
import { FACT_CARD_CSS } from '../card/fact-card-styles';
import { interfaceLanguage, useSettings } from '../shared/use-settings';
import { OnThisPage } from './OnThisPage';
import { PopupCard } from './PopupCard';
import { PopupFooter } from './PopupFooter';
import { POPUP_CSS } from './popup-styles';
import { optionId, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { useKnowledge } from './use-knowledge';
import { usePageMentionList } from './use-page-mention-list';
import { useSearch } from './use-search';

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  backend: PopupBackend;
  /** The reader's settings (the entrypoint hands in the one in extension storage). */
  settingsStore: SettingsStore;
  /** The toolbar popup closes once it sent the reader to a mention; a popup in a tab stays. */
  closeAfterReveal?: boolean;
  /** An entry to open at once (`popup.html#entry=<id>`). */
  initialEntry?: string;
}

const LIST_ID = 'qp-results';

/** The toolbar popup: search the knowledge base, see what this page mentions, pause Qarina. */
export function PopupApp(props: PopupAppProps) {
  const { backend, closeAfterReveal = false, initialEntry } = props;
  const settings = useSettings(props.settingsStore);
  const strings = uiStrings(interfaceLanguage(settings));
  const knowledge = useKnowledge(backend);
  const searchState = useSearch(knowledge.index);
  const [page, refreshPage] = usePageMentionList(backend);
  // The cards opened from the search or the page, most recent last; empty shows the search.
  const [cards, setCards] = useState<string[]>(initialEntry ? [initialEntry] : []);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = strings.lang;
    document.documentElement.dir = languageDirection(strings.lang);
    document.title = strings.t('extName');
  }, [strings]);
  useEffect(() => {
    if (cards.length === 0) input.current?.focus();
  }, [cards.length]);

  const open = (id: string) => setCards((stack) => [...stack, id]);
  const back = () => setCards((stack) => stack.slice(0, -1));
  const pageUrl = page.kind === 'ready' ? page.page.url : undefined;
  const paused = !settings
    ? undefined
    : settings.pausedEverywhere
      ? 'everywhere'
      : pageUrl && isSitePaused(settings, pageUrl)
        ? 'site'
        : undefined;

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    const { results, active } = searchState;
    if (searchState.move(event.key)) event.preventDefault();
    else if (event.key === 'Enter' && results[active]) open(results[active].entryId);
    else if (event.key === 'Escape' && searchState.query !== '') {
      // Escape clears the query first; a second Escape closes the popup as browsers do.
      event.preventDefault();
      searchState.setQuery('');
    }
  };
  const reveal = (entryId: string) =>
    void backend
      .revealMention(entryId)
      .then((shown) => shown && closeAfterReveal && window.close());

  const showResults = searchState.query.trim() !== '';
  return (
    <div class="qp-app" lang={strings.lang} dir={languageDirection(strings.lang)}>
      <style>{POPUP_CSS + FACT_CARD_CSS}</style>
      {cards.length > 0 ? (
        <PopupCard
          entryId={cards[cards.length - 1]!}
          backend={backend}
          strings={strings}
          settings={settings}
          onBack={back}
          onOpenRelated={open}
        />
      ) : (
        <main class="qp-main">
          <SearchBox
            value={searchState.query}
            strings={strings}
            listId={LIST_ID}
            activeId={
              showResults && searchState.results.length > 0
                ? optionId(LIST_ID, searchState.active)
                : undefined
            }
            expanded={showResults && searchState.results.length > 0}
            inputRef={input}
            onInput={searchState.setQuery}
            onKeyDown={onKeyDown}
          />
          {showResults ? (
            knowledge.index && searchState.results.length === 0 ? (
              <p class="qp-note" role="status">
                {strings.t('popupNoResults')}
              </p>
            ) : (
              <ResultList
                id={LIST_ID}
                results={searchState.results}
                entries={knowledge.byId}
                active={searchState.active}
                strings={strings}
                onActivate={searchState.setActive}
                onChoose={open}
              />
            )
          ) : (
            <OnThisPage
              state={page}
              entries={knowledge.byId}
              strings={strings}
              paused={paused}
              onReveal={reveal}
            />
          )}
        </main>
      )}
      <PopupFooter
        strings={strings}
        settings={settings}
        pageUrl={pageUrl}
        status={knowledge.status}
        onSetSitePaused={(url, p) => void backend.setSitePaused(url, p).then(refreshPage)}
        onSetPausedEverywhere={(p) => void backend.setPausedEverywhere(p).then(refreshPage)}
        onOpenOptions={backend.openOptions}
      />
    </div>
  );
}
