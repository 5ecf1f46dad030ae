/**
 * Whether runtime messages are structured-cloned or JSON-serialised, told by the message itself.
 * Chrome serialises them as JSON unless the manifest asks for `"message_serialization":
 * "structured_clone"` (Chrome 148+; older versions ignore the key); Firefox always clones (and
 * ignores the key). A request carries a one-byte typed array: JSON turns it into `{"0":0}`, a
 * clone keeps it, so the receiver knows whether it may answer with typed arrays (the lexicon's
 * bytes: no base64 to decode in every frame) or must answer in JSON's terms.
 */
import { isBytes } from '../match/packed-array';

/** The probe a request carries (content scripts: the lexicon request). */
export function cloneProbe(): Uint8Array {
  return new Uint8Array(1);
}

/** Whether the probe arrived as sent: a Uint8Array (of any realm), as the lexicon's bytes are read. */
export function probeWasCloned(probe: unknown): boolean {
  return isBytes(probe);
}
