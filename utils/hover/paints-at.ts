/**
 * Whether an element paints something the reader sees at a viewport point: it, or an element
 * inside it, has a box holding the point with a background or text of its own (a
 * transparent full-screen container, such as a toast layer, hides nothing between its toasts).
 * Unsure (too many elements to look at) counts as painting: better no card than a card for text
 * the reader cannot see.
 */

const TEXT = 3;
const IMAGE = /url\(|gradient\(|image\(/;
/** Elements looked at, at most, under one top-layer element. */
const BUDGET = 64;

function holdsPoint(element: Element, x: number, y: number): boolean {
  const r = element.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

/** Whether a computed colour is not fully transparent ("transparent", rgba(…, 0)). */
export function isOpaqueColour(colour: string): boolean {
  if (colour === '' || colour === 'transparent') return false;
  const alpha = /^rgba?\([^)]*[,/]\s*([\d.]+%?)\s*\)$/.exec(colour)?.[1];
  if (alpha === undefined) return true;
  return parseFloat(alpha) > 0;
}

function hasOwnText(element: Element): boolean {
  for (let n = element.firstChild; n !== null; n = n.nextSibling)
    if (n.nodeType === TEXT && (n as Text).data.trim() !== '') return true;
  return false;
}

export function paintsAt(element: Element, x: number, y: number): boolean {
  let budget = BUDGET;
  const visit = (el: Element): boolean => {
    if (--budget < 0) return true;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (!style || style.display === 'none' || style.opacity === '0') return false;
    // Children may overflow their parent's box: they are looked at either way.
    if (style.visibility !== 'hidden' && holdsPoint(el, x, y)) {
      if (isOpaqueColour(style.backgroundColor) || IMAGE.test(style.backgroundImage)) return true;
      if (hasOwnText(el)) return true;
    }
    for (const parent of el.shadowRoot ? [el.shadowRoot, el] : [el])
      for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling)
        if (visit(child)) return true;
    return false;
  };
  return visit(element);
}
