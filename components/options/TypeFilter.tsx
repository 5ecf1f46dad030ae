import { ENTRY_TYPE_KEYS } from '../../utils/i18n/message-keys';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import { ENTRY_TYPES, type EntryType } from '../../utils/knowledge-base/model';

/** Props of {@link TypeFilter}. */
export interface TypeFilterProps {
  selected: readonly EntryType[];
  strings: UiStrings;
  onChange(types: EntryType[]): void;
}

/** Which entry types are highlighted on pages (search always finds every type). */
export function TypeFilter({ selected, strings, onChange }: TypeFilterProps) {
  const toggle = (type: EntryType, on: boolean) =>
    onChange(ENTRY_TYPES.filter((t) => (t === type ? on : selected.includes(t))));
  return (
    <fieldset class="qo-field qo-section" data-testid="highlightTypes">
      <legend>{strings.t('optionsEntryTypes')}</legend>
      <div class="qo-choices">
        {ENTRY_TYPES.map((type) => (
          <label key={type} class="qo-choice">
            <input
              type="checkbox"
              name="highlightTypes"
              value={type}
              checked={selected.includes(type)}
              onChange={(e) => toggle(type, e.currentTarget.checked)}
            />
            <span>{strings.t(ENTRY_TYPE_KEYS[type])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
