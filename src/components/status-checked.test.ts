import { createElement } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { inEnglish } from "../i18n/in-english.fixture";

const renderToStaticMarkup = (element: ReactElement) => renderMarkup(inEnglish(element));
import { describe, expect, it } from "vitest";
import { readLoadedData } from "../../scripts/lib/compile-dataset";
import { blocDetails, notesAbout } from "../domain/details";
import { BlocPanel } from "./BlocPanel";
import { ContextNotes } from "./ContextNotes";
import { AgreementCard } from "./RelationCards";

const data = readLoadedData();
const speechDate = data.dataset.speech.date;
const later = "2026-12-02";
const noop = () => undefined;
const actions = { onSelectBloc: noop, onSelectCountry: noop, onClear: noop };

/** The rendered text, tags dropped. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, "");

function agreement(id: string) {
  const found = data.dataset.agreements.find((a) => a.id === id);
  if (!found) throw new Error(`no agreement ${id}`);
  return found;
}

describe("a statement of a current status shows the day it was last checked", () => {
  it("beside an agreement's status on a later date, and after its summary on the speech's", () => {
    const coc = agreement("south-china-sea-coc");
    expect(coc.statusCheckedOn).toBe("2026-12-02");
    const onLater = renderToStaticMarkup(
      createElement(AgreementCard, { agreement: coc, data, date: later, actions }),
    );
    expect(textOf(onLater)).toContain(
      "On 2 December 2026Under negotiation (status last checked: 2 December 2026)",
    );
    expect(onLater).toContain('<time dateTime="2026-12-02">2 December 2026</time>');
    const onSpeech = renderToStaticMarkup(
      createElement(AgreementCard, { agreement: coc, data, date: speechDate, actions }),
    );
    expect(textOf(onSpeech)).toContain("is not confirmed. (status last checked: 2 December 2026)");
  });

  it("nowhere for an agreement whose status is settled (in force) and says nothing of now", () => {
    const fta = agreement("eaeu-vietnam-fta");
    expect(fta.statusCheckedOn).toBeUndefined();
    const html = renderToStaticMarkup(
      createElement(AgreementCard, { agreement: fta, data, date: later, actions }),
    );
    expect(html).not.toContain("status last checked");
  });

  it("after a context note and a bloc's membership note that say how things stand now", () => {
    const notes = renderToStaticMarkup(
      createElement(ContextNotes, { notes: notesAbout(data, "south-china-sea-coc"), dataset: data.dataset }),
    );
    expect(textOf(notes)).toMatch(
      /later in 2026 is not confirmed\. \(status last checked: 2 December 2026\)/,
    );
    const panel = renderToStaticMarkup(
      createElement(BlocPanel, {
        details: blocDetails(data, "brics", later)!,
        data,
        date: later,
        onSelectCountry: noop,
        onSelectAgreement: noop,
        onSelectCoChairmanship: noop,
        onCompare: noop,
        onClear: noop,
      }),
    );
    expect(textOf(panel)).toContain("It is not listed. (status last checked: 2 December 2026)");
  });
});
