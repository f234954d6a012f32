// The import page's two route handlers, called as Next.js calls them (session cookie, multipart body): the preview
// writes nothing, the confirmation writes what the preview showed and refuses a file that changed since; the portal
// path goes through the same two requests. Another caisse's caller gets 404.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { POST as analyse } from "@/app/(app)/caisses/[caisse]/diagnostic/analyse/route";
import { POST as confirm } from "@/app/(app)/caisses/[caisse]/diagnostic/importer/route";
import { requireTestDatabase } from "../helpers/db";
import { createCaisse, createTerritory, createUser } from "../helpers/factories";
import { startPortalStub, type PortalStub } from "../helpers/open-data-portal";
import { signInAs, signOut } from "../helpers/session";

const db = requireTestDatabase();
const sample = (name: string) => readFileSync(`prisma/seed/open-data/${name}`);
let stub: PortalStub | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
  delete process.env.CAF_OPEN_DATA_URL;
  signOut();
});

async function setup() {
  const caisse = await db.caisse.update({
    where: { id: (await createCaisse(db, "48")).id },
    data: { departement: "48" },
  });
  await db.territory.update({
    where: { id: (await createTerritory(db, caisse.id, "Aubrac")).id },
    data: { siren: "200069268" },
  });
  const officer = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
  const other = await createCaisse(db, "autre");
  const foreign = await createUser(db, { role: "CAISSE_ADMIN", caisseId: other.id });
  return { caisse, officer, foreign, params: { params: Promise.resolve({ caisse: caisse.id }) } };
}

const post = (form: FormData) => new Request("http://localhost/x", { method: "POST", body: form });
function filesForm(files: [string, Uint8Array][], extra: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, bytes] of files) form.append("file", new Blob([new Uint8Array(bytes)], { type: "text/csv" }), name);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

describe("diagnostic import routes", () => {
  it("previews, then imports the same files; a file changed since the preview is refused", async () => {
    const { caisse, officer, foreign, params } = await setup();
    const files: [string, Uint8Array][] = [
      ["txcouv_pe_epci.csv", sample("txcouv_pe_epci.csv")],
      ["inconnu.csv", readFileSync("tests/fixtures/open-data/inconnu.csv")],
    ];
    await signInAs(foreign.id);
    expect((await analyse(post(filesForm(files)), params)).status).toBe(404);
    await signInAs(officer.id);
    const response = await analyse(post(filesForm(files)), params);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.refused).toHaveLength(1);
    expect(body.refused[0].message).toMatch(/^Fichier non reconnu/);
    expect(body.previews).toMatchObject([{ datasetId: "txcouv_pe_epci", toAdd: 55, toUpdate: 0 }]);
    expect(await db.diagnosticValue.count({ where: { caisseId: caisse.id } })).toBe(0);

    const expected = JSON.stringify(
      body.previews.map((p: { fingerprint: string; toAdd: number; toUpdate: number }) => ({
        fingerprint: p.fingerprint,
        toAdd: p.toAdd,
        toUpdate: p.toUpdate,
      })),
    );
    // A refused file in the confirmation: nothing written.
    expect((await confirm(post(filesForm(files, { expected, extractedAt: "2026-11-20" })), params)).status).toBe(422);
    // Another file under the same name: 409, nothing written.
    const changed = new TextEncoder().encode(
      sample("txcouv_pe_epci.csv").toString("utf8").replace("48\r\n", "48,5\r\n"),
    );
    const tampered = await confirm(
      post(filesForm([["txcouv_pe_epci.csv", changed]], { expected, extractedAt: "2026-11-20" })),
      params,
    );
    expect(tampered.status).toBe(409);
    expect(await tampered.text()).toMatch(/a changé depuis l'analyse/);
    expect(await db.diagnosticValue.count({ where: { caisseId: caisse.id } })).toBe(0);
    // A date in the future is refused.
    const future = await confirm(post(filesForm([files[0]], { expected, extractedAt: "2999-01-01" })), params);
    expect(future.status).toBe(400);

    const ok = await confirm(post(filesForm([files[0]], { expected, extractedAt: "2026-11-20" })), params);
    expect(ok.status).toBe(200);
    expect((await ok.json()).imports[0]).toMatchObject({ added: 55, updated: 0 });
    const recorded = await db.diagnosticImport.findFirstOrThrow({ where: { caisseId: caisse.id } });
    expect(recorded).toMatchObject({ fileName: "txcouv_pe_epci.csv", importedById: officer.id, added: 55 });
    expect(recorded.extractedAt.toISOString()).toBe("2026-11-20T00:00:00.000Z");
  });

  it("answers garbage with a 4xx or a refusal, never a 500", async () => {
    const { officer, params } = await setup();
    await signInAs(officer.id);
    const garbage = new Request("http://localhost/x", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      body: "garbage \u0000 body",
    });
    expect((await analyse(garbage, params)).status).toBe(400);
    const random = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    const refused = await analyse(post(filesForm([["x.csv", random]])), params);
    expect(refused.status).toBe(200);
    expect((await refused.json()).refused).toHaveLength(1);
    expect((await confirm(post(filesForm([["x.csv", random]])), params)).status).toBe(400);
    expect((await analyse(post(new FormData()), params)).status).toBe(400);
  });

  it("fetches a dataset from the portal when CAF_OPEN_DATA_URL is set", async () => {
    const { caisse, officer, params } = await setup();
    await signInAs(officer.id);
    const form = () => {
      const f = new FormData();
      f.set("datasetId", "s_ben_epci_f");
      return f;
    };
    expect((await analyse(post(form()), params)).status).toBe(409);
    stub = await startPortalStub();
    process.env.CAF_OPEN_DATA_URL = stub.url;
    const preview = await (await analyse(post(form()), params)).json();
    expect(preview).toMatchObject({ portal: true, previews: [{ datasetId: "s_ben_epci_f", toAdd: 70 }] });
    const f = form();
    f.set("expected", JSON.stringify([{ fingerprint: preview.previews[0].fingerprint, toAdd: 70, toUpdate: 0 }]));
    const done = await confirm(post(f), params);
    expect(done.status).toBe(200);
    const recorded = await db.diagnosticImport.findFirstOrThrow({ where: { caisseId: caisse.id } });
    expect(recorded).toMatchObject({ fileName: null, datasetId: "s_ben_epci_f", added: 70 });
  });
});
