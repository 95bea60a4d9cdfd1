import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { embedLink, embedSnippet, viewLink } from "../embed/embed-code";
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, type Theme } from "../embed/embed-options";
import type { ViewState } from "../store/atlas-store";

type ShareDialogProps = {
  /** The view to share. */
  view: ViewState;
  /** The frame's accessible name in the snippet ("Bloc Atlas: ASEAN"). */
  frameTitle: string;
  onClose: () => void;
};

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "auto", label: "Follow the viewer’s system" },
];

/** The height a frame starts at before the embed asks for its own. */
const SNIPPET_HEIGHT = 520;

type EmbedChoices = Pick<EmbedOptions, "legend" | "quote" | "title" | "interactive" | "theme">;

/**
 * Share the current view: its link, an iframe snippet with the embed options, and a live preview
 * of that embed. A modal dialog: Esc closes it and focus goes back to the button that opened it.
 */
export function ShareDialog({ view, frameTitle, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [choices, setChoices] = useState<EmbedChoices>(DEFAULT_EMBED_OPTIONS);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);

  const appUrl = new URL(window.location.pathname, window.location.href).href;
  const link = viewLink(appUrl, view);
  const src = embedLink(appUrl, view, { ...DEFAULT_EMBED_OPTIONS, ...choices });
  const snippet = embedSnippet({
    src,
    title: frameTitle,
    scriptSrc: new URL("embed.js", document.baseURI).href,
    height: SNIPPET_HEIGHT,
  });

  // Closed before the page hears of it: while it is open the page is inert, and cannot take focus back.
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Handled here so that the page's own Escape (clear the selection) does not fire as well.
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  const toggle = (key: "legend" | "quote" | "title" | "interactive") => () =>
    setChoices((current) => ({ ...current, [key]: !current[key] }));

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onCancel={onClose}
    >
      <div className="share-header">
        <h2 id={headingId}>Share this view</h2>
        <button type="button" className="close" onClick={close}>
          Close
        </button>
      </div>
      <CopyField label="Link to this view" value={link} />
      <fieldset className="share-options">
        <legend>Embed options</legend>
        <label className="check">
          <input type="checkbox" checked={choices.title} onChange={toggle("title")} /> Title
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.legend} onChange={toggle("legend")} /> Legend
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.quote} onChange={toggle("quote")} /> Quote
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.interactive} onChange={toggle("interactive")} /> Pan and
          zoom
        </label>
      </fieldset>
      <fieldset className="share-options">
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme.value} className="check">
            <input
              type="radio"
              name="share-theme"
              value={theme.value}
              checked={choices.theme === theme.value}
              onChange={() => setChoices((current) => ({ ...current, theme: theme.value }))}
            />{" "}
            {theme.label}
          </label>
        ))}
      </fieldset>
      <CopyField label="Embed code" value={snippet} multiline />
      <p className="share-hint">
        The frame sizes itself on pages that include the script line. In reveal.js, paste it into a slide; in
        PowerPoint for the web or Google Slides, which take no code, put the link on the slide.
      </p>
      <h3 className="share-preview-title">Preview</h3>
      <iframe className="share-preview" src={src} title={`Preview: ${frameTitle}`} />
    </dialog>
  );
}

type CopyState = "idle" | "copied" | "select";

/** A read-only field with a Copy button; where the clipboard is refused, it selects the text instead. */
function CopyField({
  label,
  value,
  multiline = false,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // What happened to which text: a changed option makes a new text, not yet copied.
  const [result, setResult] = useState<{ value: string; state: CopyState }>({ value, state: "idle" });
  const state = result.value === value ? result.state : "idle";

  const copy = () => {
    const selectText = () => {
      field.current?.focus();
      field.current?.select();
      setResult({ value, state: "select" });
    };
    // The clipboard exists only in a secure context (not a build served over plain HTTP on a LAN).
    if (!window.isSecureContext) {
      selectText();
      return;
    }
    navigator.clipboard.writeText(value).then(() => setResult({ value, state: "copied" }), selectText);
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea id={id} ref={field} readOnly value={value} rows={4} spellCheck={false} />
        ) : (
          <input id={id} ref={field} readOnly value={value} spellCheck={false} />
        )}
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p className="copy-status" role="status">
        {state === "copied"
          ? "Copied"
          : state === "select"
            ? "Selected: press Ctrl+C (⌘C on a Mac) to copy"
            : ""}
      </p>
    </div>
  );
}
