import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { embedLink, embedSnippet, viewLink } from "../embed/embed-code";
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, type Theme } from "../embed/embed-options";
import type { MessageId } from "../i18n/messages";
import { useLang, useText } from "../i18n/use-text";
import type { ViewState } from "../store/atlas-store";

type ShareDialogProps = {
  /** The view to share. */
  view: ViewState;
  /** The frame's accessible name in the snippet ("Bloc Atlas: ASEAN"). */
  frameTitle: string;
  onClose: () => void;
};

const THEMES: readonly { value: Theme; label: MessageId }[] = [
  { value: "light", label: "share.theme-light" },
  { value: "dark", label: "share.theme-dark" },
  { value: "auto", label: "share.theme-auto" },
];

/** The height a frame starts at before the embed asks for its own. */
const SNIPPET_HEIGHT = 520;

type EmbedChoices = Pick<EmbedOptions, "legend" | "quote" | "title" | "interactive" | "theme">;

/**
 * Share the current view: its link, an iframe snippet with the embed options, and a live preview
 * of that embed. A modal dialog: Esc closes it and focus goes back to the button that opened it.
 */
export function ShareDialog({ view, frameTitle, onClose }: ShareDialogProps) {
  const t = useText();
  const lang = useLang();
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
  const link = viewLink(appUrl, view, lang);
  const src = embedLink(appUrl, view, { ...DEFAULT_EMBED_OPTIONS, ...choices }, lang);
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
        <h2 id={headingId}>{t("share.title")}</h2>
        <button type="button" className="close" onClick={close}>
          {t("share.close")}
        </button>
      </div>
      <CopyField label={t("share.link")} value={link} />
      <fieldset className="share-options">
        <legend>{t("share.embed-options")}</legend>
        <label className="check">
          <input type="checkbox" checked={choices.title} onChange={toggle("title")} />{" "}
          {t("share.option-title")}
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.legend} onChange={toggle("legend")} />{" "}
          {t("share.option-legend")}
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.quote} onChange={toggle("quote")} />{" "}
          {t("share.option-quote")}
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.interactive} onChange={toggle("interactive")} />{" "}
          {t("share.option-interactive")}
        </label>
      </fieldset>
      <fieldset className="share-options">
        <legend>{t("share.theme")}</legend>
        {THEMES.map((theme) => (
          <label key={theme.value} className="check">
            <input
              type="radio"
              name="share-theme"
              value={theme.value}
              checked={choices.theme === theme.value}
              onChange={() => setChoices((current) => ({ ...current, theme: theme.value }))}
            />{" "}
            {t(theme.label)}
          </label>
        ))}
      </fieldset>
      <CopyField label={t("share.embed-code")} value={snippet} multiline />
      <p className="share-hint">{t("share.hint")}</p>
      <h3 className="share-preview-title">{t("share.preview")}</h3>
      <iframe className="share-preview" src={src} title={t("share.preview-of", { title: frameTitle })} />
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
  const t = useText();
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
          {t("share.copy")}
        </button>
      </div>
      <p className="copy-status" role="status">
        {state === "copied" ? t("share.copied") : state === "select" ? t("share.selected") : ""}
      </p>
    </div>
  );
}
