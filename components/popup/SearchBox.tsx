import type { JSX, RefObject } from 'preact';
import type { UiStrings } from '../../utils/i18n/ui-strings';

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  value: string;
  strings: UiStrings;
  /** The id of the results list it controls, and of its active option. */
  listId: string;
  activeId?: string;
  expanded: boolean;
  inputRef: RefObject<HTMLInputElement>;
  onInput(value: string): void;
  onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLInputElement>): void;
}

/**
 * The search field, as a combobox: focus stays in it while the arrow keys move the active
 * result (announced through `aria-activedescendant`), as in the browser's address bar.
 */
export function SearchBox(props: SearchBoxProps) {
  const { strings } = props;
  return (
    <div class="qp-search">
      <label class="qp-visually-hidden" for="qp-query">
        {strings.t('popupSearchLabel')}
      </label>
      <input
        id="qp-query"
        ref={props.inputRef}
        class="qp-input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={props.listId}
        aria-expanded={props.expanded}
        aria-activedescendant={props.activeId}
        placeholder={strings.t('popupSearchPlaceholder')}
        autoComplete="off"
        spellcheck={false}
        dir="auto"
        autoFocus
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onKeyDown={props.onKeyDown}
        data-testid="popup-search"
      />
    </div>
  );
}
