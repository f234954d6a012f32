import { afterEach, describe, expect, it } from "vitest";
import { datasetById } from "../../lib/diagnostic/catalogue";
import { caisseAreas, importOpenData, previewImport } from "../../lib/diagnostic/import";
import { parseOpenDataFile } from "../../lib/diagnostic/parse";
import { fetchFromPortal } from "../../lib/diagnostic/portal";
import { AppError } from "../../lib/errors";
import { requireTestDatabase } from "../helpers/db";
import { createCaisse, createTerritory, createUser } from "../helpers/factories";
import { startPortalStub, type PortalStub } from "../helpers/open-data-portal";

const db = requireTestDatabase();
let stub: PortalStub | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
});

async function lozere() {
  const caisse = await db.caisse.update({
    where: { id: (await createCaisse(db, "48")).id },
    data: { departement: "48" },
  });
  for (const [name, siren] of [
    ["Aubrac", "200069268"],
    ["Cœur", "244800405"],
  ]) {
    await db.territory.update({ where: { id: (await createTerritory(db, caisse.id, name)).id }, data: { siren } });
  }
  const officer = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
  return { caisse, officer };
}

describe("fetching from the open-data portal", () => {
  it("asks for the caisse's EPCI only, and the answer goes through the same preview and import", async () => {
    const { caisse, officer } = await lozere();
    stub = await startPortalStub();
    const areas = await caisseAreas(db, caisse.id);
    const dataset = datasetById.get("txcouv_pe_epci")!;
    const fetched = await fetchFromPortal(stub.url, dataset, areas);
    expect(new URL(stub.requests[0], stub.url).searchParams.get("where")).toBe('numepci IN ("200069268", "244800405")');
    const result = parseOpenDataFile(fetched.bytes, fetched.fileName);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.dataset.id).toBe("txcouv_pe_epci");
    const [preview] = await previewImport(db, officer, caisse.id, [result.file]);
    expect(preview).toMatchObject({ toAdd: 110, ignored: 0 });
    // The confirmation fetches again: the same bytes.
    const again = await fetchFromPortal(stub.url, dataset, areas);
    const file = parseOpenDataFile(again.bytes, again.fileName);
    if (!file.ok) throw new Error(file.message);
    expect(file.file.fingerprint).toBe(result.file.fingerprint);
    await importOpenData(db, officer, {
      caisseId: caisse.id,
      sources: [
        { file: file.file, fileName: null, expected: { fingerprint: preview.fingerprint, toAdd: 110, toUpdate: 0 } },
      ],
      extractedAt: again.fetchedAt,
    });
    const history = await db.diagnosticImport.findFirstOrThrow({ where: { caisseId: caisse.id } });
    expect(history).toMatchObject({ fileName: null, datasetId: "txcouv_pe_epci", added: 110 });

    // The "records" answer shape and a département dataset.
    const benefits = await fetchFromPortal(stub.url, datasetById.get("s_ben_epci_f")!, areas);
    const parsed = parseOpenDataFile(benefits.bytes, benefits.fileName);
    expect(parsed.ok && parsed.file.values.every((v) => ["200069268", "244800405"].includes(v.areaCode))).toBe(true);
    const dep = await fetchFromPortal(stub.url, datasetById.get("txcouv_pe_dep")!, areas);
    const depParsed = parseOpenDataFile(dep.bytes, dep.fileName);
    expect(depParsed.ok && [...new Set(depParsed.file.values.map((v) => v.areaCode))]).toEqual(["48"]);
  });

  it("an unreachable, failing or slow portal gives a French message and changes nothing", async () => {
    const { caisse } = await lozere();
    const areas = await caisseAreas(db, caisse.id);
    const dataset = datasetById.get("txcouv_pe_epci")!;
    // Nothing listens on that port once the stub is closed.
    const closed = await startPortalStub();
    const deadUrl = closed.url;
    await closed.close();
    await expect(fetchFromPortal(deadUrl, dataset, areas)).rejects.toThrow(
      /^Le portail des données ouvertes de la Cnaf n'a pas répondu \(serveur injoignable\) : rien n'a été modifié/,
    );
    stub = await startPortalStub("error");
    await expect(fetchFromPortal(stub.url, dataset, areas)).rejects.toThrow(/erreur HTTP 503/);
    await stub.close();
    stub = await startPortalStub("slow");
    const error = await fetchFromPortal(stub.url, dataset, areas, 300).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/pas de réponse en 0 secondes|pas de réponse en/);
    await stub.close();
    stub = await startPortalStub();
    await expect(fetchFromPortal(stub.url, { ...dataset, id: "inconnu" }, areas)).rejects.toThrow(
      /jeu de données « inconnu » introuvable/,
    );
    expect(await db.diagnosticValue.count({ where: { caisseId: caisse.id } })).toBe(0);
  });
});
