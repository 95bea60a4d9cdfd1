import { describe, expect, it } from "vitest";
import { roomBeside, type ScreenBox } from "./room-beside";

function box(left: number, top: number, width: number, height: number): ScreenBox {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

/** The desktop map: 530 × 700 at (320, 100). */
const MAP = box(320, 100, 530, 700);

describe("roomBeside", () => {
  it("leaves room above a wide, low legend in the bottom-left corner", () => {
    // 350 wide, 230 high, 38 px above the map's bottom edge: 268 px of the map's height.
    expect(roomBeside(MAP, box(330, 532, 350, 230))).toEqual({ bottom: 268 });
  });

  it("leaves room beside a tall, narrow legend, on the side it is on", () => {
    expect(roomBeside(MAP, box(330, 300, 100, 460))).toEqual({ left: 110 });
    expect(roomBeside(MAP, box(740, 300, 100, 460))).toEqual({ right: 110 });
  });

  it("leaves room below a one-line legend at the top, as on a phone", () => {
    const phoneMap = box(0, 212, 390, 464);
    expect(roomBeside(phoneMap, box(8, 220, 200, 32))).toEqual({ top: 40 });
  });

  it("leaves none for no legend, an empty one, or one outside the map", () => {
    expect(roomBeside(MAP, undefined)).toEqual({});
    expect(roomBeside(MAP, box(330, 700, 0, 0))).toEqual({});
    expect(roomBeside(MAP, box(900, 600, 200, 100))).toEqual({});
    expect(roomBeside(MAP, box(330, 810, 200, 40))).toEqual({});
  });

  it("leaves none for a legend taller than the map: no frame is left to fit into", () => {
    expect(roomBeside(MAP, box(330, 90, 350, 720))).toEqual({});
  });
});
