import type { Selection } from "./atlas-store";

/**
 * Whether the desk's lists column is open. The user's choice (the column's own button) holds once
 * made. Until then the map leads: on a desk too narrow for three columns and a map of its own
 * (under ROOM_FOR_THREE_COLUMNS), the lists give their room to the map while something is shown in
 * the details, and come back when nothing is, or while a second bloc is being picked to compare.
 */
export function listsColumnOpen({
  choice,
  roomForThree,
  selection,
  pickingPair,
}: {
  choice: boolean | undefined;
  roomForThree: boolean;
  selection: Selection;
  pickingPair: boolean;
}): boolean {
  if (choice !== undefined) return choice;
  if (roomForThree || pickingPair) return true;
  return !showsSomething(selection);
}

function showsSomething(selection: Selection): boolean {
  return (
    selection.blocId !== undefined ||
    selection.compare !== undefined ||
    selection.agreementId !== undefined ||
    selection.coChairId !== undefined ||
    selection.country !== undefined
  );
}

/**
 * From this width the lists (18rem) and the details (26rem) leave the map 60% of the window
 * (704 px of 1760); narrower, the lists fold to a button while something is selected.
 */
export const ROOM_FOR_THREE_COLUMNS = "(min-width: 1760px)";
