/**
 * The sign that a card's body goes on below what it shows: a fade over its last visible lines
 * and a small "More below" button that scrolls on. The host shows it only while there is more;
 * the button's name says the same to screen readers, and it names the body it scrolls.
 */
import type { JSX } from 'preact';
import { MoreIcon } from './icons';

export interface MoreCueProps {
  /** The button's text and accessible name, in the card's language. */
  label: string;
  /** Id of the scrolling element (`aria-controls`). */
  controls: string;
  /** The scrollbar's width, kept clear of the fade. */
  gutter: number;
  /** Scrolls one step; true when that reaches the end. */
  onMore: () => boolean;
  /** The end was reached from the focused button, which is about to go: take focus elsewhere. */
  onEnd: () => void;
}

export function MoreCue(props: MoreCueProps) {
  const onClick = (e: JSX.TargetedMouseEvent<HTMLButtonElement>) => {
    const button = e.currentTarget;
    const root = button.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement === button;
    if (props.onMore() && focused) props.onEnd();
  };
  return (
    <div
      class="qc-more"
      style={props.gutter ? { 'inset-inline-end': `${props.gutter}px` } : undefined}
    >
      <button type="button" class="qc-more-button" aria-controls={props.controls} onClick={onClick}>
        <span>{props.label}</span>
        <MoreIcon />
      </button>
    </div>
  );
}
