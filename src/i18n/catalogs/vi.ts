import app from "./vi/app.json" with { type: "json" };
import shell from "./vi/shell.json" with { type: "json" };
import lists from "./vi/lists.json" with { type: "json" };
import map from "./vi/map.json" with { type: "json" };
import panels from "./vi/panels.json" with { type: "json" };
import reader from "./vi/reader.json" with { type: "json" };
import present from "./vi/present.json" with { type: "json" };
import embed from "./vi/embed.json" with { type: "json" };
import share from "./vi/share.json" with { type: "json" };
import image from "./vi/image.json" with { type: "json" };
import store from "./vi/store.json" with { type: "json" };
import domain from "./vi/domain.json" with { type: "json" };

/** Every message of one language, by namespace: one chunk, loaded only when the language is chosen. */
export default { app, shell, lists, map, panels, reader, present, embed, share, image, store, domain };
