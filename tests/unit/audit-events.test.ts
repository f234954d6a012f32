import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/events";
import { auditActionLabel, auditActionLabels } from "@/lib/labels";

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
});
