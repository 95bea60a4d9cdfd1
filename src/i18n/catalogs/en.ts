import app from "./en/app.json" with { type: "json" };
import shell from "./en/shell.json" with { type: "json" };
import lists from "./en/lists.json" with { type: "json" };
import map from "./en/map.json" with { type: "json" };
import panels from "./en/panels.json" with { type: "json" };
import reader from "./en/reader.json" with { type: "json" };
import present from "./en/present.json" with { type: "json" };
import embed from "./en/embed.json" with { type: "json" };
import share from "./en/share.json" with { type: "json" };
import image from "./en/image.json" with { type: "json" };
import store from "./en/store.json" with { type: "json" };
import domain from "./en/domain.json" with { type: "json" };

/** Every message of one language, by namespace: one chunk, loaded only when the language is chosen. */
export default { app, shell, lists, map, panels, reader, present, embed, share, image, store, domain };
