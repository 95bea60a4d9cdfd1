import { useCallback, useEffect, useRef } from "react";

/** A step said between the windows of one presentation: the audience's and the speaker's. */
type StepMessage = { readonly type: "step"; readonly step: number };

function isStepMessage(data: unknown): data is StepMessage {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === "step" &&
    Number.isInteger((data as { step?: unknown }).step)
  );
}

/**
 * Keeps the windows presenting one tour on the same step, both ways, through a BroadcastChannel
 * (same origin only, nothing leaves the machine). `onStep` hears the other windows' moves; the
 * returned function announces this window's own, which the others then follow.
 */
export function useStepChannel(tourId: string, onStep: (step: number) => void): (step: number) => void {
  const channel = useRef<BroadcastChannel | undefined>(undefined);
  const latestOnStep = useRef(onStep);
  useEffect(() => {
    latestOnStep.current = onStep;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const opened = new BroadcastChannel(`bloc-atlas-present:${tourId}`);
    opened.onmessage = (event: MessageEvent<unknown>) => {
      if (isStepMessage(event.data)) latestOnStep.current(event.data.step);
    };
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = undefined;
    };
  }, [tourId]);
  return useCallback(
    (step: number) => channel.current?.postMessage({ type: "step", step } satisfies StepMessage),
    [],
  );
}
