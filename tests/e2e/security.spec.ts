import { expect, storageStateOf, test } from "./support";

test.describe("security headers and cross-site writes", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("every page carries a Content-Security-Policy whose nonce its scripts bear", async ({ page }) => {
    for (const path of ["/connexion", "/accessibilite", "/territoires/aubrac-lot-causses-tarn/tableau-de-bord"]) {
      const response = await page.goto(path);
      const policy = response!.headers()["content-security-policy"];
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(policy).toContain("frame-ancestors 'none'");
      const scripts = await page
        .locator("script")
        .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
      expect(scripts.length).toBeGreaterThan(0);
      expect(new Set(scripts)).toEqual(new Set([nonce]));
      // A fresh nonce per request.
      const again = (await page.request.get(path)).headers()["content-security-policy"];
      expect(again).not.toBe(policy);
    }
  });

  test("a server action or an upload posted from another site is refused with 403, and a same-site one is not", async ({
    page,
  }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn/parametres");
    const foreign = await page.request.post("/territoires/aubrac-lot-causses-tarn/parametres", {
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain" },
      data: "[]",
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("Requête refusée");
    const upload = await page.request.post("/territoires/aubrac-lot-causses-tarn/fiches-action/importer/fichier", {
      headers: { Origin: "https://evil.example" },
      multipart: { fichier: { name: "plan.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("x") } },
    });
    expect(upload.status()).toBe(403);
    const sameSite = await page.request.post("/territoires/aubrac-lot-causses-tarn/parametres", {
      headers: { Origin: new URL(page.url()).origin, "Next-Action": "0".repeat(42), "Content-Type": "text/plain" },
      data: "[]",
    });
    expect(sameSite.status()).not.toBe(403);
  });
});
