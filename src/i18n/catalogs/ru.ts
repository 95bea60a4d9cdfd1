import app from "./ru/app.json" with { type: "json" };
import shell from "./ru/shell.json" with { type: "json" };
import lists from "./ru/lists.json" with { type: "json" };
import map from "./ru/map.json" with { type: "json" };
import panels from "./ru/panels.json" with { type: "json" };
import reader from "./ru/reader.json" with { type: "json" };
import present from "./ru/present.json" with { type: "json" };
import embed from "./ru/embed.json" with { type: "json" };
import share from "./ru/share.json" with { type: "json" };
import image from "./ru/image.json" with { type: "json" };
import store from "./ru/store.json" with { type: "json" };
import domain from "./ru/domain.json" with { type: "json" };

/** Every message of one language, by namespace: one chunk, loaded only when the language is chosen. */
export default { app, shell, lists, map, panels, reader, present, embed, share, image, store, domain };
