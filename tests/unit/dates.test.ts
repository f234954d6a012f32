import { describe, expect, it } from "vitest";
import { parisDay, parisParts, parisTime } from "../../lib/dates";

describe("Paris time", () => {
  it("reads the night hours of both DST changes on the right side of the change", () => {
    expect(parisTime("2026-03-29", "01:59").toISOString()).toBe("2026-03-29T00:59:00.000Z"); // last minute of CET
    expect(parisTime("2026-10-25", "01:30").toISOString()).toBe("2026-10-24T23:30:00.000Z"); // still CEST
    expect(parisTime("2026-10-25", "03:00").toISOString()).toBe("2026-10-25T02:00:00.000Z"); // CET again
  });

  it("round-trips a wall-clock date and time, and gives the Paris day of an instant", () => {
    for (const [date, time] of [
      ["2026-01-15", "09:30"],
      ["2026-07-14", "23:45"],
      ["2026-10-25", "00:15"],
    ])
      expect(parisParts(parisTime(date, time))).toEqual({ date, time });
    expect(parisDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(parisDay(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
  });
});
