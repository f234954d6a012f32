import "server-only";
// The two requests of the import page (/caisses/[caisse]/diagnostic/analyse and /importer), as route handlers:
// uploads are read within a size limit (lib/files/read-upload.ts), then parsed; `analyse` answers the preview and
// writes nothing; `importer` receives the same files again (or fetches the portal again) with what the preview
// showed, and writes only if the files' SHA-256 and the counts are still those of the preview.
import type { Actor } from "../auth/actor";
import { errorResponse } from "../auth/route";
import { requireCaisse } from "../auth/scope";
import { getActor } from "../auth/session";
import { getDb } from "../db/client";
import { openDataPortalUrl } from "../env";
import { AppError } from "../errors";
import { readUploadForm } from "../files/read-upload";
import { datasetById } from "./catalogue";
import { caisseAreas, importOpenData, previewImport, type ImportSource } from "./import";
import { datasetIdSchema, expectedSchema, extractedAtSchema, MAX_FILES } from "./import-schemas";
import { MAX_OPEN_DATA_FILE_BYTES, MAX_OPEN_DATA_FILE_LABEL, parseOpenDataFile, type ParsedFile } from "./parse";
import { fetchFromPortal } from "./portal";

type Refused = { fileName: string; message: string; errors: string[] };

async function authorize(caisseId: string): Promise<Actor | Response> {
  const actor = await getActor();
  if (!actor) return new Response("Authentification requise.", { status: 401 });
  try {
    requireCaisse(actor, caisseId, "diagnostic.import");
    return actor;
  } catch (error) {
    return errorResponse(error);
  }
}

function field<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  return parsed.data;
}

/** The files of the form, or the portal's answer for one dataset, parsed. */
async function readSources(form: FormData, caisseId: string) {
  const datasetField = form.get("datasetId");
  if (typeof datasetField === "string" && datasetField) {
    const dataset = datasetById.get(field(datasetIdSchema, datasetField))!;
    const base = openDataPortalUrl();
    if (!base)
      throw new AppError("INVALID_STATE", "Le portail des données ouvertes n'est pas configuré (CAF_OPEN_DATA_URL).");
    const areas = await caisseAreas(getDb(), caisseId);
    const fetched = await fetchFromPortal(base, dataset, areas);
    const result = parseOpenDataFile(fetched.bytes, fetched.fileName);
    if (result.ok && result.file.dataset.id !== dataset.id)
      throw new AppError("INVALID_STATE", `Le portail a répondu un autre jeu de données (${result.file.dataset.id}).`);
    return { portal: true, fetchedAt: fetched.fetchedAt, results: [result] };
  }
  const files = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
  if (!files.length) throw new AppError("INVALID_INPUT", "Choisissez au moins un fichier (CSV ou JSON).");
  if (files.length > MAX_FILES) throw new AppError("INVALID_INPUT", `${MAX_FILES} fichiers au plus à la fois.`);
  const results = [];
  for (const file of files) {
    if (file.size > MAX_OPEN_DATA_FILE_BYTES)
      throw new AppError("TOO_LARGE", `« ${file.name} » dépasse ${MAX_OPEN_DATA_FILE_LABEL}.`);
    results.push(parseOpenDataFile(new Uint8Array(await file.arrayBuffer()), file.name));
  }
  return { portal: false, fetchedAt: null, results };
}

function split(results: ReturnType<typeof parseOpenDataFile>[]) {
  const parsed: ParsedFile[] = [];
  const refused: Refused[] = [];
  for (const r of results) {
    if (r.ok) parsed.push(r.file);
    else refused.push({ fileName: r.fileName, message: r.message, errors: r.errors });
  }
  return { parsed, refused };
}

/** POST …/diagnostic/analyse: the preview of the files (or of the portal's rows); writes nothing. */
export async function analyseRequest(request: Request, caisseId: string): Promise<Response> {
  const actor = await authorize(caisseId);
  if (actor instanceof Response) return actor;
  try {
    const form = await readUploadForm(request, MAX_OPEN_DATA_FILE_BYTES, MAX_OPEN_DATA_FILE_LABEL);
    const { portal, fetchedAt, results } = await readSources(form, caisseId);
    const { parsed, refused } = split(results);
    const previews = await previewImport(getDb(), actor, caisseId, parsed);
    return Response.json({ portal, fetchedAt, previews, refused });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST …/diagnostic/importer: the same files again with the preview's fingerprints and counts; writes all or nothing. */
export async function importRequest(request: Request, caisseId: string): Promise<Response> {
  const actor = await authorize(caisseId);
  if (actor instanceof Response) return actor;
  try {
    const form = await readUploadForm(request, MAX_OPEN_DATA_FILE_BYTES, MAX_OPEN_DATA_FILE_LABEL);
    let expectedRaw: unknown = null;
    try {
      expectedRaw = JSON.parse(String(form.get("expected") ?? "null"));
    } catch {
      expectedRaw = null;
    }
    const expected = field(expectedSchema, expectedRaw);
    const extractedField = form.get("extractedAt");
    const { portal, fetchedAt, results } = await readSources(form, caisseId);
    const { parsed, refused } = split(results);
    if (refused.length) return Response.json({ refused }, { status: 422 });
    if (expected.length !== parsed.length)
      throw new AppError("CONFLICT", "Les fichiers envoyés ne sont pas ceux de l'aperçu : analysez-les de nouveau.");
    if (portal && expected[0].fingerprint !== parsed[0].fingerprint)
      throw new AppError(
        "CONFLICT",
        "Les données du portail ont changé depuis l'aperçu : récupérez-les de nouveau avant d'importer.",
      );
    const extractedAt =
      portal && (extractedField === null || extractedField === "")
        ? fetchedAt!
        : field(extractedAtSchema, typeof extractedField === "string" ? extractedField : "");
    const sources: ImportSource[] = parsed.map((file, i) => ({
      file,
      fileName: portal ? null : file.fileName,
      expected: expected[i],
    }));
    const result = await importOpenData(getDb(), actor, { caisseId, sources, extractedAt });
    return Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
