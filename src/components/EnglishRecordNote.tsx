import { useLang, useText } from "../i18n/use-text";

/**
 * Beside the speaker's words in Russian and Vietnamese: they are quoted as published in English,
 * the record the dataset is checked against, and never translated. English needs no such line.
 */
export function EnglishRecordNote() {
  const lang = useLang();
  const t = useText();
  if (lang === "en") return null;
  return <p className="english-record">{t("reader.english-record")}</p>;
}
