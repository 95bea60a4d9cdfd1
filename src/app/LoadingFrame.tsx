/**
 * What the page shows while the dataset loads: its frame, so the first paint already has the
 * header, the lists' and panels' places and the map's, rather than one line on a blank page. An
 * embed or a presentation shows the map's place alone, as it will.
 */
export function LoadingFrame({ page }: { page: "atlas" | "embed" | "present" }) {
  const status = (
    <p className="loading-status" role="status">
      Loading the speech's blocs and agreements…
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
        <h1>Bloc Atlas</h1>
        <p>Sergey Lavrov at the Valdai Club, Ho Chi Minh City, 25 February 2019.</p>
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
      <aside className="details" aria-label="Details" />
    </div>
  );
}
