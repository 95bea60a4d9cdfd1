import { create } from "zustand";

export type CountryHoverState = { readonly iso3: string; readonly x: number; readonly y: number };

/** What the user chose. Everything shown follows from this and the dataset (see selectors.ts). */
export type Selection = {
  readonly blocId: string | undefined;
  readonly country: string | undefined;
  /** The country was picked from a list (or a link), so the camera goes to it. */
  readonly focusCountry: boolean;
};

export type AtlasState = Selection & {
  readonly blocQuery: string;
  readonly hover: CountryHoverState | undefined;
  /** Something the app could not do as asked (a bad URL parameter), said once to the user. */
  readonly notice: string | undefined;
};

export type AtlasActions = {
  selectBloc: (blocId: string) => void;
  /** `focus`: move the camera to the country (it was picked from a list, not on the map). */
  selectCountry: (iso3: string, focus: boolean) => void;
  closeCountry: () => void;
  /** Escape: the country panel first, then the bloc. */
  clearOne: () => void;
  clearSelection: () => void;
  setBlocQuery: (query: string) => void;
  setHover: (hover: CountryHoverState | undefined) => void;
  /** Replaces the selection with one read from the URL (load, back, forward). */
  applySelection: (selection: Selection, notice: string | undefined) => void;
  dismissNotice: () => void;
};

export const EMPTY_SELECTION: Selection = { blocId: undefined, country: undefined, focusCountry: false };

const initialState: AtlasState = { ...EMPTY_SELECTION, blocQuery: "", hover: undefined, notice: undefined };

export const useAtlasStore = create<AtlasState & AtlasActions>()((set) => ({
  ...initialState,
  selectBloc: (blocId) => set({ blocId, country: undefined, focusCountry: false }),
  selectCountry: (iso3, focus) => set({ country: iso3, focusCountry: focus }),
  closeCountry: () => set({ country: undefined, focusCountry: false }),
  clearOne: () =>
    set((state) =>
      state.country !== undefined ? { country: undefined, focusCountry: false } : { blocId: undefined },
    ),
  clearSelection: () => set(EMPTY_SELECTION),
  setBlocQuery: (blocQuery) => set({ blocQuery }),
  setHover: (hover) => set({ hover }),
  applySelection: (selection, notice) => set({ ...selection, notice }),
  dismissNotice: () => set({ notice: undefined }),
}));

/** Back to the initial state, for tests. */
export function resetAtlasStore(): void {
  useAtlasStore.setState(initialState);
}
