import { create } from "zustand";
import type { BlocPair, CountedRoles } from "../domain/compare";
import type { CountryHover } from "../domain/map-model";
import type { Language } from "../data/languages";
import type { Phrase } from "../i18n/messages";
import { NO_FILTERS, type Filters } from "../domain/relations";

/**
 * What the user chose to look at: at most one bloc, agreement, co-chairmanship or pair of blocs
 * compared, and a country.
 */
export type Selection = {
  readonly blocId: string | undefined;
  /** Two blocs compared on the date shown: who is in both, and who only in each. */
  readonly compare: BlocPair | undefined;
  readonly agreementId: string | undefined;
  readonly coChairId: string | undefined;
  readonly country: string | undefined;
  /** The country was picked from a list (or a link), so the camera goes to it. */
  readonly focusCountry: boolean;
  /**
   * The selected bloc's other date: the map shows who stayed, joined and left between it and
   * `asOf`. Only with a bloc, and only before `asOf` (which is then set).
   */
  readonly since: string | undefined;
  /** Who counts in a comparison (two blocs, or one between two dates). */
  readonly roles: CountedRoles;
};

/** A place in the speech the reader was asked to open at. */
export type ReaderTarget = { readonly quoteId: string } | { readonly paragraph: number };

/** The right-hand column: details of what is selected, or the speech itself. */
export type SidePanel = "details" | "speech";

/** Everything the URL holds: the selection, the filters, the date the map shows, the reader. */
export type ViewState = Selection & {
  readonly filters: Filters;
  /** The date memberships and statuses are shown as of; undefined: the speech's own date. */
  readonly asOf: string | undefined;
  readonly panel: SidePanel;
  readonly readerTarget: ReaderTarget | undefined;
};

export type ListView = "blocs" | "agreements" | "co-chairmanships";

export type AtlasState = ViewState & {
  readonly listView: ListView;
  readonly blocQuery: string;
  readonly hover: CountryHover | undefined;
  /**
   * What in the link the app could not follow (a bad URL parameter), said once to the user in the
   * language shown; undefined: nothing.
   */
  readonly notice: readonly Phrase[] | undefined;
  /** The step of a tour being presented (1-based); undefined outside a presentation. */
  readonly tourStep: number | undefined;
  /** The bloc list picks two blocs to compare rather than one to show. */
  readonly pickingPair: boolean;
  /**
   * The desk's lists column opened (true) or closed (false) by the user; undefined: as the page
   * decides (see lists-column.ts).
   */
  readonly listsChoice: boolean | undefined;
  /** The language the user reads the app in (`?lang=`, the language switch, the browser's). */
  readonly lang: Language;
  /** What was wrong with the link's `lang`, said with the link's other problems. */
  readonly languageProblem: Phrase | undefined;
};

export type AtlasActions = {
  /** Keeps a second date (`since`) unless `oneDate`: another bloc is seen the same way. */
  selectBloc: (blocId: string, oneDate?: boolean) => void;
  selectAgreement: (agreementId: string) => void;
  selectCoChairmanship: (coChairId: string) => void;
  /** Compares two blocs (the same one twice is allowed: every member is in both). */
  compareBlocs: (first: string, second: string, roles?: CountedRoles) => void;
  /** From the bloc list in pair mode: the first pick shows the bloc, the second compares the two. */
  pickForPair: (blocId: string) => void;
  setPickingPair: (picking: boolean) => void;
  setListsChoice: (open: boolean) => void;
  /**
   * Shows the selected bloc between `since` and the date shown; `asOf` is that date, given when
   * none is set (the speech itself cannot be the later end). Undefined `since`: one date again.
   */
  setSince: (since: string | undefined, asOf: string | undefined) => void;
  /**
   * A bloc between `since` and the date shown, in one change (a host's command): where the date
   * shown is not after `since`, between `since` and `today`. `since` must be before `today`.
   */
  showBlocSince: (blocId: string, since: string, today: string) => void;
  setRoles: (roles: CountedRoles) => void;
  /** `focus`: move the camera to the country (it was picked from a list, not on the map). */
  selectCountry: (iso3: string, focus: boolean) => void;
  /** Selects a country on its own, as a link to it does (`?country=VNM`): the camera goes to it. */
  selectCountryAlone: (iso3: string) => void;
  closeCountry: () => void;
  /** Escape: the country panel first, then the rest of the selection. */
  clearOne: () => void;
  clearSelection: () => void;
  setFilters: (filters: Filters) => void;
  setAsOf: (asOf: string | undefined) => void;
  setListView: (listView: ListView) => void;
  setPanel: (panel: SidePanel) => void;
  /** Opens the reader at a quote or a paragraph. */
  showInSpeech: (target: ReaderTarget) => void;
  setBlocQuery: (query: string) => void;
  setHover: (hover: CountryHover | undefined) => void;
  /** Replaces the view with one read from the URL (load, back, forward). */
  applyViewState: (view: ViewState, notice: readonly Phrase[] | undefined) => void;
  /** Dismisses the link's notice, the language's problem with it. */
  dismissNotice: () => void;
  /** Goes to a step of the tour being presented: its number and the view it shows, together. */
  goToStep: (step: number, view: ViewState) => void;
  /** Another language: the view stays as it is. */
  setLang: (lang: Language) => void;
};

export const EMPTY_SELECTION: Selection = {
  blocId: undefined,
  compare: undefined,
  agreementId: undefined,
  coChairId: undefined,
  country: undefined,
  focusCountry: false,
  since: undefined,
  roles: "members",
};

export const INITIAL_VIEW: ViewState = {
  ...EMPTY_SELECTION,
  filters: NO_FILTERS,
  asOf: undefined,
  panel: "details",
  readerTarget: undefined,
};

const initialState: AtlasState = {
  ...INITIAL_VIEW,
  listView: "blocs",
  blocQuery: "",
  hover: undefined,
  notice: undefined,
  tourStep: undefined,
  pickingPair: false,
  listsChoice: undefined,
  lang: "en",
  languageProblem: undefined,
};

/**
 * A new selection also ends the reader's jump to a passage, so the URL does not keep it, and a
 * bloc's second date, which belongs to a bloc alone.
 */
const NO_FOCUS = {
  blocId: undefined,
  agreementId: undefined,
  coChairId: undefined,
  compare: undefined,
  readerTarget: undefined,
  since: undefined,
};

export const useAtlasStore = create<AtlasState & AtlasActions>()((set) => ({
  ...initialState,
  // Another bloc keeps the two dates: "since the speech" is a way of looking, like the date shown.
  selectBloc: (blocId, oneDate = false) =>
    set((state) => ({
      ...NO_FOCUS,
      since: oneDate ? undefined : state.since,
      blocId,
      country: undefined,
      focusCountry: false,
    })),
  selectAgreement: (agreementId) =>
    set({ ...NO_FOCUS, agreementId, country: undefined, focusCountry: false }),
  selectCoChairmanship: (coChairId) =>
    set({ ...NO_FOCUS, coChairId, country: undefined, focusCountry: false }),
  compareBlocs: (first, second, roles) =>
    set({
      ...NO_FOCUS,
      compare: [first, second],
      country: undefined,
      focusCountry: false,
      ...(roles === undefined ? {} : { roles }),
    }),
  pickForPair: (blocId) =>
    set((state) =>
      state.blocId !== undefined && state.compare === undefined
        ? { ...NO_FOCUS, compare: [state.blocId, blocId], country: undefined, focusCountry: false }
        : { ...NO_FOCUS, blocId, country: undefined, focusCountry: false },
    ),
  setPickingPair: (pickingPair) => set({ pickingPair }),
  setListsChoice: (listsChoice) => set({ listsChoice }),
  setSince: (since, asOf) =>
    set((state) => {
      if (since === undefined || state.blocId === undefined) return { since: undefined };
      const end = state.asOf ?? asOf;
      return end !== undefined && since < end ? { since, asOf: end } : { since: undefined };
    }),
  showBlocSince: (blocId, since, today) =>
    set((state) => ({
      ...NO_FOCUS,
      blocId,
      country: undefined,
      focusCountry: false,
      since,
      asOf: state.asOf !== undefined && state.asOf > since ? state.asOf : today,
    })),
  setRoles: (roles) => set({ roles }),
  selectCountry: (iso3, focus) => set({ country: iso3, focusCountry: focus }),
  selectCountryAlone: (iso3) => set({ ...NO_FOCUS, country: iso3, focusCountry: true }),
  closeCountry: () => set({ country: undefined, focusCountry: false }),
  clearOne: () =>
    set((state) => (state.country !== undefined ? { country: undefined, focusCountry: false } : NO_FOCUS)),
  clearSelection: () => set(EMPTY_SELECTION),
  setFilters: (filters) => set({ filters }),
  // The earlier date must stay earlier: a later end that passes it ends the two-date view.
  setAsOf: (asOf) =>
    set((state) =>
      state.since !== undefined && (asOf === undefined || asOf <= state.since)
        ? { asOf, since: undefined }
        : { asOf },
    ),
  setListView: (listView) => set({ listView }),
  setPanel: (panel) => set({ panel, readerTarget: undefined }),
  showInSpeech: (readerTarget) => set({ panel: "speech", readerTarget }),
  setBlocQuery: (blocQuery) => set({ blocQuery }),
  setHover: (hover) => set({ hover }),
  applyViewState: (view, notice) => set({ ...view, notice }),
  dismissNotice: () => set({ notice: undefined, languageProblem: undefined }),
  goToStep: (tourStep, view) => set({ ...view, tourStep }),
  setLang: (lang) => set({ lang }),
}));

/** Back to the initial state, for tests. */
export function resetAtlasStore(): void {
  useAtlasStore.setState(initialState);
}
