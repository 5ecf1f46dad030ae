/**
 * The asking side of the protocol, for every context (content scripts, popup, options): no
 * validation here, so zod stays out of the content script; the background checks each request
 * when it arrives (request-schema.ts).
 */
import { browser } from 'wxt/browser';
import type { Reply, RequestOf, RequestType, Responses } from './protocol';

/** The background answered with an error, or with something that is not a reply. */
export class MessagingError extends Error {
  override name = 'MessagingError';
}

function isReply(value: unknown): value is Reply<RequestType> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

/**
 * Sends a request to the background and resolves with its typed answer. Rejects with a
 * `MessagingError` when the background refuses or fails.
 */
export async function askBackground<T extends RequestType>(
  request: RequestOf<T>,
): Promise<Responses[T]> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (!isReply(reply)) throw new MessagingError(`no valid reply to ${request.type}`);
  if (!reply.ok) throw new MessagingError(reply.error);
  return reply.value as Responses[T];
}
