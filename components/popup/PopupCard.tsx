import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/settings';
import { textScale } from '../../utils/settings/settings';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { CardData } from '../../utils/messaging/protocol';
import type { PopupBackend } from '../../utils/popup/popup-backend';
import { FactCard } from '../card/FactCard';

/** Props of {@link PopupCard}. */
export interface PopupCardProps {
  entryId: string;
  backend: PopupBackend;
  strings: UiStrings;
  settings?: Settings;
  /** Back one card (or to the search when this is the first). */
  onBack(): void;
  onOpenRelated(id: string): void;
}

/** The full card of one entry, the same FactCard the page shows, filling the popup. */
export function PopupCard(props: PopupCardProps) {
  const { entryId, backend, strings, settings } = props;
  const [data, setData] = useState<CardData | null | undefined>(undefined);
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    setData(undefined);
    backend.getCard(entryId).then(
      (card) => live && setData(card),
      () => live && setData(null),
    );
    return () => {
      live = false;
    };
  }, [backend, entryId]);
  // Focus the card so Escape (handled by the card) goes back and screen readers read it.
  useEffect(() => {
    if (data) holder.current?.querySelector<HTMLElement>('.qarina-card')?.focus();
  }, [data]);

  if (data === undefined) return <div class="qp-card" ref={holder} aria-busy="true" />;
  if (data === null) {
    return (
      <div class="qp-card" ref={holder}>
        <p class="qp-note">{strings.t('popupNoResults')}</p>
      </div>
    );
  }
  return (
    <div class="qp-card" ref={holder} data-testid="popup-card" data-entry-id={entryId}>
      <FactCard
        entry={data.entry}
        sources={data.sources}
        relatedEntries={data.related}
        readerLang={strings.lang}
        strings={strings}
        onOpenRelated={props.onOpenRelated}
        onBack={props.onBack}
        onClose={props.onBack}
        theme={settings?.theme}
        textScale={settings ? textScale(settings.textSize) : undefined}
        variant="popup"
      />
    </div>
  );
}
