import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers of src/, lowest first: each may import the ones below it, never one above. data is
 * the boundary (schema, loading, checks); domain the pure functions over it; store what the user
 * chose; map, components and embed draw and talk to the host; app composes pages. map, components
 * and embed sit side by side: components may use embed's codecs (the Share dialog writes embed
 * code), but nothing besides src/map touches MapLibre, and nothing below app imports a page.
 */
const LAYER_RULES = [
  { layer: "data", forbidden: ["i18n", "domain", "store", "map", "components", "embed", "app"] },
  // Messages and their catalogs: beside the domain, which says things through them.
  { layer: "i18n", forbidden: ["store", "map", "components", "embed", "app"] },
  { layer: "domain", forbidden: ["store", "map", "components", "embed", "app"] },
  { layer: "store", forbidden: ["map", "components", "embed", "app"] },
  { layer: "map", forbidden: ["components", "embed", "app"] },
  { layer: "embed", forbidden: ["map", "components", "app"] },
  { layer: "components", forbidden: ["map", "app"] },
];

/** One no-restricted-imports block per layer; tests may reach across layers to set up a case. */
const layerRules = LAYER_RULES.map(({ layer, forbidden }) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  ignores: ["**/*.test.ts", "**/*.fixture.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: forbidden.map((higher) => `**/${higher}/**`),
            message: `src/${layer} sits below ${forbidden.join(", ")}: it may not import them (see LAYER_RULES in eslint.config.js).`,
          },
          ...(layer === "map"
            ? []
            : [{ group: ["maplibre-gl", "maplibre-gl/**"], message: "Only src/map touches MapLibre." }]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ["dist", "dist-standalone", "public", "test-results", "playwright-report", "bench-results"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ["src/**/*.{ts,tsx}"], ...reactHooks.configs.flat["recommended-latest"] },
  {
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
    },
  },
  ...layerRules,
  // A test that indexes into fixtures it just built may say so with `!`.
  { files: ["**/*.test.ts", "e2e/**/*.ts"], rules: { "@typescript-eslint/no-non-null-assertion": "off" } },
  { files: ["eslint.config.js"], ...tseslint.configs.disableTypeChecked },
);
