import { formatDate } from "../domain/labels";
import { useLang, useRichText, useText } from "../i18n/use-text";

type AsOfControlProps = {
  speechDate: string;
  today: string;
  /** Undefined: the speech date. */
  asOf: string | undefined;
  onChange: (asOf: string | undefined) => void;
  /** The earlier date of a bloc shown between two dates; undefined: one date. */
  since: string | undefined;
  /** The name of the bloc that can be shown between two dates; undefined: none is selected. */
  blocName: string | undefined;
  /** Shows the bloc since the speech (to the date shown, today if that is the speech), or not. */
  onSinceSpeech: (on: boolean) => void;
};

/** The day after the speech (a day that is neither the speech nor today, where there is one). */
function dayAfter(speechDate: string, today: string): string {
  const next = new Date(`${speechDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const iso = next.toISOString().slice(0, 10);
  return iso < today ? iso : today;
}

/** Then and now: memberships and statuses as of the speech (the default), today, or a chosen date. */
export function AsOfControl({
  speechDate,
  today,
  asOf,
  onChange,
  since,
  blocName,
  onSinceSpeech,
}: AsOfControlProps) {
  const mode = asOf === undefined ? "speech" : asOf === today ? "today" : "date";
  const t = useText();
  const lang = useLang();
  const rich = useRichText();
  return (
    <fieldset className="as-of">
      <legend>{t("lists.as-of-legend")}</legend>
      <label className="check">
        <input type="radio" name="as-of" checked={mode === "speech"} onChange={() => onChange(undefined)} />
        {t("lists.as-of-speech", { date: formatDate(speechDate, lang) })}
      </label>
      <label className="check">
        <input type="radio" name="as-of" checked={mode === "today"} onChange={() => onChange(today)} />
        {t("lists.as-of-today", { date: formatDate(today, lang) })}
      </label>
      <label className="check">
        <input
          type="radio"
          name="as-of"
          checked={mode === "date"}
          onChange={() => onChange(asOf ?? dayAfter(speechDate, today))}
        />
        {t("lists.as-of-another-day")}
      </label>
      <label className="check date-field">
        <span className="visually-hidden">{t("lists.as-of-date-field")}</span>
        <input
          type="date"
          min={speechDate}
          max={today}
          value={asOf ?? speechDate}
          onChange={(event) => {
            const value = event.target.value;
            if (value >= speechDate && value <= today) onChange(value === speechDate ? undefined : value);
          }}
        />
      </label>
      <label className="check since-speech">
        <input
          type="checkbox"
          checked={since === speechDate}
          disabled={blocName === undefined || speechDate >= today}
          onChange={(event) => onSinceSpeech(event.target.checked)}
        />
        {blocName === undefined
          ? t("lists.since-speech-no-bloc")
          : t("lists.since-speech", { bloc: blocName })}
      </label>
      {since !== undefined && since !== speechDate ? (
        <p className="since-other">
          {rich("lists.since-other", {
            date: <time dateTime={since}>{formatDate(since, lang)}</time>,
          })}
        </p>
      ) : null}
    </fieldset>
  );
}
