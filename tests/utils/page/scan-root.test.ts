import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { scanRoot } from '../../../utils/page/run-mentions';
import { TEST_ENTRIES } from '../match/lexicon-fixture';

const matcher = createMatcher(buildLexicon(TEST_ENTRIES));
const found = () =>
  scanRoot(document.body, matcher).map((m) => [m.entryId, m.text, m.toRange().toString()]);

describe('scanRoot', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds a mention across inline elements, with exact node offsets', () => {
    document.body.innerHTML = '<p>Minister Wang <b>Yi</b> said</p>';
    const [m] = scanRoot(document.body, matcher);
    const b = document.querySelector('b')!;
    expect(m).toMatchObject({
      entryId: 'wang-yi',
      text: 'Wang Yi',
      startOffset: 9,
      endNode: b.firstChild,
      endOffset: 2,
    });
    expect(m!.startNode).toBe(document.querySelector('p')!.firstChild);
  });

  it('makes no DOM Range while scanning: one is made on request', () => {
    document.body.innerHTML = '<p>Minister Wang <b>Yi</b> met <i>Murat</i> Nurtleu</p>';
    const createRange = vi.spyOn(document, 'createRange');
    const mentions = scanRoot(document.body, matcher);
    expect(mentions.map((m) => m.text)).toEqual(['Wang Yi', 'Murat Nurtleu']);
    expect(createRange).not.toHaveBeenCalled();
    const range = mentions[0]!.toRange();
    expect(createRange).toHaveBeenCalledTimes(1);
    expect(range.toString()).toBe('Wang Yi');
    createRange.mockRestore();
  });

  it('gives a mention spanning nodes the text the scan read, without skipped content', () => {
    document.body.innerHTML = '<p>Wang <script>x</script>Yi</p>';
    const [m] = scanRoot(document.body, matcher);
    expect(m!.text).toBe('Wang Yi');
    expect(m!.toRange().toString()).toBe('Wang xYi'); // a range holds every text node between
  });

  it('matches «منظمة شانغهاي للتعاون» across a link', () => {
    document.body.innerHTML = '<p>ومنظمة <a href="#">شانغهاي</a> للتعاون</p>';
    expect(found()).toEqual([['sco', 'ومنظمة شانغهاي للتعاون', 'ومنظمة شانغهاي للتعاون']]);
  });

  it.each([
    ['paragraphs', '<p>Wang</p><p>Yi</p>'],
    ['list items', '<ul><li>Wang</li><li>Yi</li></ul>'],
    ['table cells', '<table><tr><td>Wang</td><td>Yi</td></tr></table>'],
    ['a line break', '<p>Wang<br>Yi</p>'],
  ])('never matches across %s', (_rule, html) => {
    document.body.innerHTML = html;
    expect(found()).toEqual([]);
  });

  it('maps a mention whose diacritics the fold removed', () => {
    document.body.innerHTML = '<p>زار <span>الصِّينَ</span> أمس</p>';
    expect(found()).toEqual([['china', 'الصِّينَ', 'الصِّينَ']]);
  });

  it('finds mentions in open shadow roots', () => {
    document.body.innerHTML = '<x-news></x-news>';
    document.querySelector('x-news')!.attachShadow({ mode: 'open' }).innerHTML = '<p>in China</p>';
    expect(found()).toEqual([['china', 'China', 'China']]);
  });

  it('ignores mentions in skipped regions', () => {
    document.body.innerHTML =
      '<p>China</p><textarea>China</textarea><div contenteditable>China</div><div data-qarina-ui>China</div><script>China</script>';
    expect(found()).toEqual([['china', 'China', 'China']]);
  });
});
