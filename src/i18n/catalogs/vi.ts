import app from "./vi/app.json";
import shell from "./vi/shell.json";
import lists from "./vi/lists.json";
import map from "./vi/map.json";
import panels from "./vi/panels.json";
import reader from "./vi/reader.json";
import present from "./vi/present.json";
import embed from "./vi/embed.json";
import share from "./vi/share.json";
import image from "./vi/image.json";
import store from "./vi/store.json";
import domain from "./vi/domain.json";

/** Every message of one language, by namespace: one chunk, loaded only when the language is chosen. */
export default { app, shell, lists, map, panels, reader, present, embed, share, image, store, domain };
