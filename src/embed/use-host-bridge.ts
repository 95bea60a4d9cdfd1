import { useEffect, useRef } from "react";
import type { LoadedData } from "../domain/loaded-data";
import { useLang } from "../i18n/use-text";
import { useAtlasStore, type AtlasActions, type AtlasState } from "../store/atlas-store";
import { serializeViewState, urlFieldsChanged, type KnownIds } from "../store/url-state";
import { parseHostMessage, resolveCommand, type HostIntent, type PresentedTour } from "./host-api";
import { hostStateOf, type HostEvent } from "./host-state";

/** What the bridge needs of a presented tour: which, how long, and how to show a step. */
export type TourBridge = {
  readonly id: string;
  readonly count: number;
  /** Shows step `n` (1-based), as a presenter's own move would. */
  readonly show: (step: number) => void;
};

/** Whether this page sits in a frame, where a host page may drive it. */
export function isFramed(): boolean {
  return window.parent !== window;
}

/**
 * The origin to post to: `*` when any host may listen, else the framing page's origin if it is
 * one of those allowed. Undefined: the host is not allowed, so nothing is posted (a post to an
 * origin the parent does not have is refused by the browser with an error).
 */
export function parentTargetOrigin(origins: readonly string[] | undefined): string | undefined {
  if (origins === undefined) return "*";
  // Firefox has no ancestorOrigins; the referrer (an origin at least, by default) stands in.
  const framing =
    "ancestorOrigins" in window.location
      ? window.location.ancestorOrigins[0]
      : URL.canParse(document.referrer)
        ? new URL(document.referrer).origin
        : undefined;
  if (framing !== undefined) return origins.includes(framing) ? framing : undefined;
  // Nothing tells the framing origin: a single allowed origin is still unambiguous.
  return origins.length === 1 ? origins[0] : undefined;
}

/** Posts an event to the framing page, if there is one and it may hear it. */
export function postToHost(event: HostEvent, origins: readonly string[] | undefined): void {
  if (!isFramed()) return;
  const target = parentTargetOrigin(origins);
  if (target !== undefined) window.parent.postMessage(event, target);
}

/** The full app's address for a view: the page's own address with the view's parameters alone. */
export function fullAppUrl(state: AtlasState): string {
  return new URL(`${window.location.pathname}${serializeViewState(state, "")}`, window.location.origin).href;
}

function applyIntent(
  intent: Exclude<HostIntent, { kind: "get-state" | "go-to-step" | "set-lang" }>,
  actions: AtlasActions,
  today: string,
): void {
  switch (intent.kind) {
    case "select-bloc":
      if (intent.since === undefined) actions.selectBloc(intent.id);
      else actions.showBlocSince(intent.id, intent.since, today);
      break;
    case "select-compare":
      actions.compareBlocs(intent.pair[0], intent.pair[1], intent.roles);
      break;
    case "select-agreement":
      actions.selectAgreement(intent.id);
      break;
    case "select-cochair":
      actions.selectCoChairmanship(intent.id);
      break;
    case "select-country":
      actions.selectCountryAlone(intent.iso3);
      break;
    case "clear":
      actions.clearSelection();
      break;
    case "set-filters":
      actions.setFilters(intent.filters);
      break;
    case "set-asof":
      actions.setAsOf(intent.asOf);
      break;
  }
}

/**
 * Wires the host API to the window when the page is framed: commands from the parent (checked by
 * host-api.ts, from allowed origins only) change the store; every change of the view, whoever made
 * it, is posted back as a state event. On a presented tour (`tour`), the host moves the steps.
 * Another language is said once it is shown (its messages and dataset loaded), with the view.
 */
export function useHostBridge(
  data: LoadedData,
  known: KnownIds,
  today: string,
  origins: readonly string[] | undefined,
  tour?: TourBridge,
): void {
  const lang = useLang();
  // Kept across the effect's runs: a new language brings new data and runs it again, and the
  // host has been told it is ready once already.
  const lastState = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!isFramed()) return;
    const presented = (store: AtlasState): PresentedTour | undefined =>
      tour === undefined ? undefined : { id: tour.id, step: store.tourStep ?? 1, count: tour.count };
    // Opening the reader changes the URL but not what the host is told: a change is said once.
    const postState = (type: "bloc-atlas:ready" | "bloc-atlas:state", always: boolean) => {
      const store = useAtlasStore.getState();
      const state = hostStateOf(data, store, fullAppUrl(store), lang, presented(store));
      const key = JSON.stringify(state);
      if (!always && key === lastState.current) return;
      lastState.current = key;
      postToHost({ type, ...state }, origins);
    };

    const onMessage = (event: MessageEvent) => {
      // Only the framing page is a host; the share dialog's preview, for one, is not.
      if (event.source !== window.parent) return;
      if (origins !== undefined && !origins.includes(event.origin)) {
        console.warn(`Bloc Atlas ignored a message from ${event.origin}: not an origin listed in ?origin=.`);
        return;
      }
      const parsed = parseHostMessage(event.data);
      if (!parsed.ok) {
        console.warn(`Bloc Atlas ignored a message: ${parsed.reason}.`);
        return;
      }
      const store = useAtlasStore.getState();
      const resolved = resolveCommand(parsed.command, known, store.filters, today, presented(store));
      if (!resolved.ok) {
        postToHost({ type: "bloc-atlas:error", message: resolved.message, command: parsed.command }, origins);
        return;
      }
      const { intent } = resolved;
      if (intent.kind === "get-state") postState("bloc-atlas:state", true);
      else if (intent.kind === "set-lang") {
        // The language already shown is answered at once; another, when it has loaded.
        if (intent.lang === lang) postState("bloc-atlas:state", true);
        else store.setLang(intent.lang);
      } else if (intent.kind === "go-to-step") {
        // Every step command is answered by one state event, also when the step is already shown,
        // so a deck can tell its own command's answer from a move made inside the frame.
        const before = store.tourStep;
        tour?.show(intent.step);
        if (before === intent.step) postState("bloc-atlas:state", true);
      } else applyIntent(intent, store, today);
    };
    window.addEventListener("message", onMessage);

    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (urlFieldsChanged(state, previous) || state.tourStep !== previous.tourStep)
        postState("bloc-atlas:state", false);
    });
    if (lastState.current === undefined) postState("bloc-atlas:ready", true);
    else postState("bloc-atlas:state", false);
    return () => {
      window.removeEventListener("message", onMessage);
      unsubscribe();
    };
  }, [data, known, today, origins, tour, lang]);
}
