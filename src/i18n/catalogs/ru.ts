import app from "./ru/app.json";
import shell from "./ru/shell.json";
import lists from "./ru/lists.json";
import map from "./ru/map.json";
import panels from "./ru/panels.json";
import reader from "./ru/reader.json";
import present from "./ru/present.json";
import embed from "./ru/embed.json";
import share from "./ru/share.json";
import image from "./ru/image.json";
import store from "./ru/store.json";
import domain from "./ru/domain.json";

/** Every message of one language, by namespace: one chunk, loaded only when the language is chosen. */
export default { app, shell, lists, map, panels, reader, present, embed, share, image, store, domain };
