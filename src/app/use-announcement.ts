import { useEffect, useState } from "react";
import type { LoadedData } from "../domain/loaded-data";
import { announcementOf, type AnnouncedView } from "../domain/announcement";
import { useLang, useText } from "../i18n/use-text";
import { useAtlasStore, type AtlasState } from "../store/atlas-store";

function announcedViewOf(state: AtlasState, speechDate: string): AnnouncedView {
  const { blocId, agreementId, coChairId, country, filters, asOf } = state;
  return { selection: { blocId, agreementId, coChairId, country }, filters, date: asOf ?? speechDate };
}

/**
 * The sentence for the page's live region: what the last change of selection, filters or date
 * did, replacing the one before. Call it after `useAtlasView`: its effect then starts listening
 * only once the URL has been read into the store, so the view a page opens on is not announced.
 */
export function useAnnouncement(data: LoadedData, today: string): string {
  const [message, setMessage] = useState("");
  const t = useText();
  const lang = useLang();
  const speechDate = data.dataset.speech.date;
  useEffect(
    () =>
      useAtlasStore.subscribe((state, previous) => {
        const text = announcementOf(
          t,
          lang,
          data,
          announcedViewOf(previous, speechDate),
          announcedViewOf(state, speechDate),
          { speechDate, today },
        );
        if (text !== undefined) setMessage(text);
      }),
    [t, lang, data, speechDate, today],
  );
  return message;
}
