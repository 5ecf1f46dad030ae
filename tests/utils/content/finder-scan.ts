/** Test helper: the mentions a finder (local or remote) finds in a paragraph's text. */
import type { MentionFinder } from '../../../utils/page/mention-finder';
import type { PageMention } from '../../../utils/page/run-mentions';
import { unitRuns } from '../../../utils/page/text-runs';
import { emptyStats } from '../../../utils/page/unit-job';

export async function findWith(
  finder: MentionFinder,
  html: string,
  shortForms = false,
): Promise<PageMention[]> {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.append(p);
  const job = finder.begin(p, unitRuns(p), shortForms);
  if (job instanceof Promise) return (await job)?.list() ?? [];
  while (!job.step(emptyStats()));
  return job.mentions.list();
}
