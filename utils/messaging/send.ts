/**
 * The asking side of the protocol for extension pages (popup, options): checks the request
 * before sending it, so a bug shows at its source. Content scripts use `askBackground`
 * (request.ts), which leaves zod out of their bundle; the background validates on arrival anyway.
 */
import type { RequestOf, RequestType, Responses } from './protocol';
import { RequestSchema } from './request-schema';
import { askBackground, MessagingError } from './request';

export { MessagingError };

/**
 * Sends a request to the background and resolves with its typed answer. Rejects with a
 * `MessagingError` when the background refuses or fails, and when the request itself is invalid.
 */
export async function sendRequest<T extends RequestType>(
  request: RequestOf<T>,
): Promise<Responses[T]> {
  const checked = RequestSchema.safeParse(request);
  if (!checked.success) throw new MessagingError(`invalid ${request.type} request`);
  return askBackground(checked.data as RequestOf<T>);
}
