/**
 * Document order across shadow roots: a node inside a shadow root sorts where its host is,
 * before the host's light children (the order the page scanner reads them in).
 */

/** The chain of nodes from `node` up through shadow hosts: [node, host, host's host…]. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11; root = chain[chain.length - 1]!.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/** Negative when `a` comes before `b`, positive after, 0 for the same node. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  // Lift both to the outermost tree they share.
  for (const x of chainA) {
    for (const y of chainB) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return chainA.indexOf(x) === 0 ? 1 : -1; // the node inside the shadow comes first
      const position = x.compareDocumentPosition(y);
      if (position & 16 /* CONTAINED_BY */) return -1;
      if (position & 8 /* CONTAINS */) return 1;
      return position & 4 /* FOLLOWING */ ? -1 : 1;
    }
  }
  return 0; // different documents
}
