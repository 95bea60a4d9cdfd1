import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc, BlocKind } from "../data/schema";
import type { MessageId, Translate } from "../i18n/messages";
import { framingLabel } from "./labels";

type ReadonlyBloc = DeepReadonly<Bloc>;

export type BlocGroup = {
  readonly key: string;
  readonly title: string;
  readonly blocs: readonly ReadonlyBloc[];
};

const KIND_GROUPS: { key: string; title: MessageId; kinds: readonly BlocKind[] }[] = [
  { key: "economic", title: "lists.group-economic", kinds: ["economic-union", "initiative"] },
  {
    key: "forums",
    title: "lists.group-forums",
    kinds: [
      "forum",
      "dialogue-format",
      "expert-forum",
      "regional-organization",
      "security-organization",
      "alliance",
    ],
  },
  {
    key: "international",
    title: "lists.group-international",
    kinds: ["international-organization", "group"],
  },
  { key: "regions", title: "lists.group-regions", kinds: ["regional-concept"] },
];

/** The bloc an organ or group sits under, followed to the top (the UN for the P5). */
function rootOf(bloc: ReadonlyBloc, byId: ReadonlyMap<string, ReadonlyBloc>): ReadonlyBloc {
  let current = bloc;
  const seen = new Set<string>();
  while (current.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/**
 * Blocs grouped as the speech sets them out: first what it calls natural integration, then the
 * artificial constructs, then the rest by kind (an organ goes with the body it belongs to).
 * Dataset order is kept within a group; empty groups are left out.
 */
export function groupBlocs(t: Translate, blocs: readonly ReadonlyBloc[]): BlocGroup[] {
  const byId = new Map(blocs.map((b) => [b.id, b]));
  const groups: BlocGroup[] = [
    {
      key: "natural",
      title: framingLabel(t, "natural"),
      blocs: blocs.filter((b) => b.framing === "natural"),
    },
    {
      key: "artificial",
      title: framingLabel(t, "artificial"),
      blocs: blocs.filter((b) => b.framing === "artificial"),
    },
  ];
  const unframed = blocs.filter((b) => b.framing === undefined);
  for (const { key, title, kinds } of KIND_GROUPS) {
    groups.push({
      key,
      title: t(title),
      blocs: unframed.filter((b) => kinds.includes(rootOf(b, byId).kind)),
    });
  }
  const placed = new Set(groups.flatMap((g) => g.blocs.map((b) => b.id)));
  groups.push({
    key: "other",
    title: t("lists.group-other"),
    blocs: unframed.filter((b) => !placed.has(b.id)),
  });
  return groups.filter((g) => g.blocs.length > 0);
}

/**
 * Lower case without accents or marks, so "cote" finds "Côte d'Ivoire" and "hiep hoi" finds
 * "Hiệp hội": Vietnamese đ is a letter of its own, not d with a mark, so it is mapped to d by name.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Each bloc's searchable text, folded once: what a keystroke then searches is plain substrings. */
export type BlocSearchIndex = ReadonlyMap<string, string>;

/** What a bloc is found by, besides its own names in the language shown. */
export type SearchTerms = {
  /**
   * A bloc's names and aliases in every language, by bloc id, so "АСЕАН" finds ASEAN on an
   * English page and "ASEAN" on a Russian one.
   */
  readonly extraTerms?: ReadonlyMap<string, readonly string[]>;
  /** Country names in the language shown, by ISO code: a bloc is found by one of its countries. */
  readonly countryNames: ReadonlyMap<string, string>;
};

/**
 * A bloc is found by its name, short name or an alias (in the language shown and, through
 * `extraTerms`, in the others), or by the name of one of its countries in the language shown
 * (typing "Vietnam" finds every bloc Vietnam is in).
 */
export function buildSearchIndex(
  blocs: readonly ReadonlyBloc[],
  { extraTerms, countryNames }: SearchTerms,
): Map<string, string> {
  return new Map(
    blocs.map((bloc) => {
      const countries = bloc.participants.map((p) => countryNames.get(p.country) ?? "");
      const terms = [
        bloc.name,
        bloc.shortName,
        ...bloc.aliases,
        ...(extraTerms?.get(bloc.id) ?? []),
        ...countries,
      ];
      // A line break apart, so a query never matches across two names.
      return [bloc.id, foldForSearch(terms.join("\n"))];
    }),
  );
}

/** The groups narrowed to the blocs that match the query; groups left empty are dropped. */
export function filterGroups(
  groups: readonly BlocGroup[],
  query: string,
  index: BlocSearchIndex,
): BlocGroup[] {
  const folded = foldForSearch(query.trim());
  if (folded === "") return [...groups];
  return groups
    .map((group) => ({
      ...group,
      blocs: group.blocs.filter((b) => index.get(b.id)?.includes(folded) ?? false),
    }))
    .filter((group) => group.blocs.length > 0);
}

/** One line of the bloc list as a long list draws it: a group's title, or a bloc under it. */
export type BlocListRow =
  | { readonly kind: "group"; readonly key: string; readonly title: string; readonly count: number }
  | { readonly kind: "bloc"; readonly key: string; readonly bloc: ReadonlyBloc; readonly group: string };

/** The groups as one sequence of rows, each title before its blocs: what a windowed list draws. */
export function listRows(groups: readonly BlocGroup[]): BlocListRow[] {
  return groups.flatMap((group): BlocListRow[] => [
    { kind: "group", key: `group:${group.key}`, title: group.title, count: group.blocs.length },
    ...group.blocs.map((bloc): BlocListRow => ({ kind: "bloc", key: bloc.id, bloc, group: group.key })),
  ]);
}

/**
 * From this many rows on, the list draws only the rows in view (and a few around them): a 2,200-bloc
 * dataset stays quick to type into, while the speech's 22 blocs keep a plain list that scrolls
 * with its panel.
 */
export const WINDOWED_FROM_ROWS = 200;
