/**
 * The asking side of the protocol, for content scripts and pages.
 */
import { browser } from 'wxt/browser';
import {
  RequestSchema,
  type Reply,
  type RequestOf,
  type RequestType,
  type Responses,
} from './protocol';

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
 * `MessagingError` when the background refuses or fails, and when the request itself is invalid
 * (checked here too, so a bug shows at its source).
 */
export async function sendRequest<T extends RequestType>(
  request: RequestOf<T>,
): Promise<Responses[T]> {
  const checked = RequestSchema.safeParse(request);
  if (!checked.success) throw new MessagingError(`invalid ${request.type} request`);
  const reply: unknown = await browser.runtime.sendMessage(checked.data);
  if (!isReply(reply)) throw new MessagingError(`no valid reply to ${request.type}`);
  if (!reply.ok) throw new MessagingError(reply.error);
  return reply.value as Responses[T];
}
