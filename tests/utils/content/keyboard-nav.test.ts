import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../utils/content/mention-index';
import { pickMention } from '../../../utils/content/keyboard-nav';
import { mentionsIn } from './mentions-fixture';

describe('pickMention', () => {
  const mentions = mentionsIn('<p>Wang Yi met Murat Nurtleu.</p><p>Almaty is in Kazakhstan.</p>');
  const index = new MentionIndex();
  index.add([...mentions].reverse());
  const ordered = index.ordered();
  const names = ordered.map((m) => m.text);
  // Layout stand-in: each mention 100 px below the previous one.
  const rectOf = (m: (typeof ordered)[number]) => {
    const top = names.indexOf(m.text) * 100 - 150;
    return { top, bottom: top + 20 };
  };
  const opts = { rectOf, viewportHeight: 200 };

  it('moves to the next and previous mention in document order, wrapping at the ends', () => {
    expect(names).toEqual(['Wang Yi', 'Murat Nurtleu', 'Almaty', 'Kazakhstan']);
    expect(pickMention(ordered, ordered[0]!, 'next', opts)?.text).toBe('Murat Nurtleu');
    expect(pickMention(ordered, ordered[3]!, 'next', opts)?.text).toBe('Wang Yi');
    expect(pickMention(ordered, ordered[0]!, 'previous', opts)?.text).toBe('Kazakhstan');
    expect(pickMention(ordered, ordered[2]!, 'previous', opts)?.text).toBe('Murat Nurtleu');
  });

  it('with no card open, starts from the top of the viewport', () => {
    // Wang Yi is at -150 and Murat Nurtleu at -50: above the viewport.
    expect(pickMention(ordered, null, 'next', opts)?.text).toBe('Almaty');
    expect(pickMention(ordered, null, 'previous', opts)?.text).toBe('Kazakhstan');
  });

  it('is nothing on a page without mentions', () => {
    expect(pickMention([], null, 'next', opts)).toBeNull();
  });
});
