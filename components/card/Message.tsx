import { Fragment, type ComponentChildren } from 'preact';
import type { MessageKey } from '../../utils/i18n/message-keys';
import type { UiStrings } from '../../utils/i18n/ui-strings';

/** Props of {@link Message}. */
export interface MessageProps {
  strings: UiStrings;
  /** The message to show. */
  k: MessageKey;
  /** `$1`, `$2`… as elements (a `<bdi>` name, a `<time>`), placed where the translation puts them. */
  subs?: ComponentChildren[];
}

/** A localized message whose substitutions are elements rather than flattened text. */
export function Message({ strings, k, subs = [] }: MessageProps) {
  return (
    <>
      {strings.parts(k, ...subs).map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}
