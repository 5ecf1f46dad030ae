import type { UiStrings } from '../../utils/i18n/ui-strings';
import { ENTRY_TYPE_KEYS } from '../../utils/i18n/message-keys';
import { languageDirection } from '../../utils/i18n/reader-language';
import type { Entry } from '../../utils/knowledge-base/schema';
import { resultView, type ShownName } from '../../utils/popup/result-view';
import type { SearchResult } from '../../utils/search/types';
import { MarkedText } from './MarkedText';

/** Props of {@link ResultList}. */
export interface ResultListProps {
  id: string;
  results: readonly SearchResult[];
  entries: ReadonlyMap<string, Entry>;
  active: number;
  strings: UiStrings;
  onActivate(index: number): void;
  onChoose(entryId: string): void;
}

/** The id of the option element for result `index` (for `aria-activedescendant`). */
export const optionId = (listId: string, index: number) => `${listId}-${index}`;

function Name({ name, class: className }: { name: ShownName; class: string }) {
  return (
    <span class={className} lang={name.lang} dir={languageDirection(name.lang)}>
      <MarkedText segments={name.segments} />
    </span>
  );
}

/** The search results: name, other-language name, type and a one-line summary each. */
export function ResultList(props: ResultListProps) {
  const { strings } = props;
  return (
    <ul id={props.id} class="qp-results" role="listbox" aria-label={strings.t('popupSearchLabel')}>
      {props.results.map((result, i) => {
        const entry = props.entries.get(result.entryId);
        if (!entry) return null;
        const view = resultView(result, entry, strings.lang);
        return (
          <li
            key={result.entryId}
            id={optionId(props.id, i)}
            class="qp-result"
            role="option"
            aria-selected={i === props.active}
            data-entry-id={result.entryId}
            data-kind={result.kind}
            onMouseMove={() => i !== props.active && props.onActivate(i)}
            onClick={() => props.onChoose(result.entryId)}
          >
            <span class="qp-result-names">
              <Name name={view.title} class="qp-result-title" />
              {view.other && <Name name={view.other} class="qp-result-other" />}
              <span class="qp-type">{strings.t(ENTRY_TYPE_KEYS[entry.type])}</span>
            </span>
            <span class="qp-result-summary" lang={strings.lang}>
              {view.summary}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
