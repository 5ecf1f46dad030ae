/** The page scanner's options and what it reports (page-scanner.ts). */
import type { Matcher } from '../match/matcher';
import type { MentionFinder } from './mention-finder';
import type { UnitMentions } from './unit-mentions';
import type { Scheduler } from './scheduler';
import type { InputPending } from './slices';

/** What changed in one unit: its new mentions (all of them) and its old ones (all of them). */
export interface MentionChange {
  unit: Node;
  added: UnitMentions;
  removed: UnitMentions;
}

/** Options of {@link PageScanner}. */
export interface PageScannerOptions {
  /** The local matcher (a `localFinder`), unless `finder` is given. */
  matcher?: Matcher;
  /** How a unit's mentions are found (mention-finder.ts: local, or remote through the background). */
  finder?: MentionFinder;
  /** Called after each unit scan that changed its mentions. */
  onMentions: (change: MentionChange) => void;
  /**
   * Called when a change to the page marks a unit for rescanning, before the change is painted
   * (mutation records come at the end of the page's task): its mentions' offsets may be stale
   * until `onMentions` reports the rescan.
   */
  onStale?: (unit: Node) => void;
  /** Clock and timers (tests inject a manual one). */
  scheduler?: Scheduler;
  /** Length of a work slice in ms. Default SLICE_MS (10; slices.ts says why). */
  sliceMs?: number;
  /** Whether input waits, ending a slice early. Default the browser's; null: never asked. */
  inputPending?: InputPending | null;
  /**
   * Work (characters, nodes) between two reads of the clock. Default CLOCK_WORK (slices.ts says
   * why); 0 reads it after every step (tests whose manual clock advances at every read).
   */
  clockWork?: number;
  /** Minimum time between two scans of one unit, in ms. Default 250. */
  cooldownMs?: number;
  /** Whether an element is rendered. Default: checkVisibility() where available. */
  isRendered?: (el: Element) => boolean;
  /**
   * Also report short forms (Xi, Си), those that need their document's context marked
   * `needsDocument` (the caller decides: short-form-context.ts). Default false.
   */
  shortForms?: boolean;
  /** Orders the first scan's units (default: those in the viewport first). */
  order?: (units: Node[]) => Node[];
}
