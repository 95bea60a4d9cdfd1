/** The three kinds of thing a quote can be about, and that the map can select. */
export type EntityKind = "bloc" | "agreement" | "co-chairmanship";

/** A bloc, agreement or co-chairmanship by id, with its kind and a short name to show. */
export type EntityRef = { readonly kind: EntityKind; readonly id: string; readonly name: string };
