import app from "./en/app.json";
import shell from "./en/shell.json";
import lists from "./en/lists.json";
import map from "./en/map.json";
import panels from "./en/panels.json";
import reader from "./en/reader.json";
import present from "./en/present.json";
import embed from "./en/embed.json";
import share from "./en/share.json";
import image from "./en/image.json";
import store from "./en/store.json";
import domain from "./en/domain.json";

/** Every message of one language, by namespace: one chunk, loaded only when the language is chosen. */
export default { app, shell, lists, map, panels, reader, present, embed, share, image, store, domain };
