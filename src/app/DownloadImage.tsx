import { useId, useState, type ComponentProps } from "react";
import { ImageExport } from "./ImageExport";

type DownloadImageProps = Omit<ComponentProps<typeof ImageExport>, "scale" | "onDone">;

/**
 * "Download PNG": the current view as a 1920×1080 image (3840×2160 with 2×), with its title,
 * legend and source drawn in, whatever the window's size. Says when it is working and if it fails.
 */
export function DownloadImage(props: DownloadImageProps) {
  const [scale, setScale] = useState<1 | 2>(1);
  const [state, setState] = useState<{ status: "idle" | "drawing" } | { status: "failed"; message: string }>({
    status: "idle",
  });
  const doubleId = useId();
  return (
    <span className="download-image">
      <button
        type="button"
        onClick={() => setState({ status: "drawing" })}
        disabled={state.status === "drawing"}
      >
        Download PNG
      </button>
      <input
        id={doubleId}
        type="checkbox"
        checked={scale === 2}
        onChange={(event) => setScale(event.target.checked ? 2 : 1)}
      />
      <label htmlFor={doubleId}>2×</label>
      <span role="status" className="download-status">
        {state.status === "drawing"
          ? `Drawing a ${String(1920 * scale)}×${String(1080 * scale)} image…`
          : state.status === "failed"
            ? `The image could not be made: ${state.message}`
            : ""}
      </span>
      {state.status === "drawing" ? (
        <ImageExport
          {...props}
          scale={scale}
          onDone={(error) =>
            setState(error === undefined ? { status: "idle" } : { status: "failed", message: error })
          }
        />
      ) : null}
    </span>
  );
}
