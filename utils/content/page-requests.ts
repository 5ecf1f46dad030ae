/**
 * The content script's answers to the popup's and the background's tab requests
 * (utils/messaging/tab-protocol.ts), as a pure function over what the page knows, so it can be
 * tested without a page and wired into the content script in one line.
 */
import {
  parseTabRequest,
  type PageInfo,
  type PageMentionSummary,
  type TabRequest,
  type TabResponses,
} from '../messaging/tab-protocol';

/** What the content script exposes to the requests. */
export interface PageAccess {
  info(): PageInfo;
  /** Every entry mentioned, in order of first mention. */
  mentions(): PageMentionSummary[];
  /** Whether the first scan of the page has finished. */
  scanComplete(): boolean;
  /** Scrolls to the first mention of the entry and opens its card; false when there is none. */
  reveal(entryId: string): boolean | Promise<boolean>;
}

/** The answer to one well-formed request. */
export async function answerTabRequest<T extends TabRequest>(
  page: PageAccess,
  request: T,
): Promise<TabResponses[T['type']]> {
  type Answer = TabResponses[T['type']];
  switch (request.type) {
    case 'qarina:pageInfo':
      return page.info() as Answer;
    case 'qarina:listMentions':
      return { ...page.info(), mentions: page.mentions(), complete: page.scanComplete() } as Answer;
    case 'qarina:revealMention':
      return (await page.reveal(request.entryId)) as Answer;
  }
  return undefined as never;
}

interface Sender {
  id?: string;
}

/**
 * A `runtime.onMessage` listener for the tab requests: answers ours (from this extension),
 * ignores everything else (returns false, so other listeners in the content script, such as the
 * command relay, still get their messages).
 */
export function createTabRequestListener(page: PageAccess, extensionId: string) {
  return (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): boolean => {
    const request = parseTabRequest(message);
    if (!request || sender.id !== extensionId) return false;
    answerTabRequest(page, request).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
