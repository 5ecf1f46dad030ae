/**
 * The content script's answers to the popup's and the background's tab requests
 * (utils/messaging/protocol.ts, `TabRequest`), as a pure function over what the page knows, so it can be
 * tested without a page and wired into the content script in one line.
 */
import { parseTabRequest } from '../messaging/parse-tab-request';
import type { PageDate } from '../page-date/page-date';
import type { PageInfo, PageMentionSummary, TabRequest, TabResponses } from '../messaging/protocol';

/** What the content script exposes to the requests. */
export interface PageAccess {
  info(): PageInfo;
  /** Every entry mentioned, in order of first mention. */
  mentions(): PageMentionSummary[];
  /** Whether the first scan of the page has finished. */
  scanComplete(): boolean;
  /**
   * The page's date, read now (the document may have changed since the last request); a promise
   * while the reader's code (loaded with the card's, on first need) is on its way.
   */
  pageDate(): PageDate | null | Promise<PageDate | null>;
  /** Scrolls to the first mention of the entry and opens its card; false when there is none. */
  reveal(entryId: string): boolean | Promise<boolean>;
  /** Moves to the next or previous mention and opens its card; false when there is none. */
  navigate(direction: 'next' | 'previous'): boolean;
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
      return {
        ...page.info(),
        mentions: page.mentions(),
        complete: page.scanComplete(),
        pageDate: await page.pageDate(),
      } as Answer;
    case 'qarina:revealMention':
      return (await page.reveal(request.entryId)) as Answer;
    case 'qarina:navigate':
      return page.navigate(request.direction) as Answer;
  }
  return undefined as never;
}

interface Sender {
  id?: string;
}

/**
 * The content script's one `runtime.onMessage` listener: answers the tab requests from this
 * extension, ignores everything else (returns false).
 */
export function createTabRequestListener(page: PageAccess, extensionId: string) {
  return (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): boolean => {
    const request = parseTabRequest(message);
    if (!request || sender.id !== extensionId) return false;
    answerTabRequest(page, request).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
