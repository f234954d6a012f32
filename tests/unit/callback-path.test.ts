import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/redirect";

describe("safeCallbackPath", () => {
  it("keeps a path of this site, with its query and fragment", () => {
    expect(safeCallbackPath("/territoires/aubrac-lot-causses-tarn?onglet=plan#fiches")).toBe(
      "/territoires/aubrac-lot-causses-tarn?onglet=plan#fiches",
    );
    expect(safeCallbackPath("http://localhost:3000/caisses/x", "http://localhost:3000")).toBe("/caisses/x");
  });

  it("sends anything that could leave the site to the home page", () => {
    for (const bad of [
      "/\\evil.example",
      "/\\/evil.example",
      "/\t/evil.example",
      "//evil.example",
      "https://evil.example/",
      "http://localhost:3000.evil.example/x",
      "javascript:alert(1)",
      "/%0a/evil",
      "",
      undefined,
    ]) {
      const safe = safeCallbackPath(bad, "http://localhost:3000");
      expect(new URL(safe, "http://localhost:3000").origin, String(bad)).toBe("http://localhost:3000");
    }
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("/\t/evil.example")).toBe("/");
  });
});
