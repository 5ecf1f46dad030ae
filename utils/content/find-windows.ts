/**
 * Text runs longer than one findMentions message (MAX_FIND_CHARS, 8 M code units: a page whose
 * one text node is 10 MB) sent in overlapping windows, the answers merged back into one per run,
 * so that the remote finder sees such a run as any other (it left them out: no highlights at all).
 *
 * Each window has a core, consecutive cores tiling the run, and a margin of FIND_WINDOW_MARGIN on
 * either side. A mention is kept from the window whose core holds its start, so each is found
 * once, with offsets in the whole run. The trailing margin lets a mention that starts in the core
 * end in the window (a mention is far shorter than the margin: protocol.ts), and the leading one
 * gives the matcher the text before the core (word boundaries, a clitic before a name, the
 * leftmost-longest choice across the edge), so both windows around an edge choose alike.
 */
import {
  FIND_WINDOW_MARGIN,
  FOUND_INNER_FIELDS,
  FOUND_MENTION_FIELDS,
  MAX_FIND_CHARS,
  type FoundMentions,
} from '../messaging/protocol';

/** Sends texts to the background (remote-finder.ts: RemoteFinderOptions.ask). */
export type Ask = (texts: string[], shortForms: boolean, attempt: number) => Promise<FoundMentions>;

/** One window of a long text: the core [from, to) of text `text`, sent from `shift`. */
interface Window {
  text: number;
  from: number;
  to: number;
  shift: number;
}

/**
 * `ask` for texts of any length: texts within `maxChars` go as they are (together, as the
 * finder batched them), each longer one in windows of at most `maxChars`, one message each.
 */
export function windowedAsk(
  ask: Ask,
  maxChars = MAX_FIND_CHARS,
  // A limit far below the real one (tests) keeps half of each window for its core.
  margin = Math.min(FIND_WINDOW_MARGIN, maxChars >> 2),
): Ask {
  const core = maxChars - 2 * margin;
  if (core <= 0) throw new RangeError('a window needs room for its core beside the margins');
  return (texts, shortForms, attempt) => {
    if (texts.every((text) => text.length <= maxChars)) return ask(texts, shortForms, attempt);
    const whole: number[] = [];
    const windows: Window[] = [];
    texts.forEach((text, i) => {
      if (text.length <= maxChars) return void whole.push(i);
      for (let from = 0; from < text.length; from += core) {
        const to = Math.min(text.length, from + core);
        windows.push({ text: i, from, to, shift: Math.max(0, from - margin) });
      }
    });
    const sent = windows.map(({ text, to, shift }) => {
      const full = texts[text]!;
      return ask([full.slice(shift, Math.min(full.length, to + margin))], shortForms, attempt);
    });
    const none: FoundMentions = { texts: [], ids: {} };
    const within = whole.map((i) => texts[i]!);
    const first = within.length > 0 ? ask(within, shortForms, attempt) : none;
    return Promise.all([first, ...sent]).then(([answer, ...parts]) =>
      merge(texts.length, whole, answer, windows, parts),
    );
  };
}

/** One answer per text sent: whole texts' as answered, windows' merged (see the header). */
function merge(
  count: number,
  whole: number[],
  answer: FoundMentions,
  windows: Window[],
  parts: FoundMentions[],
): FoundMentions {
  const texts: number[][] = Array.from({ length: count }, () => []);
  const ids = { ...answer.ids };
  whole.forEach((i, k) => (texts[i] = answer.texts[k] ?? []));
  windows.forEach(({ text, from, to, shift }, k) => {
    const flat = parts[k]!.texts[0] ?? [];
    Object.assign(ids, parts[k]!.ids);
    const out = texts[text]!;
    for (let i = 0; i + FOUND_MENTION_FIELDS <= flat.length;) {
      const inner = Math.max(0, Math.trunc(flat[i + FOUND_MENTION_FIELDS - 1]!) || 0);
      const next = i + FOUND_MENTION_FIELDS + inner * FOUND_INNER_FIELDS;
      const start = flat[i]! + shift;
      // Inner names' offsets are into the mention's text: they stay as they are.
      if (start >= from && start < to)
        out.push(start, flat[i + 1]! + shift, ...flat.slice(i + 2, next));
      i = next;
    }
  });
  return { texts, ids };
}
