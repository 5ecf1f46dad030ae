/**
 * The popup's "On this page": the entries the page mentions, grouped by type in the knowledge
 * base's type order, each group in order of first mention.
 */
import type { Entry } from '../knowledge-base/schema';
import { ENTRY_TYPES, type EntryType } from '../knowledge-base/model';
import type { PageMentionSummary } from '../messaging/protocol';

export interface MentionItem extends PageMentionSummary {
  entry: Entry;
}

export interface MentionGroup {
  type: EntryType;
  items: MentionItem[];
}

/** Groups the mentions; mentions of entries not in `entries` (not loaded yet) are left out. */
export function groupMentions(
  mentions: readonly PageMentionSummary[],
  entries: ReadonlyMap<string, Entry>,
): MentionGroup[] {
  const byType = new Map<EntryType, MentionItem[]>();
  for (const mention of mentions) {
    const entry = entries.get(mention.entryId);
    if (!entry) continue;
    const items = byType.get(entry.type) ?? [];
    items.push({ ...mention, entry });
    byType.set(entry.type, items);
  }
  return ENTRY_TYPES.flatMap((type) => {
    const items = byType.get(type);
    return items ? [{ type, items }] : [];
  });
}
