import type { Entry } from '../../utils/knowledge-base/schema';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import { nameIn, textAttrs } from './card-text';
import { useUniqueId } from './use-unique-id';

/** What a chip needs to know of a related entry: its id and names. */
export type RelatedEntry = Pick<Entry, 'id' | 'names'>;

/** Props of {@link RelatedChips}. */
export interface RelatedChipsProps {
  /** The entry's `related` ids, in the knowledge base's order. */
  ids: readonly string[];
  /** Entries to label the chips with; ids without one are left out (nothing to open). */
  entries: readonly RelatedEntry[];
  readerLang: CardLanguage;
  strings: UiStrings;
  /** Opens the related entry's card (the host keeps the history for "Back"). */
  onOpenRelated: (id: string) => void;
}

/** Related entries as buttons at the bottom of the card. */
export function RelatedChips({
  ids,
  entries,
  readerLang,
  strings,
  onOpenRelated,
}: RelatedChipsProps) {
  const headingId = useUniqueId('qarina-related');
  const chips = ids.flatMap((id) => {
    const entry = entries.find((e) => e.id === id);
    const name = entry && nameIn(entry.names, readerLang);
    return name === undefined ? [] : [{ id, name }];
  });
  if (chips.length === 0) return null;
  return (
    <section class="qc-related" aria-labelledby={headingId}>
      <h3 id={headingId} class="qc-section-label">
        {strings.t('cardRelated')}
      </h3>
      <ul class="qc-chips">
        {chips.map(({ id, name }) => (
          <li key={id}>
            <button
              type="button"
              class="qc-chip"
              data-id={id}
              onClick={() => onOpenRelated(id)}
              {...textAttrs(readerLang)}
            >
              <bdi>{name}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
