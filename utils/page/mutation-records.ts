/**
 * What a batch of MutationObserver records means for the page scan: which units to rescan, which
 * added subtrees to enumerate, and whether removed or hidden content needs a second look. The
 * scanner (page-scanner.ts) owns the state; this reads the records.
 */

/** What the scanner observes on every root it watches. */
export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  // Attributes that can show or hide text, or make it editable (never highlighted).
  attributeFilter: ['hidden', 'class', 'style', 'open', 'contenteditable'],
};

/** Observes `node` (a document for its root element) unless `observed` says it already is. */
export function observeOnce(observer: MutationObserver, observed: WeakSet<Node>, node: Node): void {
  const target =
    node.nodeType === 1 && node === node.ownerDocument?.documentElement ? node.ownerDocument : node;
  if (observed.has(target)) return;
  observed.add(target);
  observer.observe(target, OBSERVE_OPTIONS);
}

/** The scanner's side of a batch of records. */
export interface MutationEffects {
  /** Marks the unit of a changed node dirty (a revealed subtree: the units inside it too). */
  changed(node: Node, subtree: boolean): Node | null;
  /** An element added to the page (to `parent`): its units are enumerated. */
  added(element: Element, parent: Node): void;
  /** Something left the page (or became skipped): units no longer on it are dropped. */
  needsSweep(): void;
  /** An attribute changed somewhere: elements skipped as hidden may be rendered now. */
  attributesChanged(): void;
}

/**
 * Applies one batch. A target's unit is looked up once per batch (storms repeat targets); a
 * revealed subtree is enumerated once too, even when the same target's text changed earlier in it.
 */
export function applyMutationRecords(
  records: readonly MutationRecord[],
  effects: MutationEffects,
): void {
  const units = new Map<Node, Node | null>();
  const revealed = new Set<Node>();
  const unitOfTarget = (target: Node, subtree: boolean) => {
    if (subtree && !revealed.has(target)) {
      revealed.add(target);
      units.set(target, effects.changed(target, true));
    } else if (!units.has(target)) units.set(target, effects.changed(target, false));
    return units.get(target)!;
  };
  for (const record of records) {
    if (record.type === 'attributes') {
      effects.attributesChanged();
      const name = record.attributeName;
      if (name !== 'hidden' && name !== 'contenteditable') continue;
      unitOfTarget(record.target, true);
      // An inline element skipped now: its text leaves the unit around it, which is rescanned.
      const parent = record.target.parentNode;
      if (parent) unitOfTarget(parent, false);
      continue;
    }
    const unit = unitOfTarget(record.target, false);
    if (record.type !== 'childList') continue;
    if (record.removedNodes.length > 0) effects.needsSweep();
    if (unit === null) continue; // inside a skipped region: so is what was added
    for (const added of record.addedNodes) {
      if (added.nodeType === 1) effects.added(added as Element, record.target);
    }
  }
}

/** Elements skipped as not rendered: those rendered now are `changed` (and left off the set). */
export function revealHidden(
  hidden: Set<Element>,
  isRendered: (el: Element) => boolean,
  changed: (el: Element) => void,
): void {
  for (const el of hidden) {
    if (!el.isConnected) hidden.delete(el);
    else if (isRendered(el)) {
      hidden.delete(el);
      changed(el);
    }
  }
}
