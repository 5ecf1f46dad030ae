/** Page mentions of a test document, found with the real knowledge base's lexicon. */
import { bundled } from '../cache/fixtures';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { scanRoot } from '../../../utils/page/run-mentions';

export const matcher = createMatcher(buildLexicon(bundled.entries));
export const types = bundled.entries.map((e) => e.type);

/** Sets the body's HTML and returns the mentions of the document. */
export function mentionsIn(html: string) {
  document.body.innerHTML = html;
  return scanRoot(document.body, matcher);
}
