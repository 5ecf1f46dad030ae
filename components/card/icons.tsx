/**
 * The header's icons: inline SVG (no icon font to load into every page), drawn in
 * `currentColor`, hidden from assistive technology because their buttons carry the name.
 */
import type { ComponentChildren } from 'preact';

function Icon({ children }: { children: ComponentChildren }) {
  return (
    <svg
      class="qc-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}

/** Points backwards in reading order: CSS mirrors it in right-to-left cards. */
export function BackIcon() {
  return (
    <Icon>
      <path d="M10 3 5 8l5 5" />
    </Icon>
  );
}

export function PinIcon({ filled }: { filled: boolean }) {
  return (
    <Icon>
      <path
        d="M6 2h4l-.5 4 2.5 2.5H4L6.5 6 6 2ZM8 8.5V14"
        fill={filled ? 'currentColor' : 'none'}
      />
    </Icon>
  );
}

export function CloseIcon() {
  return (
    <Icon>
      <path d="m4 4 8 8M12 4l-8 8" />
    </Icon>
  );
}

/** Points down: more of the card lies below. */
export function MoreIcon() {
  return (
    <Icon>
      <path d="m4 6 4 4 4-4" />
    </Icon>
  );
}
