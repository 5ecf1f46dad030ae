/**
 * How the page finds names in a unit's text runs: the one interface the page scanner and the
 * page's mentions use (issue 18, goal 4), with two implementations.
 *
 * - Local (`localFinder`): the content script's own matcher; a unit's runs are matched in bounded
 *   steps inside the scanner's time slices (unit-job.ts). Used below the size threshold (the
 *   bundled knowledge base): no round trip, and the lexicon is ready in a few milliseconds.
 * - Remote (utils/content/remote-finder.ts): the runs of the units a slice starts are sent, in one
 *   message, to the extension's background, which holds the one matcher of a large knowledge base
 *   and answers later; the scanner goes on meanwhile. Names inside names and short forms' context
 *   come decided with the answer.
 */
import type { Matcher } from '../match/matcher';
import { innerMentions, knownInnerMentions, type InnerMention } from './inner-mentions';
import type { PageMention, UnitMentions } from './unit-mentions';
import type { TextRun } from './text-runs';
import { UnitJob, type ScanStats } from './unit-job';

/** A unit's scan done in bounded steps on the page's thread. */
export interface SteppedJob {
  readonly unit: Node;
  readonly mentions: UnitMentions;
  /** Does one bounded step; true when the unit is fully scanned. */
  step(stats: ScanStats): boolean;
}

export interface MentionFinder {
  /**
   * Starts finding the mentions of one unit's runs: a job to step (local), or the answer to come
   * (remote): null when it no longer applies (the runs' text changed meanwhile, and the change
   * has the unit scanned again) or could not be had.
   */
  begin(
    unit: Node,
    runs: TextRun[],
    shortForms: boolean,
  ): SteppedJob | Promise<UnitMentions | null>;
  /** The names inside a mention (issue 15), outer before inner (empty for most). */
  inner(mention: PageMention): readonly InnerMention[];
  /** The names inside a mention found so far (none computed here): to tell they went with it. */
  knownInner(mention: PageMention): readonly InnerMention[];
}

/** Matching on the page's thread with the content script's own matcher. */
export function localFinder(matcher: Matcher): MentionFinder {
  return {
    begin: (unit, runs, shortForms) => new UnitJob(unit, runs, matcher, shortForms),
    inner: (mention) => innerMentions(mention, matcher),
    knownInner: (mention) => knownInnerMentions(mention, matcher),
  };
}
