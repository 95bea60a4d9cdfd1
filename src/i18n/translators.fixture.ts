import en from "./catalogs/en";
import ru from "./catalogs/ru";
import vi from "./catalogs/vi";
import { flattenCatalog } from "./messages";
import { translatorFor } from "./translate";

/** The app's words in each language, for tests of pure code that takes a `Translate`. */
export const EN = translatorFor("en", flattenCatalog(en));
export const RU = translatorFor("ru", flattenCatalog(ru));
export const VI = translatorFor("vi", flattenCatalog(vi));
