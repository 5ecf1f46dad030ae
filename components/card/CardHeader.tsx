import type { ComponentChildren } from 'preact';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import { textAttrs } from './card-text';
import { BackIcon, CloseIcon, PinIcon } from './icons';

/** A name with the language it is written in. */
export interface LocalizedName {
  text: string;
  lang: string;
}

/** Props of {@link CardHeader}. */
export interface CardHeaderProps {
  strings: UiStrings;
  /** Id the dialog's `aria-labelledby` points at. */
  titleId: string;
  /** The entry type, already localized ("Person"). */
  typeLabel: string;
  /** The display name in the reader's language. */
  title: LocalizedName;
  /** The display name in the page's language, when it differs from the title. */
  pageName?: LocalizedName;
  /** Shown only when there is a card to go back to. */
  onBack?: () => void;
  pinned?: boolean;
  /** Shown only when the host supports pinning. */
  onTogglePin?: () => void;
  /** Shown only when the host can close the card. */
  onClose?: () => void;
  /** Extra lines under the names (the names in other languages). */
  children?: ComponentChildren;
}

/** Type label, names and the card's back / pin / close buttons. */
export function CardHeader(props: CardHeaderProps) {
  const { strings, title, pageName, onBack, onTogglePin, onClose } = props;
  // The pin button's name says what pressing it does; no aria-pressed, which would announce the
  // state twice ("Unpin card, pressed").
  const pinLabel = strings.t(props.pinned ? 'cardUnpin' : 'cardPin');
  return (
    <header class="qc-header">
      <div class="qc-toolbar">
        {onBack && (
          <button
            type="button"
            class="qc-button qc-back"
            onClick={onBack}
            aria-label={strings.t('cardBack')}
            title={strings.t('cardBack')}
          >
            <BackIcon />
          </button>
        )}
        <span class="qc-type">{props.typeLabel}</span>
        {onTogglePin && (
          <button
            type="button"
            class="qc-button qc-pin"
            onClick={onTogglePin}
            data-pinned={props.pinned ? 'true' : undefined}
            aria-label={pinLabel}
            title={pinLabel}
          >
            <PinIcon filled={!!props.pinned} />
          </button>
        )}
        {onClose && (
          <button
            type="button"
            class="qc-button qc-close"
            onClick={onClose}
            aria-label={strings.t('cardClose')}
            title={strings.t('cardClose')}
          >
            <CloseIcon />
          </button>
        )}
      </div>
      <h2 id={props.titleId} class="qc-title" {...textAttrs(title.lang)}>
        <bdi>{title.text}</bdi>
      </h2>
      {pageName && (
        <p class="qc-page-name" {...textAttrs(pageName.lang)}>
          <bdi>{pageName.text}</bdi>
        </p>
      )}
      {props.children}
    </header>
  );
}
