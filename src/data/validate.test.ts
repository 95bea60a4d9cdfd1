import { describe, expect, it } from "vitest";
import { readValidationInput } from "../../scripts/lib/dataset-files";
import type { Dataset } from "./schema";
import { CURRENT_STATUS_WORDING } from "./check-status";
import {
  formatProblem,
  jsonPath,
  validateDataset,
  type ValidationInput,
} from "./validate";

const real = readValidationInput();

/**
 * The real dataset (valid, as the first test shows) with one thing broken by `breakIt`, validated;
 * returns the problem lines.
 */
function problemsAfter(breakIt: (files: Dataset, input: ValidationInput) => void): string[] {
  const files = structuredClone(real.files) as Dataset;
  const input: ValidationInput = { ...real, files };
  breakIt(files, input);
  const result = validateDataset(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

function indexOfId(records: readonly { id: string }[], id: string): number {
  const index = records.findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`fixture: no record ${id}`);
  return index;
}

describe("validateDataset on the real data", () => {
  it("finds nothing wrong", () => {
    const result = validateDataset(real);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe("validateDataset on broken fixtures", () => {
  it("reports a quote whose text is not its transcript slice", () => {
    const problems = problemsAfter((files) => {
      const quote = files.quotes[0]!;
      quote.text = quote.text.replace("invitation", "invitations");
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/quotes\.json: \$\[0\]\.text: text does not equal the transcript slice \[367, \d+\): the transcript there reads "Thank you for the invitation\./,
      ),
    ]);
  });

  it("reports offsets out of range", () => {
    const problems = problemsAfter((files) => {
      files.quotes[2]!.end = 99999;
    });
    expect(problems).toEqual([
      "data/quotes.json: $[2].end: offset 99999 is out of range: the transcript has 12101 characters",
    ]);
  });

  it("reports an unknown ISO code", () => {
    const problems = problemsAfter((files) => {
      const asean = indexOfId(files.blocs, "asean");
      files.blocs[asean]!.participants[0]!.country = "XYZ";
    });
    expect(problems).toEqual([
      `data/blocs.json: $[3].participants[0].country: unknown ISO 3166-1 alpha-3 code "XYZ"`,
    ]);
  });

  it("reports a code that is not three capitals at all", () => {
    const problems = problemsAfter((files) => {
      files.blocs[0]!.participants[0]!.country = "ru";
    });
    expect(problems).toEqual([
      "data/blocs.json: $[0].participants[0].country: must be an ISO 3166-1 alpha-3 code (three capitals)",
    ]);
  });

  it("reports a country absent from the geometry", () => {
    const problems = problemsAfter((_files, input) => {
      input.geometryCountries = new Set([...real.geometryCountries].filter((code) => code !== "SGP"));
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContain(
      `data/blocs.json: $[3].participants[7].country: country "SGP" is absent from the geometry (public/geo/country-index.json)`,
    );
    expect(problems.every((line) => line.includes(`country "SGP" is absent from the geometry`))).toBe(true);
  });

  it("reports a reference to a missing id", () => {
    const problems = problemsAfter((files) => {
      files.agreements[0]!.parties[0] = { bloc: "eurasian-union" };
      files.quotes[1]!.about.push("no-such-entity");
      files.blocs[1]!.sourceIds = ["no-such-source"];
    });
    expect(problems).toEqual([
      `data/blocs.json: $[1].sourceIds[0]: refers to missing source "no-such-source"`,
      `data/agreements.json: $[0].parties[0].bloc: refers to missing bloc "eurasian-union"`,
      expect.stringMatching(
        /^data\/quotes\.json: \$\[1\]\.about\[\d+\]: refers to missing bloc, agreement or co-chairmanship "no-such-entity"$/,
      ),
    ]);
  });

  it("reports a duplicate id, even across blocs and agreements", () => {
    let added = -1;
    const problems = problemsAfter((files) => {
      added = files.agreements.push({ ...files.agreements[0]!, id: "asean" }) - 1;
    });
    expect(problems).toEqual([
      `data/agreements.json: $[${added}].id: duplicate id "asean" (first used in blocs.json $[3])`,
    ]);
  });

  it("reports a date that is not ISO 8601", () => {
    const problems = problemsAfter((files) => {
      files.agreements[0]!.dates = { signed: "29 May 2015" };
      files.speech.date = "2019-02-30";
    });
    expect(problems).toEqual([
      "data/speech.json: $.date: is not a calendar date",
      "data/agreements.json: $[0].dates.signed: must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
    ]);
  });

  it("reports an entity with no quote", () => {
    const problems = problemsAfter((files) => {
      files.quotes = files.quotes.filter((q) => !q.about.includes("ric"));
    });
    expect(problems).toEqual([`data/blocs.json: $[0].id: "ric" has no quote: every entity needs the speaker's words`]);
  });

  it("reports an alias the speech does not use", () => {
    const problems = problemsAfter((files) => {
      files.blocs[0]!.aliases.push("Russia-India-China troika");
    });
    expect(problems).toEqual([
      `data/blocs.json: $[0].aliases[2]: alias "Russia-India-China troika" does not occur in the transcript`,
    ]);
  });

  it("reports a transcript that is not the one recorded", () => {
    const problems = problemsAfter((_files, input) => {
      input.transcriptSha256 = "0".repeat(64);
    });
    expect(problems).toEqual([
      `data/speech.json: $.transcriptSha256: transcript lavrov-valdai-2019-02-25.txt has SHA-256 ${"0".repeat(64)}, not the recorded one`,
    ]);
  });

  it("reports publisher framing that leaves the speaker nothing, or does not start at the title", () => {
    const tooMuch = problemsAfter((files) => {
      files.speech.publisherFraming = { opening: 20, closing: 7 };
    });
    expect(tooMuch).toEqual([
      "data/speech.json: $.publisherFraming: 20 opening and 7 closing paragraphs leave none of the transcript's 27 to the speaker",
    ]);
    const notTitle = problemsAfter((files) => {
      files.speech.title = "Another title";
    });
    expect(notTitle).toEqual([
      "data/speech.json: $.publisherFraming.opening: the transcript's first paragraph, the title, is not the speech's title",
    ]);
  });

  it("reports a field the schema does not know", () => {
    const problems = problemsAfter((files) => {
      Object.assign(files.blocs[0]!, { members: ["RUS"] });
    });
    expect(problems).toEqual([`data/blocs.json: $[0]: unknown field "members"`]);
  });

  it("reports a membership that ends before it starts, and a double listing", () => {
    const problems = problemsAfter((files) => {
      files.blocs[1]!.participants.push({ country: "BRA", role: "observer", since: "2010", until: "2009", sourceIds: ["wp-brics"] });
    });
    const added = (real.files.blocs as Dataset["blocs"])[1]!.participants.length;
    expect(problems).toEqual([
      `data/blocs.json: $[1].participants[${added}].until: until (2009) is not after since (2010)`,
      `data/blocs.json: $[1].participants[${added}]: BRA is listed twice for the same time (also $[1].participants[0])`,
    ]);
  });
});

describe("role periods", () => {
  it("report a gap where a change of role continued the status", () => {
    const problems = problemsAfter((files) => {
      const sco = files.blocs[indexOfId(files.blocs, "sco")]!;
      const iranMember = sco.participants.find((p) => p.country === "IRN" && p.role === "member")!;
      iranMember.since = "2023-07-10";
    });
    expect(problems).toEqual([
      "data/blocs.json: $[2].participants[9].since: IRN has no role from 2023-07-04 to 2023-07-10: a change of role from observer ($[2].participants[8]) continues the status, so member starts on 2023-07-04",
    ]);
  });

  it("report a participant that is not a state listed twice for the same time", () => {
    const problems = problemsAfter((files) => {
      const arf = files.blocs[indexOfId(files.blocs, "arf")]!;
      arf.otherParticipants!.push({ name: "European Union", role: "observer", since: "2010", sourceIds: ["wp-arf"] });
    });
    expect(problems).toEqual([
      "data/blocs.json: $[10].otherParticipants[1]: European Union is listed twice for the same time (also $[10].otherParticipants[0])",
    ]);
  });

  it("report a since or until with no source", () => {
    const problems = problemsAfter((files) => {
      files.blocs[indexOfId(files.blocs, "brics")]!.participants[5]!.sourceIds = [];
    });
    expect(problems).toEqual(["data/blocs.json: $[1].participants[5].sourceIds: needs at least one source"]);
  });
});

describe("dated facts and when their sources were published", () => {
  it("report a since attested only by sources published before it", () => {
    const problems = problemsAfter((files) => {
      files.blocs[indexOfId(files.blocs, "brics")]!.participants[5]!.sourceIds = ["sco-2019-lineup"];
    });
    expect(problems).toEqual([
      "data/blocs.json: $[1].participants[5].since: since 2024-01-01 is attested only by sources published before it (sco-2019-lineup, 2019-06): they can only announce it; cite a later source or mark it uncertain",
    ]);
  });

  it("accept such a period marked uncertain with a note, and ask for the note", () => {
    const marked = (note: string | undefined) =>
      problemsAfter((files) => {
        const participant = files.blocs[indexOfId(files.blocs, "brics")]!.participants[5]!;
        participant.sourceIds = ["sco-2019-lineup"];
        participant.uncertain = true;
        if (note) participant.note = note;
      });
    expect(marked("Announced, not confirmed.")).toEqual([]);
    expect(marked(undefined)).toEqual([
      "data/blocs.json: $[1].participants[5].uncertain: an uncertain period needs a note saying what is not confirmed",
    ]);
  });

  it("compare at the precision a source's date has", () => {
    const problems = (published: string) =>
      problemsAfter((files) => {
        files.sources[indexOfId(files.sources, "brics-partners-2025")]!.published = published;
      });
    expect(problems("2024-12")).toHaveLength(8);
    expect(problems("2025-01")).toEqual([]);
    expect(problems("2025")).toEqual([]);
  });

  it("report an agreement milestone and a later change attested only by earlier sources", () => {
    const problems = problemsAfter((files) => {
      files.agreements[indexOfId(files.agreements, "eaeu-vietnam-fta")]!.dates = { signed: "2015-05-29", inForce: "2016-10-07" };
      const indonesia = files.agreements[indexOfId(files.agreements, "eaeu-indonesia-fta")]!;
      indonesia.laterChanges![2]!.sourceIds = ["reuters-indonesia-eaeu-2025"];
    });
    expect(problems).toEqual([
      "data/agreements.json: $[0].dates.inForce: inForce 2016-10-07 is attested only by sources published before it (eec-vietnam-fta-2016, 2016-10-06; moscowtimes-vietnam-fta-2015, 2015-05-29): they can only announce it; cite a later source or mark it uncertain",
      "data/agreements.json: $[2].laterChanges[2].date: date 2025-12-21 is attested only by sources published before it (reuters-indonesia-eaeu-2025, 2025-06-20): they can only announce it; cite a later source or mark it uncertain",
    ]);
  });

  it("report a later change with no source", () => {
    const problems = problemsAfter((files) => {
      files.agreements[indexOfId(files.agreements, "eaeu-indonesia-fta")]!.laterChanges![0]!.sourceIds = [];
    });
    expect(problems).toEqual(["data/agreements.json: $[2].laterChanges[0].sourceIds: needs at least one source"]);
  });
});

describe("statements of a current status and the day they were last checked", () => {
  const CHECK = "give statusCheckedOn, the day it was last checked (YYYY-MM-DD)";

  it("report an agreement whose status still waits on a next step with no statusCheckedOn", () => {
    const problems = problemsAfter((files) => {
      delete files.agreements[indexOfId(files.agreements, "south-china-sea-coc")]!.statusCheckedOn;
      delete files.agreements[indexOfId(files.agreements, "eaeu-indonesia-fta")]!.statusCheckedOn;
    });
    expect(problems).toEqual([
      `data/agreements.json: $[2].statusCheckedOn: missing: the latest status, "signed", still waits on a next step, so the status shown for later dates is a statement about now: ${CHECK}`,
      `data/agreements.json: $[11].statusCheckedOn: missing: the latest status, "under-negotiation", still waits on a next step, so the status shown for later dates is a statement about now: ${CHECK}`,
    ]);
  });

  it("report a summary or note that says how things stand now, in a record with no statusCheckedOn", () => {
    const problems = problemsAfter((files) => {
      files.agreements[indexOfId(files.agreements, "eaeu-vietnam-fta")]!.summary += " It is still in force.";
      const note = files.contextNotes[indexOfId(files.contextNotes, "eaeu-china-in-force")]!;
      note.text = "As of late 2025 the agreement was in force.";
      delete files.blocs[indexOfId(files.blocs, "brics")]!.statusCheckedOn;
    });
    expect(problems).toEqual([
      `data/blocs.json: $[1].membershipNote: the membership note says how things stand now ("not yet") but the record has no statusCheckedOn: give the day it was last checked (YYYY-MM-DD)`,
      `data/agreements.json: $[0].summary: the summary says how things stand now ("still") but the record has no statusCheckedOn: give the day it was last checked (YYYY-MM-DD)`,
      expect.stringMatching(
        /^data\/context-notes\.json: \$\[\d+\]\.text: the text says how things stand now \("As of late 2025"\) but the record has no statusCheckedOn: give the day it was last checked \(YYYY-MM-DD\)$/,
      ),
    ]);
  });

  it("report a check older than what it rests on, or not a full date", () => {
    const older = problemsAfter((files) => {
      files.agreements[indexOfId(files.agreements, "eaeu-indonesia-fta")]!.statusCheckedOn = "2025-12-01";
    });
    expect(older).toEqual([
      "data/agreements.json: $[2].statusCheckedOn: 2025-12-01 is before the later change to signed (2025-12-21): a status cannot be checked before what it rests on",
      "data/agreements.json: $[2].statusCheckedOn: 2025-12-01 is before source kremlin-eaeu-2025-12, published (2025-12-21): a status cannot be checked before what it rests on",
    ]);
    const month = problemsAfter((files) => {
      files.agreements[indexOfId(files.agreements, "eaeu-brunei-fta")]!.statusCheckedOn = "2026-12";
    });
    expect(month).toEqual(["data/agreements.json: $[5].statusCheckedOn: must be a full date (YYYY-MM-DD)"]);
  });

  it("know the wording of a current status from a dated one", () => {
    for (const now of ["as of late 2025", "has not formally joined", "not yet in force", "still pressing", "is not recorded"]) {
      expect(now, now).toMatch(CURRENT_STATUS_WORDING);
    }
    for (const dated of ["as of February 2019", "could not be confirmed", "had been carried out", "signed in 2015"]) {
      expect(dated, dated).not.toMatch(CURRENT_STATUS_WORDING);
    }
  });
});

describe("source links", () => {
  it("accept only http(s), so a link from the data cannot run script", () => {
    const problems = problemsAfter((files) => {
      files.sources[0]!.url = "javascript:alert(1)";
    });
    expect(problems).toEqual([
      "data/sources.json: $[0].url: must be an http(s) URL in ASCII, with other characters percent-encoded",
    ]);
  });
});

describe("jsonPath", () => {
  it("writes indices in brackets and odd keys quoted", () => {
    expect(jsonPath([3, "participants", 0, "country"])).toBe("$[3].participants[0].country");
    expect(jsonPath(["font-faces"])).toBe(`$["font-faces"]`);
  });
});
