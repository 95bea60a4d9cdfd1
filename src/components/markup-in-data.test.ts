import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { inEnglish } from "../i18n/in-english.fixture";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import type { LoadedData } from "../domain/loaded-data";
import { deriveTables } from "../domain/derived-tables";
import { blocDetails, countryDetails, notesAbout, quotesAbout } from "../domain/details";
import { BlocPanel } from "./BlocPanel";
import { ComparePanel } from "./ComparePanel";
import { compareBlocs } from "../domain/compare";
import { ContextNotes } from "./ContextNotes";
import { CountryPanel } from "./CountryPanel";
import { QuoteCard } from "./QuoteCard";
import { AgreementList, CoChairList } from "./RelationLists";

/** Markup aimed at each way data could end up parsed as HTML: a tag, a script, a broken attribute. */
const MARKUP = ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>", '"><injected-tag>'].join(" ");

/** Tags that appear in the rendered markup only if data was parsed as HTML. */
const INJECTED_TAGS = ["<img", "<script", "<injected-tag"];

const real = readCheckedData();
const marked = (text: string) => `${text} ${MARKUP}`;

/**
 * The dataset with markup in every name, caption, summary and note, and in the country names. The
 * quotes' text is left alone (it must match the transcript); what is shown with it is marked.
 */
const markedDataset = {
  ...real.dataset,
  speech: { ...real.dataset.speech, speaker: marked(real.dataset.speech.speaker) },
  blocs: real.dataset.blocs.map((b) => ({
    ...b,
    name: marked(b.name),
    shortName: marked(b.shortName),
    summary: marked(b.summary),
  })),
  agreements: real.dataset.agreements.map((a) => ({
    ...a,
    title: marked(a.title),
    shortTitle: marked(a.shortTitle),
    summary: marked(a.summary),
  })),
  coChairmanships: real.dataset.coChairmanships.map((c) => ({
    ...c,
    body: marked(c.body),
    summary: marked(c.summary),
  })),
  contextNotes: real.dataset.contextNotes.map((n) => ({ ...n, text: marked(n.text) })),
  sources: real.dataset.sources.map((s) => ({ ...s, title: marked(s.title) })),
};
const markedCountries = Object.fromEntries(
  Object.entries(real.countries).map(([iso3, entry]) => [iso3, { ...entry, name: marked(entry.name) }]),
);
const data: LoadedData = {
  dataset: markedDataset,
  transcript: "",
  countries: markedCountries,
  tours: {},
  derived: deriveTables({ dataset: markedDataset, countries: markedCountries }),
};
const date = data.dataset.speech.date;
const noop = () => undefined;

function expectShownAsText(html: string): void {
  for (const tag of INJECTED_TAGS) expect(html).not.toContain(tag);
  // Shown, escaped: the test would pass vacuously if nothing marked were rendered.
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
}

const render = (element: ReactElement) => renderToStaticMarkup(inEnglish(element));

describe("markup in the dataset is shown as text", () => {
  it("in a bloc's panel: its name, summary, members, agreements, quotes' speaker, notes and sources", () => {
    const details = blocDetails(data, "asean", date)!;
    const html = render(
      createElement(BlocPanel, {
        details,
        data,
        date,
        onSelectCountry: noop,
        onSelectAgreement: noop,
        onSelectCoChairmanship: noop,
        onCompare: noop,
        onClear: noop,
      }),
    );
    expectShownAsText(html);
  });

  it("in a comparison's panel: the blocs' names, the countries, the quotes' speaker and the sources", () => {
    const [first, second] = data.dataset.blocs;
    const html = render(
      createElement(ComparePanel, {
        comparison: compareBlocs(first!, second!, date, "all"),
        data,
        onSelectCountry: noop,
        onSelectBloc: noop,
        onSetRoles: noop,
        onClear: noop,
      }),
    );
    expectShownAsText(html);
  });

  it("in a country's panel", () => {
    const details = countryDetails(data, "VNM", date)!;
    const html = render(
      createElement(CountryPanel, {
        details,
        data,
        date,
        passingIds: new Set(data.dataset.blocs.map((b) => b.id)),
        selectedBlocId: undefined,
        onSelectBloc: noop,
        onClose: noop,
      }),
    );
    expectShownAsText(html);
  });

  it("in the agreement and co-chairmanship lists", () => {
    const nameOf = (code: string) => data.countries[code]?.name ?? code;
    expectShownAsText(
      render(
        createElement(AgreementList, {
          agreements: data.dataset.agreements,
          date,
          selectedId: undefined,
          onSelect: noop,
        }),
      ),
    );
    expectShownAsText(
      render(
        createElement(CoChairList, {
          coChairmanships: data.dataset.coChairmanships,
          nameOf,
          selectedId: undefined,
          onSelect: noop,
        }),
      ),
    );
  });

  it("in a quote card and the context notes", () => {
    const [quote] = quotesAbout(data, "asean");
    expectShownAsText(
      render(createElement(QuoteCard, { quote: quote!, terms: [], speaker: data.dataset.speech.speaker })),
    );
    expectShownAsText(
      render(createElement(ContextNotes, { notes: data.dataset.contextNotes, dataset: data.dataset })),
    );
    expect(notesAbout(data, "asean").length).toBeGreaterThan(0);
  });
});
