/**
 * The entries found at one point of the page, longest first (issue 15, family 6): «China–
 * Kazakhstan relations», then Kazakhstan where the pointer is on it. 10ten Reader's popup is the
 * model: a list, the first entry expanded, the others one step away. Each is a button (Tab
 * reaches them; ↑/↓ move between them); the expanded one is marked `aria-current`.
 */
import type { JSX } from 'preact';
import type { UiStrings } from '../../utils/i18n/ui-strings';

/** One entry at the point: its id and the page's text for it. */
export interface PointEntry {
  entryId: string;
  surface: string;
}

/** Props of {@link AtThisPoint}. */
export interface AtThisPointProps {
  entries: readonly PointEntry[];
  /** The index of the expanded entry. */
  current: number;
  /** The reader chose another entry. */
  onPick: (index: number) => void;
  strings: UiStrings;
  /** The page's language (BCP-47): the labels are the page's text. */
  pageLang?: string;
}

export function AtThisPoint({ entries, current, onPick, strings, pageLang }: AtThisPointProps) {
  if (entries.length < 2) return null;
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLOListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    const next = (at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
    buttons[next]!.focus();
  };
  return (
    <nav class="qc-at-point" aria-label={strings.t('cardAtThisPoint')}>
      <ol class="qc-at-point-list" onKeyDown={onKeyDown}>
        {entries.map((entry, i) => (
          <li key={`${i}:${entry.entryId}`} style={{ '--qc-depth': String(i) }}>
            <button
              type="button"
              class="qc-at-point-item"
              data-id={entry.entryId}
              aria-current={i === current ? 'true' : undefined}
              onClick={() => onPick(i)}
              lang={pageLang}
            >
              <bdi>{entry.surface}</bdi>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
