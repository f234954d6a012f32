import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/events";
import { auditActionLabel, auditActionLabels, auditValueLabel } from "@/lib/labels";

describe("audit events", () => {
  it("gives every action written a distinct French label, never its code", () => {
    const labels = AUDIT_ACTIONS.map((action) => auditActionLabel(action));
    for (const [index, label] of labels.entries()) {
      expect(label, AUDIT_ACTIONS[index]).toMatch(/^[A-ZÀ-Ý]/);
      expect(label).not.toBe(AUDIT_ACTIONS[index]);
      expect(label).not.toBe("Autre opération");
    }
    expect(new Set(labels).size).toBe(labels.length);
    expect(Object.keys(auditActionLabels).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("reads an unknown stored code as French rather than showing it", () => {
    expect(auditActionLabel("legacy.thing")).toBe("Autre opération");
  });

  it("shows coded values of the journal as the French label of the action's entity", () => {
    expect(auditValueLabel("convention.status", "status", "EXPIRED")).toBe("Expirée");
    expect(auditValueLabel("avenant.signed", "status", "SIGNED")).toBe("Signé");
    expect(auditValueLabel("fiche.status", "status", "IN_PROGRESS")).toBe("En cours");
    expect(auditValueLabel("decision.followup", "statusAfter", "DONE")).toBe("Soldée");
    expect(auditValueLabel("meeting.attendance", "attendance", "EXCUSED")).toBe("Excusé");
    // Free text and unknown codes are shown as they are.
    expect(auditValueLabel("convention.update", "place", "SIGNED")).toBe("SIGNED");
    expect(auditValueLabel("convention.status", "status", "LEGACY")).toBe("LEGACY");
    expect(auditValueLabel("convention.status", "status", null)).toBe(null);
  });
});
