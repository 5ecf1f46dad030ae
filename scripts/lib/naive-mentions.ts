/**
 * The baseline the corpus scores Qarina against: a plain substring highlighter over the same
 * knowledge base. Every alias the knowledge base allows to be highlighted (its `searchOnly`
 * names left out, as the file asks) is searched case-insensitively — no folding, no word
 * boundaries, no case-sensitive acronyms — and the occurrences are kept longest first, each only
 * where it overlaps none already kept.
 */
import type { Entry } from '../../utils/knowledge-base/schema';
import { NAME_LANGUAGES, aliasObject } from '../../utils/knowledge-base/model';

/** A mention as the scorer reads it. */
export interface FoundMention {
  id: string;
  start: number;
  end: number;
}

interface Needle {
  id: string;
  text: string;
}

/** Lower-cases unit by unit, so offsets stay those of the original text. */
function lowerUnits(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** A finder over the entries' highlightable aliases. */
export function naiveFinder(entries: readonly Entry[]): (text: string) => FoundMention[] {
  const needles: Needle[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const lang of NAME_LANGUAGES) {
      for (const alias of entry.names[lang] ?? []) {
        const { text, searchOnly } = aliasObject(alias);
        const key = `${entry.id}\n${lowerUnits(text)}`;
        if (searchOnly || text === '' || seen.has(key)) continue;
        seen.add(key);
        needles.push({ id: entry.id, text: lowerUnits(text) });
      }
    }
  }
  return (text) => {
    const haystack = lowerUnits(text);
    const candidates: FoundMention[] = [];
    for (const { id, text: needle } of needles) {
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        candidates.push({ id, start: at, end: at + needle.length });
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(text.length);
    const kept: FoundMention[] = [];
    for (const c of candidates) {
      if (taken.subarray(c.start, c.end).some((t) => t === 1)) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  };
}
