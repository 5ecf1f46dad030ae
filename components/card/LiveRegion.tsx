/** A polite live region: screen readers announce each new message (e.g. the entry a card opened on). */
export interface LiveRegionProps {
  message: string;
  /** Changes to announce the same message again. */
  serial: number;
}

export function LiveRegion({ message, serial }: LiveRegionProps) {
  return (
    <div class="qarina-live" role="status" aria-live="polite" aria-atomic="true">
      <span key={serial}>{message}</span>
    </div>
  );
}
