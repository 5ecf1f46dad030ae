import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectTextRuns, hasNonSpace } from '../../../utils/page/text-runs';
import { unitOf } from '../../../utils/page/units';

const texts = (root: Node = document.body) => collectTextRuns(root, {}).map((r) => r.text.trim());

describe('collectTextRuns', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text across inline elements', () => {
    document.body.innerHTML = '<p>Wang <b>Yi</b> met <a href="#">Murat <i>Nurtleu</i></a>.</p>';
    expect(texts()).toEqual(['Wang Yi met Murat Nurtleu.']);
  });

  it.each([
    ['paragraphs', '<p>one</p><p>two</p>'],
    ['list items', '<ul><li>one</li><li>two</li></ul>'],
    ['table cells', '<table><tr><td>one</td><td>two</td></tr></table>'],
    ['line breaks', '<p>one<br>two</p>'],
    ['a nested block', '<div>one<div>two</div></div>'],
  ])('splits at %s', (_rule, html) => {
    document.body.innerHTML = html;
    expect(texts()).toEqual(['one', 'two']);
  });

  it('keeps the text after a nested block as its own run of the outer unit', () => {
    document.body.innerHTML = '<div id="outer">before<p>inside</p>after</div>';
    const runs = collectTextRuns(document.body);
    const outer = document.getElementById('outer');
    expect(runs.map((r) => [r.text, r.unit === outer])).toEqual([
      ['before', true],
      ['after', true],
      ['inside', false],
    ]);
  });

  it.each([
    ['script', '<script>var x = "hidden"</script>'],
    ['style', '<style>.hidden{}</style>'],
    ['noscript', '<noscript>hidden</noscript>'],
    ['template', '<template>hidden</template>'],
    ['textarea', '<textarea>hidden</textarea>'],
    ['select', '<select><option>hidden</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>hidden</p></div>'],
    ['contenteditable (empty value)', '<span contenteditable>hidden</span>'],
    ['the extension UI', '<div data-qarina-ui><p>hidden</p></div>'],
    ['the hidden attribute', '<p hidden>hidden</p>'],
  ])('skips %s', (_rule, html) => {
    document.body.innerHTML = `<p>shown</p>${html}`;
    expect(
      collectTextRuns(document.body, { isRendered: () => true }).map((r) => r.text.trim()),
    ).toEqual(['shown']);
  });

  it('skips what is not rendered', () => {
    document.body.innerHTML =
      '<p>shown</p><div style="display:none"><p>hidden</p></div><span style="display:none">no</span>';
    expect(
      collectTextRuns(document.body, { isRendered: (el) => el.checkVisibility() }).map(
        (r) => r.text,
      ),
    ).toEqual(['shown']);
  });

  it('reads open shadow roots, but not the extension UI’s', () => {
    document.body.innerHTML = '<p>light</p><x-card></x-card><div data-qarina-ui></div>';
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow</p>';
    document.querySelector('[data-qarina-ui]')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p>ui</p>';
    expect(texts()).toEqual(['light', 'shadow']);
  });

  it('finds the unit of a node, or null inside skipped regions', () => {
    document.body.innerHTML = '<p id="p">a <b>b</b></p><div contenteditable><p id="e">x</p></div>';
    expect(unitOf(document.querySelector('b')!.firstChild!)).toBe(document.getElementById('p'));
    expect(unitOf(document.getElementById('e')!.firstChild!)).toBeNull();
  });

  it('with a set of clean nodes, stops at the first one and records the nodes it checked', () => {
    document.body.innerHTML =
      '<article><p id="a">x</p><p id="b">y</p></article><div contenteditable><p id="e">z</p></div>';
    const byId = (id: string) => document.getElementById(id)!;
    const [a, b, e] = [byId('a'), byId('b'), byId('e')];
    const article = document.querySelector('article')!;
    const clean = new Set<Node>();
    expect(unitOf(a, clean)).toBe(a);
    expect([a, article, document.body, document].every((n) => clean.has(n))).toBe(true);
    // The set stands for an unchanged DOM: a change it does not know of is not seen above it.
    article.setAttribute('contenteditable', '');
    expect(unitOf(b, clean)).toBe(b);
    expect(unitOf(b)).toBeNull();
    expect(unitOf(e, clean)).toBeNull();
    expect(clean.has(e)).toBe(false);
  });

  it('finds blocks inside inline elements, and asks about an element-free inline element once', () => {
    document.body.innerHTML = '<p>a <b>Wang</b> <span><i>b</i><div>inside</div></span></p>';
    const isRendered = vi.fn((_el: Element) => true);
    expect(collectTextRuns(document.body, { isRendered }).map((r) => r.text.trim())).toEqual([
      'a Wang b',
      'inside',
    ]);
    const asked = (el: Element) => isRendered.mock.calls.filter(([x]) => x === el).length;
    expect(asked(document.querySelector('b')!)).toBe(1);
    expect(asked(document.querySelector('div')!)).toBe(1);
  });
});

describe('hasNonSpace (a run is kept when it holds something other than white space)', () => {
  it('agrees with /\\S/ on every UTF-16 code unit, alone and after white space', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(hasNonSpace(ch), `U+${c.toString(16)}`).toBe(/\S/.test(ch));
      expect(hasNonSpace(` \n\u00a0\u3000${ch}`)).toBe(/\S/.test(ch));
    }
    expect(hasNonSpace('')).toBe(false);
  });

  it('drops runs of white space only, split over nodes, and keeps one with a letter in a later node', () => {
    document.body.innerHTML =
      '<div>\n  <p>x</p>\u00a0<b> \u2003</b>\n<p>y</p> <i>\u3000</i><span>\tz</span></div>';
    const runs = collectTextRuns(document.body, {});
    // The <div>'s own runs first (its unit), then each paragraph's.
    expect(runs.map((r) => r.text)).toEqual([' \u3000\tz', 'x', 'y']);
    expect(runs[0]!.nodes.map((n) => n.data)).toEqual([' ', '\u3000', '\tz']);
    expect(runs[0]!.offsets).toEqual([0, 1, 2]);
  });
});
