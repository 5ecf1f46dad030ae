import type { UiStrings } from '../../utils/i18n/ui-strings';
import { guessLang } from './card-text';
import { Message } from './Message';

/** Props of {@link SurfaceNote}. */
export interface SurfaceNoteProps {
  /** The mention's text as the page writes it (with its clitics: "ووانغ يي"). */
  surface: string;
  /** The page's language (BCP-47), when known. */
  pageLang?: string;
  strings: UiStrings;
}

/** "On this page: “…”": the name as the reader met it, isolated so its direction can't leak. */
export function SurfaceNote({ surface, pageLang, strings }: SurfaceNoteProps) {
  const quoted = (
    <bdi class="qc-surface-text" lang={pageLang ?? guessLang(surface)} dir="auto">
      {surface}
    </bdi>
  );
  return (
    <p class="qc-surface">
      <Message strings={strings} k="cardOnThisPage" subs={[quoted]} />
    </p>
  );
}
