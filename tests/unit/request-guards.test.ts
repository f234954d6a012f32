import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, isReadablePath, malformedActionCall } from "@/lib/security/request-guards";

const call = (body: string, headers: Record<string, string> = {}) =>
  malformedActionCall(
    new Request("http://localhost/", {
      method: "POST",
      headers: { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "x", ...headers },
      body,
    }),
  );

describe("isReadablePath", () => {
  it("accepts ordinary paths, accented ones included", () => {
    expect(isReadablePath("/territoires/coeur-de-lozere/conventions")).toBe(true);
    expect(isReadablePath("/territoires/c%C5%93ur")).toBe(true);
  });
  it("refuses broken percent-encoding, control characters and lone surrogates", () => {
    expect(isReadablePath("/territoires/%")).toBe(false);
    expect(isReadablePath("/territoires/%00/pdf")).toBe(false);
    expect(isReadablePath("/territoires/%ED%A0%80")).toBe(false);
    expect(isReadablePath("/territoires/a%07b")).toBe(false);
  });
});

describe("malformedActionCall", () => {
  it("lets through what React's client sends for plain arguments", async () => {
    expect(
      await call(JSON.stringify([{ title: "$$5 €", ids: ["a"], n: "$undefined", at: "$D2025-01-01" }])),
    ).toBeNull();
    expect(await call(JSON.stringify([{ a: [1], b: "$0:a" }]))).toBeNull();
    expect(await call("x", { "Content-Type": "multipart/form-data; boundary=x" })).toBeNull();
  });
  it("refuses bodies React's client never sends", async () => {
    expect(await call("")).toBe("not JSON");
    expect(await call("[{")).toBe("not JSON");
    expect(await call("42")).toBe("not an argument list");
    expect(await call(JSON.stringify({ a: 1 }))).toBe("not an argument list");
    for (const reference of ["$@1", "$F1", "$Q1", "$K1", "$B1", "$S1", "$T", "$1", "$h1"])
      expect(await call(JSON.stringify([{ a: reference }])), reference).toBe("reference to a missing part");
    expect(await call(JSON.stringify(["a".repeat(ACTION_BODY_LIMIT)]))).toBe("too large");
  });
});
