import type { ReactNode } from "react";

type PanelHeaderProps = {
  /** The heading's id, which the panel is labelled by. */
  titleId: string;
  title: ReactNode;
  /** "Clear" for a selection, "Close" for a country panel over one. */
  action: "Clear" | "Close";
  /** What the button clears or closes, for its accessible name. */
  subject: string;
  onAction: () => void;
};

/** A panel's heading with the button (and its Escape shortcut) that clears or closes it. */
export function PanelHeader({ titleId, title, action, subject, onAction }: PanelHeaderProps) {
  return (
    <header className="panel-header">
      <h2 id={titleId} tabIndex={-1}>
        {title}
      </h2>
      <button type="button" className="close" onClick={onAction} aria-label={`${action} ${subject}`}>
        {action} <kbd>Esc</kbd>
      </button>
    </header>
  );
}
