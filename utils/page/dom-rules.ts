/**
 * Which parts of a page are read, and where text stops flowing. Decided from tag names and
 * attributes only: computing styles for every element would cost more than the matching itself.
 */

/**
 * Elements that start a new block: a mention never crosses them. HTML's block-level and
 * table/list elements, line breaks, and replaced elements that visually split text.
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'audio',
  'blockquote',
  'body',
  'br',
  'canvas',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'frame',
  'img',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'object',
  'ol',
  'p',
  'picture',
  'plaintext',
  'pre',
  'rp',
  'rt',
  'search',
  'section',
  'summary',
  'svg',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'video',
  'xmp',
  'button',
  'math',
  'meter',
  'progress',
]);

/** Never read: code, templates and form fields (the user's own text), and what they contain. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'head',
  'title',
  'meta',
  'link',
]);

/** The attribute marking the extension's own UI (cards, popups): never highlighted. */
export const QARINA_UI_ATTRIBUTE = 'data-qarina-ui';

/**
 * True when `el` starts its own block of text (a "unit": it owns the inline text directly in it).
 * `name` is `el.localName`, given by callers that read it already: each DOM getter is a call into
 * the browser, and the scan asks this of every element (README, "The scan's DOM side").
 */
export function isBlock(el: Element, name = el.localName): boolean {
  if (BLOCK_TAGS.has(name)) return true;
  // A shadow host is a unit too. Only custom elements and a few tags may host one (attachShadow
  // throws for the others), all of them blocks here but <span>: <a>, <b>… are not asked.
  return (name === 'span' || name.includes('-')) && el.shadowRoot !== null;
}

/**
 * True when `el` and everything in it are never read: code, form fields, editable regions (the
 * user is typing there), the extension's UI, and elements with the `hidden` attribute.
 */
export function isSkipped(el: Element, name = el.localName): boolean {
  if (SKIPPED_TAGS.has(name)) return true;
  if (!el.hasAttributes()) return false; // most inline elements of a page: one call, not three
  if (el.hasAttribute(QARINA_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Default test of whether an element is rendered: `checkVisibility()` where the browser has it
 * (false for display:none and inside closed <details>), but display:contents elements have no
 * box of their own and still show their children.
 */
export function isRenderedDefault(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return true;
  const view = el.ownerDocument.defaultView;
  return view !== null && view.getComputedStyle(el).display === 'contents';
}

/** The same-origin document inside a frame, or null (cross-origin or not loaded). */
export function frameDocument(el: Element, name = el.localName): Document | null {
  if (name !== 'iframe' && name !== 'frame') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin frames throw in some browsers
  }
}

/** Options of the run and unit walks. */
export interface WalkOptions {
  /** Whether an element is rendered (skipped with its content when not). */
  isRendered?: (el: Element) => boolean;
  /** Called with each element skipped because it is not rendered (so reveals can be rechecked). */
  onHidden?: (el: Element) => void;
}

/** True when the walk must not enter `el` (skipped, or not rendered). */
export function isWalkSkipped(el: Element, options: WalkOptions, name = el.localName): boolean {
  return isSkipped(el, name) || isNotRendered(el, options);
}

/** True (and `onHidden` told) when `options` says `el` is not rendered. */
export function isNotRendered(el: Element, options: WalkOptions): boolean {
  if (!options.isRendered || options.isRendered(el)) return false;
  options.onHidden?.(el);
  return true;
}
