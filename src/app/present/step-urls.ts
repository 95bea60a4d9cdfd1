/** The step in the URL (`?present=argument&step=3`), other parameters (`embed=1`) kept. */
export function urlForStep(step: number): string {
  const params = new URLSearchParams(window.location.search);
  params.set("step", String(step));
  return `${window.location.pathname}?${params.toString()}${window.location.hash}`;
}

/** Opens (or brings back) the speaker view: the same URL with `speaker=1`, in a window of its own. */
export function openSpeakerView(step: number): void {
  const params = new URLSearchParams(window.location.search);
  params.set("step", String(step));
  params.set("speaker", "1");
  params.delete("embed");
  window.open(
    `${window.location.pathname}?${params.toString()}`,
    "bloc-atlas-speaker",
    "popup,width=1000,height=720",
  );
}
