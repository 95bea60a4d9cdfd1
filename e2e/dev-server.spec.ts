import { ASEAN_MEMBERS_2019 } from "./dataset";
import { expect, test } from "./fixtures";

test("the dev server (npm run dev) draws the map and selects a bloc", async ({ atlas }) => {
  await atlas.open("?bloc=asean");
  expect(await atlas.highlighted()).toEqual(ASEAN_MEMBERS_2019);
  await atlas.selectBloc("brics");
  expect(await atlas.highlighted()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);
});
