/**
 * The page's one polite live region: one sentence saying what the last change did, replacing the
 * last (`useAnnouncement`), so a screen reader says each change once and nothing on its own.
 */
export function Announcer({ message }: { message: string }) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer="">
      {message}
    </p>
  );
}
