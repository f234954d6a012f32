import { describe, expect, it } from "vitest";
import { defaultPeriodEnd, hasEnded, renewalStart } from "../../lib/conventions/in-force";
import { checkTransition } from "../../lib/conventions/status";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("a convention's period over time", () => {
  it("renews the day after the previous edition ends, or the day its termination takes effect", () => {
    expect(iso(renewalStart({ startDate: day("2026-01-01"), endDate: day("2030-12-31") }))).toBe("2031-01-01");
    expect(
      iso(renewalStart({ startDate: day("2026-01-01"), endDate: day("2030-12-31"), terminatedAt: day("2028-07-01") })),
    ).toBe("2028-07-01");
  });

  it("lasts five years less a day by default", () => {
    expect(iso(defaultPeriodEnd(day("2027-01-01")))).toBe("2031-12-31");
    expect(iso(defaultPeriodEnd(day("2029-07-01")))).toBe("2034-06-30");
    expect(iso(defaultPeriodEnd(day("2028-02-29")))).toBe("2033-02-28");
    expect(iso(defaultPeriodEnd(day("2028-03-01")))).toBe("2033-02-28");
  });

  it("has ended from the day after its end date in Paris, whatever the hour in UTC", () => {
    expect(hasEnded(day("2026-12-31"), new Date("2026-12-31T22:59:00Z"))).toBe(false); // 23:59 in Paris
    expect(hasEnded(day("2026-12-31"), new Date("2026-12-31T23:00:00Z"))).toBe(true); // midnight in Paris
    expect(hasEnded(day("2026-07-14"), new Date("2026-07-14T21:59:00Z"))).toBe(false); // 23:59 CEST
    expect(hasEnded(day("2026-07-14"), new Date("2026-07-14T22:00:00Z"))).toBe(true);
  });

  it("lets a signed convention be declared expired by hand under the same rule", () => {
    const expire = (today: Date) =>
      checkTransition({
        from: "SIGNED",
        to: "EXPIRED",
        signatoryCount: 3,
        signatureCount: 3,
        articleCount: 19,
        endDate: day("2026-12-31"),
        today,
      });
    expect(expire(new Date("2026-12-31T22:30:00Z"))).toEqual({
      ok: false,
      message: "La convention ne peut être déclarée expirée qu'après sa date de fin.",
    });
    expect(expire(new Date("2026-12-31T23:30:00Z"))).toEqual({ ok: true });
  });
});
