import { IntlMessageFormat } from "intl-messageformat";
import { LOCALE_OF, type Language } from "../data/languages";
import type { MessageId, Messages, Phrase, Translate } from "./messages";

/**
 * A `Translate` over one language's messages, for code outside React (the export script, the
 * handout, tests): the same ICU MessageFormat the app's provider uses, each message parsed once.
 * An id the catalog lacks comes back as itself, which the catalogs' test never lets ship.
 */
export function translatorFor(lang: Language, messages: Messages): Translate {
  const parsed = new Map<MessageId, IntlMessageFormat>();
  return (id, values) => {
    const message = messages[id];
    if (message === undefined) return id;
    let format = parsed.get(id);
    if (!format) {
      format = new IntlMessageFormat(message, LOCALE_OF[lang]);
      parsed.set(id, format);
    }
    return String(format.format(values));
  };
}

/** A phrase said with `t`: text made when it is shown, in the language shown. */
export function say(t: Translate, phrase: Phrase): string {
  return t(phrase.id, phrase.values);
}
