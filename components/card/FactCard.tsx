import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { cardAtTime } from '../../utils/card-time/card-time';
import type { Entry, Source } from '../../utils/knowledge-base/schema';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import { ENTRY_TYPE_KEYS } from '../../utils/i18n/message-keys';
import { nameLanguageOf } from '../../utils/i18n/reader-language';
import type { UiStrings } from '../../utils/i18n/create-ui-strings';
import { AtTheTime, type TimeView } from './AtTheTime';
import { AtThisPoint, type AtThisPointProps } from './AtThisPoint';
import { CardHeader, type LocalizedName } from './CardHeader';
import { nameIn, textAttrs } from './card-text';
import { FactList } from './FactList';
import { MoreCue } from './MoreCue';
import { NameList } from './NameList';
import { RelatedChips, type RelatedEntry } from './RelatedChips';
import { SinceThen } from './SinceThen';
import { SurfaceNote } from './SurfaceNote';
import { useMoreBelow } from './use-more-below';
import { useUniqueId } from './use-unique-id';

/** Props of {@link FactCard}: data in, the reader's actions out through callbacks. */
export interface FactCardProps {
  entry: Entry;
  /** The knowledge base's sources table; only the ids this entry cites are needed. */
  sources: Readonly<Record<string, Source>>;
  /** Entries named by `entry.related`, to label the chips; ids missing here get no chip. */
  relatedEntries?: readonly RelatedEntry[];
  /** The language the card speaks (resolve it with `resolveReaderLanguage`). */
  readerLang: CardLanguage;
  /** The page's language (BCP-47): its name for the entry is shown when it differs. */
  pageLang?: string;
  /** The mention's text as the page writes it; the popup's search results have none. */
  surface?: string;
  /** UI labels in `readerLang` (`uiStrings(lang)` on extension pages; from the background in content scripts). */
  strings: UiStrings;
  /** A related chip was chosen. */
  onOpenRelated: (id: string) => void;
  /** Go back one card; the button shows only when this is given (there is a history step). */
  onBack?: () => void;
  /** Whether the host keeps the card open when the pointer leaves. */
  pinned?: boolean;
  /** The pin button shows only when this is given. */
  onTogglePin?: () => void;
  /** The close button (and Escape) work only when this is given. */
  onClose?: () => void;
  /** `auto` follows `prefers-color-scheme`. */
  theme?: 'auto' | 'light' | 'dark';
  /** Text size factor (1 = 14px body text), set as `--qarina-scale`. */
  textScale?: number;
  /** `hover`: a floating 360px card; `popup`: fills the popup, no shadow or height cap. */
  variant?: 'hover' | 'popup';
  /**
   * The page's publication date (`2025-04-27`, as precise as the page gives it): when the entry
   * changed after it, the card shows it as it stood then, with what changed since, and a switch
   * to today's card. None (the popup, an undated page, the setting off): today's card.
   */
  pageDate?: { date: string } | null;
  /**
   * The entries found at the card's point of the page, longest first, and which one this card
   * shows (a name and the names inside it: issue 15, family 6). None or one: no list.
   */
  atPoint?: Omit<AtThisPointProps, 'strings' | 'pageLang'>;
}

/** The fact card, shared by the hover card (in a shadow root) and the toolbar popup. */
export function FactCard(props: FactCardProps) {
  const { entry, readerLang, onClose } = props;
  const { strings } = props;
  const titleId = useUniqueId('qarina-title');
  const summaryId = useUniqueId('qarina-summary');
  const bodyId = useUniqueId('qarina-body');
  const body = useRef<HTMLDivElement>(null);
  // Only the hover card has a height cap (the popup's body grows with it).
  const capped = (props.variant ?? 'hover') === 'hover';
  const { more, gutter, scrollMore } = useMoreBelow(body, capped);
  const [view, setView] = useState<TimeView>('then');
  const pageDate = props.pageDate?.date;
  const atTime = useMemo(
    () => (pageDate === undefined ? null : cardAtTime(entry.facts, { date: pageDate })),
    [entry, pageDate],
  );
  // The card in time only when something changed since the page's date; else today's card as is.
  const inTime = atTime !== null && atTime.since.length > 0 ? atTime : null;
  const then = inTime !== null && view === 'then' ? inTime : null;
  const title: LocalizedName = {
    text: nameIn(entry.names, readerLang) ?? entry.id,
    lang: readerLang,
  };
  const pageName = pageLanguageName(entry, props.pageLang, title.text);
  const shown = pageName ? [title.text, pageName.text] : [title.text];
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && onClose) {
      e.stopPropagation();
      onClose();
    }
  };
  const scale =
    props.textScale === undefined ? undefined : { '--qarina-scale': String(props.textScale) };
  return (
    <div
      class="qarina-card"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      tabIndex={-1}
      {...textAttrs(readerLang)}
      data-theme={props.theme ?? 'auto'}
      data-variant={props.variant ?? 'hover'}
      data-pinned={props.pinned ? 'true' : undefined}
      data-time={inTime ? view : undefined}
      style={scale}
      onKeyDown={onKeyDown}
    >
      <CardHeader
        strings={strings}
        titleId={titleId}
        typeLabel={strings.t(ENTRY_TYPE_KEYS[entry.type])}
        title={title}
        pageName={pageName}
        onBack={props.onBack}
        pinned={props.pinned}
        onTogglePin={props.onTogglePin}
        onClose={onClose}
      >
        <NameList
          names={entry.names}
          readerLang={readerLang}
          shown={shown}
          label={strings.t('cardOtherNames')}
        />
        {inTime && (
          <AtTheTime
            date={inTime.date}
            roles={inTime.roles}
            view={view}
            onSwitch={() => setView(view === 'then' ? 'today' : 'then')}
            readerLang={readerLang}
            strings={strings}
          />
        )}
        {props.atPoint && (
          <AtThisPoint {...props.atPoint} strings={strings} pageLang={props.pageLang} />
        )}
      </CardHeader>
      <div class="qc-body" id={bodyId} ref={body} tabIndex={capped ? -1 : undefined}>
        {then && <SinceThen since={then.since} readerLang={readerLang} strings={strings} />}
        <p id={summaryId} class="qc-summary" {...textAttrs(readerLang)}>
          {entry.summary[readerLang]}
        </p>
        {props.surface && !shown.includes(props.surface.trim()) && (
          <SurfaceNote surface={props.surface} pageLang={props.pageLang} strings={strings} />
        )}
        <FactList
          facts={then ? then.facts : entry.facts}
          readerLang={readerLang}
          sources={props.sources}
          strings={strings}
        />
        <RelatedChips
          ids={entry.related}
          entries={props.relatedEntries ?? []}
          readerLang={readerLang}
          strings={strings}
          onOpenRelated={props.onOpenRelated}
        />
      </div>
      {more && (
        <MoreCue
          label={strings.t('cardMoreBelow')}
          controls={bodyId}
          gutter={gutter}
          onMore={scrollMore}
          onEnd={() => body.current?.focus({ preventScroll: true })}
        />
      )}
    </div>
  );
}

/** The entry's name in the page's language, when the page has one and it differs from the title. */
function pageLanguageName(entry: Entry, pageLang: string | undefined, title: string) {
  const lang = nameLanguageOf(pageLang);
  const text = lang && nameIn(entry.names, lang);
  return text === undefined || text === title ? undefined : { text, lang: lang! };
}
