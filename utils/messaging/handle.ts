/**
 * The background side of the protocol: one `runtime.onMessage` listener that checks the sender
 * and the payload, then hands the request to its typed handler.
 */
import { browser, type Browser } from 'wxt/browser';
import { PAGE_ONLY_REQUESTS, type MessageHandlers, type Reply, type RequestType } from './protocol';
import { RequestSchema } from './request-schema';

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url'>;
type Listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => true;

export interface ListenerOptions {
  /** The only extension id accepted as sender (defaults to this extension's). */
  extensionId?: string;
  logger?: Pick<Console, 'warn'>;
}

/**
 * Answers one message: validates it, runs its handler, and wraps the outcome in a `Reply`.
 * Never rejects: unknown senders, malformed messages and handler failures become `{ ok: false }`.
 */
export async function answerMessage(
  handlers: MessageHandlers,
  message: unknown,
  sender: Sender,
  options: ListenerOptions = {},
): Promise<Reply<RequestType>> {
  const { extensionId = browser.runtime.id, logger = console } = options;
  if (sender.id !== extensionId) {
    logger.warn('[qarina] dropped a message from another sender:', sender.id, sender.url);
    return { ok: false, error: 'unknown sender' };
  }
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) {
    logger.warn('[qarina] dropped a malformed message:', parsed.error.issues);
    return { ok: false, error: 'malformed request' };
  }
  const request = parsed.data;
  if (PAGE_ONLY_REQUESTS.has(request.type) && !isExtensionPage(sender.url)) {
    // A content script shares its renderer with the web page; it must not change stored data.
    logger.warn(`[qarina] dropped ${request.type} from outside the extension's pages:`, sender.url);
    return { ok: false, error: 'not allowed' };
  }
  try {
    // The union of handlers cannot be indexed with a union request type-safely; the schema's
    // discriminant guarantees the pairing.
    const handler = handlers[request.type] as (r: typeof request) => Promise<unknown>;
    return { ok: true, value: await handler(request) } as Reply<RequestType>;
  } catch (error) {
    logger.warn(`[qarina] the ${request.type} handler failed:`, error);
    return { ok: false, error: `${request.type} failed` };
  }
}

/** Whether a sender's URL is one of the extension's own pages (popup, options). */
function isExtensionPage(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    return new URL(url).origin === new URL(browser.runtime.getURL('/')).origin;
  } catch {
    return false;
  }
}

/**
 * The `runtime.onMessage` listener. It answers through `sendResponse` and returns `true` (keep the
 * channel open), which works in Firefox and in every Chrome; returning a promise works only from
 * Chrome 144.
 */
export function createMessageListener(
  handlers: MessageHandlers,
  options: ListenerOptions = {},
): Listener {
  return (message, sender, sendResponse) => {
    void answerMessage(handlers, message, sender, options).then(sendResponse);
    return true;
  };
}

/** Registers the handlers on `browser.runtime.onMessage`; returns a function that removes them. */
export function registerMessageHandlers(
  handlers: MessageHandlers,
  options: ListenerOptions = {},
): () => void {
  const listener = createMessageListener(handlers, options);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
