import { describe, expect, it } from "vitest";
import { budgetFigures, engagementByYear, indicatorProgress, periodElapsed } from "../../lib/dashboard/compute";
import { endsWithinTwelveMonths } from "../../lib/dashboard/overview";
import { parisParts, parisTime } from "../../lib/dates";
import { isOverdue } from "../../lib/meetings/decision-rules";
import { meetingHasBegun } from "../../lib/meetings/meeting-rules";
import { decisionsToFollowAt } from "../../lib/meetings/queries";
import { recordAttendanceSchema } from "../../lib/meetings/schemas";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("steering rules", () => {
  it("converts Paris wall-clock times across both DST changes", () => {
    expect(parisTime("2026-03-29", "03:30").toISOString()).toBe("2026-03-29T01:30:00.000Z"); // first hour of CEST
    expect(parisTime("2026-10-25", "12:00").toISOString()).toBe("2026-10-25T11:00:00.000Z"); // back to CET
    expect(parisParts(new Date("2025-06-12T12:00:00Z"))).toEqual({ date: "2025-06-12", time: "14:00" });
  });

  it("opens a meeting's records on its day in Paris, not in UTC", () => {
    const meeting = { startsAt: new Date("2026-11-23T08:00:00Z") };
    expect(meetingHasBegun(meeting, new Date("2026-11-22T22:59:00Z"))).toBe(false); // 23:59 in Paris on the 22nd
    expect(meetingHasBegun(meeting, new Date("2026-11-22T23:00:00Z"))).toBe(true); // midnight in Paris on the 23rd
  });

  it("marks an open decision overdue from the day after its due date, in Paris", () => {
    const decision = { dueDate: d("2026-05-31"), status: "OPEN" };
    expect(isOverdue(decision, new Date("2026-05-31T21:59:00Z"))).toBe(false); // 23:59 on the due day in Paris
    expect(isOverdue(decision, new Date("2026-05-31T22:00:00Z"))).toBe(true); // midnight, 1 June in Paris
    expect(isOverdue({ ...decision, status: "DONE" }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
  });

  it("measures the convention's period inclusively and clamps it", () => {
    expect(periodElapsed(d("2024-01-01"), d("2024-12-31"), d("2023-06-01"))).toMatchObject({ ratio: 0, daysLeft: 366 });
    expect(periodElapsed(d("2024-01-01"), d("2024-12-31"), d("2024-07-02"))).toMatchObject({
      ratio: 183 / 366,
      daysLeft: 183,
      totalDays: 366,
    });
    expect(periodElapsed(d("2024-01-01"), d("2024-12-31"), d("2026-01-01"))).toMatchObject({ ratio: 1, daysLeft: 0 });
  });

  it("measures an indicator's progress from its baseline, including decreasing targets", () => {
    const base = { id: "i", ficheId: "f", ficheNumber: "1", name: "Délai d'attente", unit: "jours", targetYear: 2028 };
    const waiting = {
      ...base,
      baselineValue: 60,
      targetValue: 30,
      values: [
        { year: 2024, value: 50 },
        { year: 2025, value: 45 },
      ],
    };
    expect(indicatorProgress(waiting).progress).toBeCloseTo(0.5, 10); // 60 → 45 out of 60 → 30
    expect(indicatorProgress(waiting, 2024).progress).toBeCloseTo(1 / 3, 10); // the bilan of 2024 ignores 2025
    expect(indicatorProgress({ ...waiting, targetValue: null }).progress).toBeNull();
    expect(indicatorProgress({ ...waiting, values: [{ year: 2025, value: null }] }).latest).toBeNull();
  });

  it("sums budgets to the cent", () => {
    const lines = Array.from({ length: 10 }, () => ({
      ficheId: "f",
      year: 2025,
      funderId: "caf",
      planned: 0.1,
      actual: 0.2,
    }));
    expect(budgetFigures(lines).total).toEqual({ planned: 1, actual: 2 });
  });

  it("takes each year's engagement from the newest signed convention covering it", () => {
    const conventions = [
      { edition: 2, startDate: d("2020-01-01"), endDate: d("2025-12-31"), annualFunding: 1_000_000, status: "EXPIRED" },
      { edition: 3, startDate: d("2026-01-01"), endDate: d("2030-12-31"), annualFunding: 1_250_000, status: "SIGNED" },
      {
        edition: 4,
        startDate: d("2030-01-01"),
        endDate: d("2034-12-31"),
        annualFunding: 2_000_000,
        status: "VALIDATED",
      },
    ];
    expect(engagementByYear(conventions, [2025, 2026, 2030, 2031]).map((e) => e.amount)).toEqual([
      1_000_000,
      1_250_000,
      1_250_000,
      null,
    ]);
  });

  it("flags conventions ending within the next 12 months only", () => {
    const today = d("2026-11-22");
    expect(endsWithinTwelveMonths(d("2027-11-22"), today)).toBe(true);
    expect(endsWithinTwelveMonths(d("2027-11-23"), today)).toBe(false);
    expect(endsWithinTwelveMonths(d("2026-11-21"), today)).toBe(false); // already over
  });

  it("lists a decision at later meetings until the meeting after the one that closed it", () => {
    const at = (iso: string) => ({ startsAt: new Date(iso) });
    const decision = {
      id: "d",
      meeting: at("2025-06-12"),
      followUps: [
        { meeting: at("2025-11-18"), statusAfter: "IN_PROGRESS" },
        { meeting: at("2026-03-17"), statusAfter: "DONE" },
      ],
    };
    expect(decisionsToFollowAt([decision], at("2025-06-12"))).toEqual([]);
    expect(decisionsToFollowAt([decision], at("2025-11-18"))).toEqual([decision]);
    expect(decisionsToFollowAt([decision], at("2026-03-17"))).toEqual([decision]);
    expect(decisionsToFollowAt([decision], at("2026-06-10"))).toEqual([]);
  });

  it("requires who represents a represented member, and drops it for the others", () => {
    const entry = (attendance: string, representedBy?: string) => ({
      meetingId: "m",
      version: 1,
      entries: [{ attendeeId: "a", attendance, representedBy }],
    });
    expect(recordAttendanceSchema.safeParse(entry("REPRESENTED")).success).toBe(false);
    expect(recordAttendanceSchema.parse(entry("PRESENT", "Quelqu'un")).entries[0].representedBy).toBeNull();
    expect(recordAttendanceSchema.parse(entry("REPRESENTED", " Un adjoint ")).entries[0].representedBy).toBe(
      "Un adjoint",
    );
  });
});
