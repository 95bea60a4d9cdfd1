import type { EntityRef } from "../domain/entities";
import type { Piece } from "../domain/transcript";
import { useLang, useText } from "../i18n/use-text";

/** A piece's text: its plain runs and its search hits, the current hit marked apart. */
function Runs({ piece, hitIndex }: { piece: Piece; hitIndex: number }) {
  return piece.runs.map((run) =>
    run.hit === undefined ? (
      <span key={run.start}>{run.text}</span>
    ) : (
      <mark key={run.start} data-hit={run.hit} className={run.hit === hitIndex ? "hit current-hit" : "hit"}>
        {run.text}
      </mark>
    ),
  );
}

type ReaderPieceProps = {
  piece: Piece;
  /** What the passage speaks of that the filters let through; empty for plain text. */
  about: readonly EntityRef[];
  hitIndex: number;
  /** About what the map shows. */
  current: boolean;
  /** The passage "show in the speech" went to. */
  targeted: boolean;
  /** Its chooser (for a passage about several things) is open. */
  chooserOpen: boolean;
  onToggleChooser: (trigger: HTMLButtonElement) => void;
  onCloseChooser: () => void;
  onSelect: (entity: EntityRef) => void;
};

/**
 * One piece of a paragraph: plain text, or a quoted passage. A passage is a button that selects
 * what it speaks of, or, where it speaks of several things, opens a chooser of them.
 */
export function ReaderPiece(props: ReaderPieceProps) {
  const {
    piece,
    about,
    hitIndex,
    current,
    targeted,
    chooserOpen,
    onToggleChooser,
    onCloseChooser,
    onSelect,
  } = props;
  const t = useText();
  const lang = useLang();
  const runs = <Runs piece={piece} hitIndex={hitIndex} />;
  if (piece.quoteIds.length === 0) return <span>{runs}</span>;
  if (about.length === 0) {
    // Everything this passage speaks of is filtered out: unmarked, but still a place that "show in
    // the speech" and stepping can reach.
    return (
      <span className="passage-plain" data-quote-ids={piece.quoteIds.join(" ")} tabIndex={-1}>
        {runs}
      </span>
    );
  }
  const kinds = [...new Set(about.map((e) => e.kind))];
  const single = about.length === 1 ? about[0] : undefined;
  // The passage's name is the speaker's words; what clicking does is its description.
  const description = single
    ? t("reader.selects", { name: single.name, kind: t(`reader.kind.${single.kind}`) })
    : t("reader.asks-which", { names: about.map((e) => e.name).join(", ") });
  const descriptionId = `passage-description-${piece.start}`;
  return (
    <span
      className="passage-wrap"
      onKeyDown={(event) => {
        if (event.key === "Escape" && chooserOpen) {
          event.preventDefault();
          onCloseChooser();
        }
      }}
    >
      {/* Inside the English transcript, the app's own words are in the page's language. */}
      <span id={descriptionId} hidden lang={lang}>
        {description}
      </span>
      <button
        type="button"
        className={[
          "passage",
          kinds.length === 1 ? `kind-${kinds[0] ?? ""}` : "kind-mixed",
          current ? "current" : "",
          targeted ? "targeted" : "",
        ].join(" ")}
        data-quote-ids={piece.quoteIds.join(" ")}
        aria-describedby={descriptionId}
        aria-expanded={single ? undefined : chooserOpen}
        onClick={(event) => {
          if (single) {
            onSelect(single);
            return;
          }
          onToggleChooser(event.currentTarget);
        }}
      >
        {runs}
      </button>
      {chooserOpen && !single ? (
        <span className="chooser" role="group" aria-label={t("reader.passage-speaks-of")} lang={lang}>
          {about.map((entity) => (
            <button
              key={entity.id}
              type="button"
              className={`choice kind-${entity.kind}`}
              onClick={() => {
                onCloseChooser();
                onSelect(entity);
              }}
            >
              {entity.name} <span className="role">({t(`reader.kind.${entity.kind}`)})</span>
            </button>
          ))}
        </span>
      ) : null}
    </span>
  );
}
