import { describe, expect, it } from "vitest";
import { fetchUrlOf, topoJsonUrl } from "./topojson-url";

describe("topoJsonUrl and fetchUrlOf", () => {
  it("round-trip an absolute URL on the page's scheme", () => {
    const topo = topoJsonUrl("https://example.org/atlas/geo/countries.topojson");
    expect(topo).toBe("topojson://example.org/atlas/geo/countries.topojson");
    expect(fetchUrlOf(topo, "https://example.org/atlas/assets/worker.js")).toBe(
      "https://example.org/atlas/geo/countries.topojson",
    );
  });

  it("keeps a port and a plain-HTTP page", () => {
    const topo = topoJsonUrl("http://127.0.0.1:4173/geo/countries.topojson");
    expect(fetchUrlOf(topo, "http://127.0.0.1:4173/assets/w.js")).toBe(
      "http://127.0.0.1:4173/geo/countries.topojson",
    );
  });
});
