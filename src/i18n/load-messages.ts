import type { Language } from "../data/languages";
import { flattenCatalog, type Messages } from "./messages";

const CATALOGS: Readonly<Record<Language, () => Promise<{ default: Parameters<typeof flattenCatalog>[0] }>>> =
  {
    en: () => import("./catalogs/en"),
    ru: () => import("./catalogs/ru"),
    vi: () => import("./catalogs/vi"),
  };

/** One language's messages: its catalog is a chunk of its own, fetched only for that language. */
export async function loadMessages(lang: Language): Promise<Messages> {
  return flattenCatalog((await CATALOGS[lang]()).default);
}
