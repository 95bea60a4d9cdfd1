/**
 * The host side of the Bloc Atlas host API, as a page would write it: frame the embed, send it
 * commands, listen to its events. `?app=` points at a Bloc Atlas served elsewhere; `?view=` is the
 * view to open with (`bloc=asean` by default).
 */
const params = new URLSearchParams(window.location.search);
const appUrl = new URL(params.get("app") ?? "../", window.location.href);
const frame = document.querySelector<HTMLIFrameElement>("#atlas");
const log = document.querySelector<HTMLOListElement>("#log");
const message = document.querySelector<HTMLTextAreaElement>("#message");
if (!frame || !log || !message) throw new Error("host.html is missing its frame, log or message box");

frame.src = new URL(`?embed=1&${params.get("view") ?? "bloc=asean"}`, appUrl).href;
// Commands go to the app's origin only, and events are taken from the frame alone.
const appOrigin = new URL(frame.src).origin;

function send(command: unknown): void {
  frame?.contentWindow?.postMessage(command, appOrigin);
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-command]")) {
  button.addEventListener("click", () => send(JSON.parse(button.dataset.command ?? "null")));
}
document.querySelector("#send")?.addEventListener("click", () => {
  try {
    send(JSON.parse(message.value));
  } catch {
    // Not JSON: send it as a string, to see how the embed takes a malformed message.
    send(message.value);
  }
});

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
  const data = event.data;
  if (typeof data !== "object" || data === null || !("type" in data) || typeof data.type !== "string") return;
  const item = document.createElement("li");
  item.dataset.type = data.type;
  // textContent, never HTML: the page shows what it was sent, and runs none of it.
  item.textContent = JSON.stringify(data);
  log.append(item);
  log.scrollTop = log.scrollHeight;
});
