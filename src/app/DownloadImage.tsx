import { useId, useRef, useState } from "react";
import type { MapColors } from "../domain/palette";
import { useLang, useText } from "../i18n/use-text";
import { IMAGE_HEIGHT, IMAGE_WIDTH, ImageExport, type ImageRequest, type ImageText } from "./ImageExport";
import type { DrawnMapProps } from "./map-props";

type DownloadImageProps = {
  map: DrawnMapProps;
  /** The words drawn into the image, in the page's language. */
  text: ImageText;
  colors: MapColors;
  fileName: string;
};

type DrawState = { status: "idle" | "drawing" } | { status: "failed"; message: string };

/**
 * "Download PNG": the current view as a 1920×1080 image (3840×2160 with 2×), with its title,
 * legend and source drawn in, whatever the window's size. Says when it is working and if it fails.
 * The off-screen map that draws the images is made on the first press and kept for the next.
 */
export function DownloadImage({ map, text, colors, fileName }: DownloadImageProps) {
  const t = useText();
  const lang = useLang();
  const [scale, setScale] = useState<1 | 2>(1);
  const [state, setState] = useState<DrawState>({ status: "idle" });
  const [request, setRequest] = useState<ImageRequest | undefined>(undefined);
  const nextId = useRef(1);
  const doubleId = useId();
  const press = () => {
    setRequest({ id: nextId.current++, map, text, colors, fileName, lang });
    setState({ status: "drawing" });
  };
  return (
    <span className="download-image">
      <button type="button" onClick={press} disabled={state.status === "drawing"}>
        {t("image.download")}
      </button>
      <input
        id={doubleId}
        type="checkbox"
        checked={scale === 2}
        disabled={state.status === "drawing"}
        onChange={(event) => {
          setScale(event.target.checked ? 2 : 1);
          // A map's pixel ratio is fixed when it is made: the next image at the other scale makes
          // a new one, and the one kept so far goes.
          setRequest(undefined);
        }}
      />
      <label htmlFor={doubleId}>2×</label>
      <span role="status" className="download-status" data-state={state.status}>
        {state.status === "drawing"
          ? t("image.drawing", {
              width: String(IMAGE_WIDTH * scale),
              height: String(IMAGE_HEIGHT * scale),
            })
          : state.status === "failed"
            ? t("image.failed", { message: state.message })
            : ""}
      </span>
      {request ? (
        <ImageExport
          request={request}
          pending={state.status === "drawing"}
          scale={scale}
          onDone={(id, error) => {
            if (id !== request.id) return;
            setState(error === undefined ? { status: "idle" } : { status: "failed", message: error });
          }}
        />
      ) : null}
    </span>
  );
}
