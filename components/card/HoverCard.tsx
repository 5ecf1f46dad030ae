/**
 * The hover card: FactCard in a floating box next to the mention, with a history of related
 * cards opened in place (chips push, Back pops) and the live region announcing each card.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ENTRY_TYPE_KEYS } from '../../utils/i18n/message-keys';
import type { UiStrings } from '../../utils/i18n/create-ui-strings';
import type { CardProps } from '../../utils/content/card-renderer';
import type { CardData } from '../../utils/messaging/protocol';
import { nameIn } from './card-text';
import { FactCard } from './FactCard';
import { LiveRegion } from './LiveRegion';
import { useFloating } from './use-floating';

/** The props are what the content layer renders a card from (utils/content/card-renderer.ts). */
export type HoverCardProps = CardProps;

/** What the live region says when a card shows: "Wang Yi, Person". */
export function announcement(data: CardData, strings: UiStrings): string {
  const name = nameIn(data.entry.names, strings.lang) ?? data.entry.id;
  return `${name}, ${strings.t(ENTRY_TYPE_KEYS[data.entry.type])}`;
}

export function HoverCard(props: HoverCardProps) {
  const { open, loadCard, readerLang } = props;
  const [history, setHistory] = useState<string[]>([]);
  // The entries at the card's point, longest first (a name and the names inside it), and the one
  // expanded: the first at each opening.
  const atPoint = open?.entries ?? [];
  const [picked, setPicked] = useState(0);
  const [shown, setShown] = useState<{ id: string; data: CardData } | null>(null);
  const [said, setSaid] = useState({ message: '', serial: 0 });
  const floating = useRef<HTMLDivElement>(null);
  const focusNext = useRef(false);
  const pickFocus = useRef<number | null>(null);

  // Layout effects, not effects: Preact runs effects after a paint, which made a card take three
  // frames from the hover-intent timer to the screen (npm run bench); these settle before paint.
  // A new opening starts a new history.
  useLayoutEffect(() => {
    setHistory(open ? [open.entryId] : []);
    setPicked(0);
    focusNext.current = open?.focus ?? false;
    if (!open) setShown(null);
  }, [open?.serial]);

  const currentId = history[history.length - 1];
  useLayoutEffect(() => {
    if (currentId === undefined) return;
    let live = true;
    void loadCard(currentId).then((data) => {
      if (!live || !data) return;
      setShown({ id: currentId, data });
      setSaid((s) => ({ message: announcement(data, props.strings), serial: s.serial + 1 }));
    });
    return () => {
      live = false;
    };
  }, [currentId, open?.serial]);

  const visible = open !== null && shown !== null && shown.id === currentId;
  useFloating(floating, visible ? open.anchor : null, [visible, open?.serial]);

  // Focus moves into the card when the keyboard opened it, or when the card changes under focus.
  useEffect(() => {
    if (!visible) return;
    const card = floating.current?.querySelector<HTMLElement>('.qarina-card');
    const root = floating.current?.getRootNode() as ShadowRoot | undefined;
    const focusInside = root?.activeElement != null;
    // An entry picked at the point: focus goes back to its button (the card was redrawn while
    // the entry loaded), so the list stays one key away.
    const pick = pickFocus.current;
    pickFocus.current = null;
    const button =
      pick === null
        ? null
        : floating.current?.querySelectorAll<HTMLElement>('.qc-at-point-item')[pick];
    if (button) button.focus({ preventScroll: true });
    else if (card && (focusNext.current || focusInside)) card.focus({ preventScroll: true });
    focusNext.current = false;
  }, [visible, shown?.id]);

  return (
    <>
      <LiveRegion message={said.message} serial={said.serial} />
      {visible && (
        <div class="qarina-float" ref={floating} dir={open.dir} data-placed="false">
          <FactCard
            entry={shown.data.entry}
            sources={shown.data.sources}
            relatedEntries={shown.data.related}
            readerLang={readerLang}
            strings={props.strings}
            pageLang={props.pageLang}
            surface={history.length === 1 ? (atPoint[picked]?.surface ?? open.surface) : undefined}
            onOpenRelated={(id) => setHistory((h) => [...h, id])}
            onBack={history.length > 1 ? () => setHistory((h) => h.slice(0, -1)) : undefined}
            pinned={props.pinned}
            onTogglePin={props.onTogglePin}
            onClose={props.onClose}
            theme={props.theme}
            textScale={props.textScale}
            variant="hover"
            pageDate={props.cardInTime ? open.pageDate : null}
            atPoint={
              history.length === 1 && atPoint.length > 1
                ? {
                    entries: atPoint,
                    current: picked,
                    onPick: (i) => {
                      if (i === picked) return;
                      pickFocus.current = i;
                      setPicked(i);
                      setHistory([atPoint[i]!.entryId]);
                    },
                  }
                : undefined
            }
          />
        </div>
      )}
    </>
  );
}
