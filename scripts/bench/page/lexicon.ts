/**
 * The lexicon's life: built in the background from the entries (timed, with the size of the
 * JSON a content script receives), kept in the background's lexicon database and read back
 * by a restarted worker, then turned into a ready matcher in a content script.
 */
import { openLexiconCache } from '../../../utils/background/lexicon-cache';
import { createRemoteFinder } from '../../../utils/content/remote-finder';
import { packEntryTypes, unpackEntryTypes } from '../../../utils/messaging/entry-types';
import {
  buildLexicon,
  lexiconForClone,
  lexiconFromJSON,
  lexiconToJSON,
} from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { readySplit as split } from './ready-split';
import { kbOf, type LoadedKb } from './state';

/** Builds the lexicon of a loaded knowledge base as the background does; keeps its JSON. */
export function buildLexiconOf(kbName: string): {
  ms: number;
  jsonBytes: number;
  patterns: number;
} {
  const loaded = kbOf(kbName);
  const start = performance.now();
  const lexicon = buildLexicon(loaded.kb.entries, { dataVersion: 'bench' });
  const payload = { lexicon: lexiconToJSON(lexicon), types: loaded.kb.entries.map((e) => e.type) };
  const json = JSON.stringify(payload);
  const ms = performance.now() - start;
  loaded.lexiconJson = JSON.stringify(payload.lexicon);
  const packedTypes = packEntryTypes(payload.types);
  loaded.remoteJson = JSON.stringify({ dataVersion: 'bench', types: [], packedTypes });
  return {
    ms,
    jsonBytes: new TextEncoder().encode(json).length,
    patterns: lexicon.patternEntry.length,
  };
}

/**
 * How the lexicon message reaches a content script: `'json'`, Chrome's default (the text parsed),
 * or `'clone'`, Chrome 148+ with the manifest's message_serialization and Firefox (the bytes form
 * structured-cloned). A function that receives it, ready to call inside the timed region.
 */
export type Via = 'json' | 'clone';

async function receiver(loaded: LoadedKb, via: Via): Promise<() => Record<string, unknown>> {
  const { lexiconJson } = loaded;
  if (lexiconJson === undefined) throw new Error('no lexicon built');
  if (via === 'json') return () => JSON.parse(lexiconJson) as Record<string, unknown>;
  // The background's side, untimed: the bytes decoded once (kept, as the background keeps them)
  // and the message serialised by posting it. Blink deserialises a MessageEvent's data when it is
  // first read, as the content script's side does on arrival: that read is the timed part.
  loaded.lexiconClone ??= lexiconForClone(JSON.parse(lexiconJson) as Record<string, unknown>);
  const { port1, port2 } = new MessageChannel();
  const arrived = new Promise<MessageEvent>((resolve) => (port2.onmessage = resolve));
  port1.postMessage(loaded.lexiconClone);
  const event = await arrived;
  port1.close();
  port2.close();
  return () => event.data as Record<string, unknown>;
}

/**
 * Content script ready: from the lexicon message (`via`: JSON text, or a structured clone) to a
 * matcher that can scan. Receiving is included: the browser does it before the script sees it.
 */
export async function readyFromJson(
  kbName: string,
  via: Via = 'json',
): Promise<{ ms: number; parseMs: number }> {
  const receive = await receiver(kbOf(kbName), via);
  const start = performance.now();
  const json = receive();
  const parsed = performance.now();
  const matcher = createMatcher(lexiconFromJSON(json));
  const ms = performance.now() - start;
  if (matcher.entryIds.length === 0) throw new Error('empty matcher');
  return { ms, parseMs: parsed - start };
}

/**
 * `readyFromJson`'s steps timed one by one (ready-split.ts): where a frame's ready goes. Each
 * step's figure includes the fresh memory it writes.
 */
export async function readySplit(
  kbName: string,
  via: Via = 'json',
): Promise<Record<string, number>> {
  return split(await receiver(kbOf(kbName), via));
}

/** The lexicon's JSON text built in this page (to hand to a fresh page: `adoptLexiconJson`). */
export function lexiconJsonOf(kbName: string): string {
  const { lexiconJson } = kbOf(kbName);
  if (lexiconJson === undefined) throw new Error(`no lexicon built for ${kbName}`);
  return lexiconJson;
}

/**
 * Takes a lexicon JSON built elsewhere, so that a fresh page's first `readyFromJson` is cold as
 * a frame's is: no lexicon code run and no lexicon-sized memory allocated before it.
 */
export function adoptLexiconJson(kbName: string, json: string): void {
  kbOf(kbName).lexiconJson = json;
}

/**
 * Content script ready above the remote-matching threshold: the payload without a lexicon (data
 * version, entry types packed a digit each) parsed and unpacked, and a remote finder made.
 * Returns its time and size.
 */
export function readyRemote(kbName: string): { ms: number; chars: number } {
  const { remoteJson } = kbOf(kbName);
  if (remoteJson === undefined) throw new Error(`no lexicon built for ${kbName}`);
  const start = performance.now();
  const payload = JSON.parse(remoteJson) as { packedTypes: string };
  const types = unpackEntryTypes(payload.packedTypes);
  const finder = createRemoteFinder({ ask: () => Promise.reject(new Error('not asked')) });
  const ms = performance.now() - start;
  if (types.length === 0 || !finder) throw new Error('empty payload');
  return { ms, chars: remoteJson.length };
}

const cache = openLexiconCache('qarina-bench-lexicon');

/**
 * A restarted worker's lexicon: read from the lexicon database (stored there first, untimed)
 * instead of built again. Returns the read's time.
 */
export async function readStoredLexicon(kbName: string): Promise<{ ms: number }> {
  const { kb, lexiconJson } = kbOf(kbName);
  if (lexiconJson === undefined) throw new Error(`no lexicon built for ${kbName}`);
  const lexicon = JSON.parse(lexiconJson) as Record<string, unknown>;
  await cache.put(kbName, { lexicon, types: kb.entries.map((e) => e.type) });
  const start = performance.now();
  const stored = await cache.get(kbName);
  const ms = performance.now() - start;
  if (stored === undefined) throw new Error('lexicon not stored');
  return { ms };
}
