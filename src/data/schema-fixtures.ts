import type { Dataset, DatasetKey } from "./schema";

/**
 * One change to a copy of the real data files and whether the file's schema should accept it.
 * The zod schema and the published JSON Schema are both fed every fixture (json-schema.test.ts):
 * what one rejects, the other must reject too. Only what a schema can see belongs here; references,
 * the transcript and the geometry are validate.ts's cross-record checks.
 */
export type SchemaFixture = {
  name: string;
  file: DatasetKey;
  accepted: boolean;
  change: (files: Dataset) => void;
};

function first<T>(records: readonly T[]): T {
  const record = records[0];
  if (record === undefined) throw new Error("fixture: no record");
  return record;
}

function blocById(files: Dataset, id: string): Dataset["blocs"][number] {
  const bloc = files.blocs.find((b) => b.id === id);
  if (!bloc) throw new Error(`fixture: no bloc ${id}`);
  return bloc;
}

/** Edge cases both schemas accept and broken values both reject, file by file. */
export const SCHEMA_FIXTURES: readonly SchemaFixture[] = [
  {
    name: "a URL with percent-encoded non-ASCII characters",
    file: "sources",
    accepted: true,
    change: (files) => {
      first(files.sources).url = "https://example.org/Konferenz-f%C3%BCr-Minenr%C3%A4umung/479638.vov?lang=de#top";
    },
  },
  {
    name: "a URL with a port and a query",
    file: "sources",
    accepted: true,
    change: (files) => {
      first(files.sources).url = "http://example.org:8080/?p=31743";
    },
  },
  {
    name: "a URL with a raw non-ASCII letter",
    file: "sources",
    accepted: false,
    change: (files) => {
      first(files.sources).url = "http://vovworld.vn/de-DE/Konferenz-für-Minenräumung/479638.vov";
    },
  },
  {
    name: "a URL with a typographic apostrophe",
    file: "sources",
    accepted: false,
    change: (files) => {
      first(files.sources).url = "https://en.vestikavkaza.ru/news/Russia’s-data-base.html";
    },
  },
  {
    name: "a javascript: URL",
    file: "sources",
    accepted: false,
    change: (files) => {
      first(files.sources).url = "javascript:alert(1)";
    },
  },
  {
    name: "an ftp URL",
    file: "sources",
    accepted: false,
    change: (files) => {
      first(files.sources).url = "ftp://example.org/file.txt";
    },
  },
  {
    name: "a URL with a space",
    file: "sources",
    accepted: false,
    change: (files) => {
      first(files.sources).url = "https://example.org/a b";
    },
  },
  {
    name: "a publication year alone, and a year and month",
    file: "sources",
    accepted: true,
    change: (files) => {
      const [one, two] = files.sources;
      if (!one || !two) throw new Error("fixture: fewer than two sources");
      one.published = "2019";
      two.published = "2019-02";
    },
  },
  {
    name: "29 February in a leap year",
    file: "sources",
    accepted: true,
    change: (files) => {
      first(files.sources).published = "2020-02-29";
    },
  },
  {
    name: "29 February in a common year",
    file: "sources",
    accepted: false,
    change: (files) => {
      first(files.sources).published = "2019-02-29";
    },
  },
  {
    name: "30 February",
    file: "speech",
    accepted: false,
    change: (files) => {
      files.speech.date = "2019-02-30";
    },
  },
  {
    name: "a thirteenth month",
    file: "agreements",
    accepted: false,
    change: (files) => {
      first(files.agreements).dates = { signed: "2015-13" };
    },
  },
  {
    name: "a date written out",
    file: "agreements",
    accepted: false,
    change: (files) => {
      first(files.agreements).dates = { signed: "29 May 2015" };
    },
  },
  {
    name: "a day a status was last checked",
    file: "contextNotes",
    accepted: true,
    change: (files) => {
      first(files.contextNotes).statusCheckedOn = "2026-12-02";
    },
  },
  {
    name: "a status last checked in a month, not on a day",
    file: "agreements",
    accepted: false,
    change: (files) => {
      first(files.agreements).statusCheckedOn = "2026-12";
    },
  },
  {
    name: "a status last checked on 31 November",
    file: "blocs",
    accepted: false,
    change: (files) => {
      first(files.blocs).statusCheckedOn = "2026-11-31";
    },
  },
  {
    name: "a field the schema does not know",
    file: "blocs",
    accepted: false,
    change: (files) => {
      Object.assign(first(files.blocs), { members: ["RUS"] });
    },
  },
  {
    name: "a country code that is not three capitals",
    file: "blocs",
    accepted: false,
    change: (files) => {
      first(first(files.blocs).participants).country = "ru";
    },
  },
  {
    name: "a role period with no source",
    file: "blocs",
    accepted: false,
    change: (files) => {
      blocById(files, "sco").participants.push({ country: "LAO", role: "partner", since: "2025-09-01", sourceIds: [] });
    },
  },
  {
    name: "a role period marked uncertain",
    file: "blocs",
    accepted: true,
    change: (files) => {
      const participant = first(blocById(files, "brics").participants);
      participant.uncertain = true;
      participant.note = "Not confirmed.";
    },
  },
  {
    name: "uncertain set to false",
    file: "blocs",
    accepted: false,
    change: (files) => {
      Object.assign(first(blocById(files, "brics").participants), { uncertain: false });
    },
  },
  {
    name: "an id in capitals",
    file: "contextNotes",
    accepted: false,
    change: (files) => {
      first(files.contextNotes).id = "Mine-Action";
    },
  },
  {
    name: "a party that is both a bloc and a country",
    file: "agreements",
    accepted: false,
    change: (files) => {
      first(files.agreements).parties[0] = { bloc: "eaeu", country: "VNM" };
    },
  },
  {
    name: "an offset that is not a whole number",
    file: "quotes",
    accepted: false,
    change: (files) => {
      first(files.quotes).start = 1.5;
    },
  },
  {
    name: "a negative offset",
    file: "quotes",
    accepted: false,
    change: (files) => {
      first(files.quotes).start = -1;
    },
  },
  {
    name: "a co-chairmanship with one co-chair",
    file: "coChairmanships",
    accepted: false,
    change: (files) => {
      first(files.coChairmanships).coChairs = ["RUS"];
    },
  },
  {
    name: "a missing required field",
    file: "speech",
    accepted: false,
    change: (files) => {
      delete (files.speech as Partial<Dataset["speech"]>).speaker;
    },
  },
];
