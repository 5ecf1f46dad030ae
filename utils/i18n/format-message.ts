/**
 * `browser.i18n.getMessage`'s substitution rules, reimplemented so the card can speak a language
 * other than the browser's: `$NAME$` in a message stands for the placeholder `name` (looked up
 * case-insensitively), whose `content` may hold `$1`…`$9`, the substitutions; `$$` is a literal
 * `$`. Substitutions may be any value (strings, or Preact nodes for `<bdi>`/`<time>`), so a
 * translation can put them wherever its grammar wants.
 */

/** One message of a `messages.json` file. */
export interface MessageJson {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const TOKEN = /\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g;

/** Splits `text` into literal strings and the substitutions its `$1`…`$9` name. */
function expand<T>(
  text: string,
  lookup: (name: string) => string | undefined,
  subs: readonly T[],
  out: (string | T)[],
  depth: number,
): void {
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    push(out, text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === '$$') push(out, '$');
    else if (m[2] !== undefined) {
      const sub = subs[Number(m[2]) - 1];
      if (sub !== undefined) out.push(sub);
    } else {
      const content = depth === 0 ? lookup(m[1]!.toLowerCase()) : undefined;
      // An unknown placeholder stays visible rather than silently vanishing from the UI.
      if (content === undefined) push(out, m[0]);
      else expand(content, lookup, subs, out, depth + 1);
    }
  }
  push(out, text.slice(last));
}

function push<T>(out: (string | T)[], s: string): void {
  if (s === '') return;
  const prev = out[out.length - 1];
  if (typeof prev === 'string') out[out.length - 1] = prev + s;
  else out.push(s);
}

/** The message with its substitutions, as literal strings and substitution values in order. */
export function formatMessageParts<T>(entry: MessageJson, subs: readonly T[]): (string | T)[] {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  const out: (string | T)[] = [];
  expand(entry.message, (name) => placeholders.get(name), subs, out, 0);
  return out;
}

/** The placeholder names a message uses (lower-case, sorted): translations must agree on them. */
export function placeholderNames(entry: MessageJson): string[] {
  const names = new Set<string>();
  for (const m of entry.message.matchAll(TOKEN)) if (m[1]) names.add(m[1].toLowerCase());
  return [...names].sort();
}
