import { createContext, useCallback, useContext, type ReactNode } from "react";
import { IntlProvider, useIntl } from "react-intl";
import { LOCALE_OF, type Language } from "../data/languages";
import type { MessageId, Messages, MessageValues, Phrase, Translate } from "./messages";

const LanguageContext = createContext<Language>("en");

/**
 * The language a page is shown in, with its messages: every `useText` below says its messages in
 * it. `lang` is the language whose messages and data are loaded, which lags the store's choice
 * while another language loads.
 */
export function LanguageProvider({
  lang,
  messages,
  children,
}: {
  lang: Language;
  messages: Messages;
  children: ReactNode;
}) {
  return (
    <LanguageContext value={lang}>
      <IntlProvider locale={LOCALE_OF[lang]} messages={messages} defaultLocale="en-GB">
        {children}
      </IntlProvider>
    </LanguageContext>
  );
}

/** The language the page is shown in. */
export function useLang(): Language {
  return useContext(LanguageContext);
}

/** Says a message in the page's language: `t("lists.search-label")`, `t("domain.countries", { count })`. */
export function useText(): Translate {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}

/** What a rich message's tags become: `<b>{chunks}</b>` as `{ b: (chunks) => <b>{chunks}</b> }`. */
export type RichValues = Readonly<Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>>;

/**
 * Says a message whose words wrap elements (a link in a sentence, a name in bold): the catalog
 * keeps the sentence whole, in each language's word order, and the tags say where elements go.
 */
export function useRichText(): (id: MessageId, values: RichValues) => ReactNode {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values: RichValues) =>
      intl.formatMessage({ id }, values as Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>),
    [intl],
  );
}

/** Says phrases kept in state (a notice), in the language of the moment they are shown. */
export function useSay(): (phrase: Phrase) => string {
  const t = useText();
  return useCallback((phrase: Phrase) => t(phrase.id, phrase.values), [t]);
}
