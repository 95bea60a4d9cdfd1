import { useText } from "../i18n/use-text";

/**
 * What the page shows while the dataset loads: its frame, so the first paint already has the
 * header, the lists' and panels' places and the map's, rather than one line on a blank page. An
 * embed or a presentation shows the map's place alone, as it will. `wordless` until the
 * language's messages have come (a few milliseconds): the frame, busy, without its words.
 */
export function LoadingFrame({
  page,
  wordless = false,
}: {
  page: "atlas" | "embed" | "present";
  wordless?: boolean;
}) {
  if (wordless) return <Frame page={page} words={undefined} />;
  return <WordedFrame page={page} />;
}

function WordedFrame({ page }: { page: "atlas" | "embed" | "present" }) {
  const t = useText();
  return (
    <Frame
      page={page}
      words={{
        status: t("app.loading"),
        title: t("app.title"),
        speech: t("app.speech-line"),
        details: t("app.details"),
      }}
    />
  );
}

type Words = { status: string; title: string; speech: string; details: string };

function Frame({ page, words }: { page: "atlas" | "embed" | "present"; words: Words | undefined }) {
  const status = (
    <p className="loading-status" role="status">
      {words?.status}
    </p>
  );
  if (page !== "atlas") {
    return (
      <div className="loading-frame-map" aria-busy="true">
        {status}
      </div>
    );
  }
  return (
    <div className="atlas" aria-busy="true">
      <header className="atlas-header">
        <h1>{words?.title}</h1>
        <p>{words?.speech}</p>
      </header>
      <div className="side">
        <div className="loading-lines" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => (
            <span key={i} />
          ))}
        </div>
      </div>
      <main className="map-area">
        <div className="loading-frame-map">{status}</div>
      </main>
      <aside className="details" aria-label={words?.details} />
    </div>
  );
}
