import type en from "./catalogs/en";

/**
 * The catalogs' namespaces: one file per part of the app in each language
 * (`src/i18n/catalogs/<lang>/<namespace>.json`), so the engineers working on two parts never edit
 * the same file.
 */
export type Namespace = keyof typeof en;

/** A message's id: its namespace and its key in that namespace's file, `"lists.search-label"`. */
export type MessageId = {
  [N in Namespace]: `${N}.${keyof (typeof en)[N] & string}`;
}[Namespace];

/** The values an ICU message is given: `{count, plural, …}`, `{date}`, `{name}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A language's messages by id, flat: what the message formatter is handed. */
export type Messages = Readonly<Record<string, string>>;

/** Says a message in the chosen language. Pure code that speaks to people takes one of these. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * Something to say, kept as an id and its values rather than as text, so that it is said in the
 * language of the moment it is shown (a notice made before the language changed).
 */
export type Phrase = { readonly id: MessageId; readonly values?: MessageValues };

/** A catalog as its module exports it (namespace → key → message) made flat (id → message). */
export function flattenCatalog(
  catalog: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Messages {
  const messages: Record<string, string> = {};
  for (const [namespace, entries] of Object.entries(catalog)) {
    for (const [key, message] of Object.entries(entries)) messages[`${namespace}.${key}`] = message;
  }
  return messages;
}

/** A phrase, for code that builds one: `phrase("store.unknown-language", { value })`. */
export function phrase(id: MessageId, values?: MessageValues): Phrase {
  return values === undefined ? { id } : { id, values };
}
