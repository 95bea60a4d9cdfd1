import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS, hostileQuery } from "../store/hostile-input.fixture";
import { KNOWN_IDS_FIXTURE } from "../store/known-ids.fixture";
import { embedOptionParams, parseEmbedOptions, type EmbedOptions } from "./embed-options";

const runs = { numRuns: FUZZ_RUNS };

/** An origin as `new URL(origin).origin` writes it: what `?origin=` must hold to be obeyed. */
const isOrigin = (value: string) =>
  URL.canParse(value) && new URL(value).origin === value && /^https?:$/.test(new URL(value).protocol);

const validOptions: fc.Arbitrary<EmbedOptions> = fc.record({
  embed: fc.boolean(),
  legend: fc.boolean(),
  quote: fc.boolean(),
  title: fc.boolean(),
  theme: fc.constantFrom("light", "dark", "auto"),
  interactive: fc.boolean(),
  origins: fc.option(
    fc.uniqueArray(
      fc
        .tuple(fc.constantFrom("http", "https"), fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 })))
        .map(
          ([scheme, host, port]) => new URL(`${scheme}://${host}${port === null ? "" : `:${port}`}`).origin,
        ),
      { maxLength: 4 },
    ),
    { nil: undefined },
  ),
});

describe("the embed options codec under random and hostile query strings", () => {
  it("reads any query string into options it can apply, without throwing", () => {
    fc.assert(
      fc.property(hostileQuery(KNOWN_IDS_FIXTURE), (search) => {
        const { options, problems } = parseEmbedOptions(search);
        for (const flag of [options.embed, options.legend, options.quote, options.title, options.interactive])
          expect(typeof flag).toBe("boolean");
        expect(["light", "dark", "auto"]).toContain(options.theme);
        for (const origin of options.origins ?? []) expect(isOrigin(origin), origin).toBe(true);
        for (const problem of problems) expect(problem.id).toMatch(/^embed\./);
      }),
      runs,
    );
  });

  it("writes what it read so that reading it again gives the same options and no problem", () => {
    fc.assert(
      fc.property(hostileQuery(KNOWN_IDS_FIXTURE), (search) => {
        const { options } = parseEmbedOptions(search);
        const written = new URLSearchParams(embedOptionParams(options)).toString();
        expect(parseEmbedOptions(written)).toEqual({ options, problems: [] });
      }),
      runs,
    );
  });

  it("carries any valid options through parse(serialise(options)) unchanged", () => {
    fc.assert(
      fc.property(validOptions, (options) => {
        const written = new URLSearchParams(embedOptionParams(options)).toString();
        expect(parseEmbedOptions(written)).toEqual({ options, problems: [] });
      }),
      runs,
    );
  });
});
