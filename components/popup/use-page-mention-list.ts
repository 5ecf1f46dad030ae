/**
 * The target tab's mentions for "On this page". Asked again while the page's first scan is
 * still running, so a popup opened during a long page's scan fills in.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageMentionList } from '../../utils/messaging/protocol';
import type { PopupBackend } from '../../utils/popup/popup-backend';

/** `loading` until the tab answers; `unavailable` when it has no content script. */
export type PageState =
  { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; page: PageMentionList };

const RETRY_MS = 250;

/** The page's mentions; `refresh` asks again (after the reader pauses or resumes the site). */
export function usePageMentionList(backend: PopupBackend): [PageState, () => void] {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      void backend.listMentions().then((page) => {
        if (!live) return;
        setState(page ? { kind: 'ready', page } : { kind: 'unavailable' });
        if (page && !page.complete) timer = setTimeout(ask, RETRY_MS);
      });
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [backend, round]);
  return [state, () => setRound((r) => r + 1)];
}
