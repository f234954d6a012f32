// Fetching a dataset's rows of a caisse from the Cnaf's open-data portal (Opendatasoft Explore API v2.1, e.g.
// https://data.caf.fr, set by CAF_OPEN_DATA_URL): the JSON export filtered on the caisse's EPCI or départements,
// read within a time and size limit. The answer goes through the same parser, preview and import as a file.
import type { DatasetLayout } from "./catalogue";
import type { CaisseAreas } from "./import";
import { MAX_OPEN_DATA_FILE_BYTES } from "./parse";
import { AppError } from "../errors";

export const PORTAL_TIMEOUT_MS = 20_000;

/** The export URL of a dataset, filtered on the caisse's areas and ordered (the same rows give the same bytes). */
export function portalExportUrl(baseUrl: string, dataset: DatasetLayout, areas: CaisseAreas): string {
  const url = new URL(
    `${baseUrl.replace(/\/+$/, "")}/api/explore/v2.1/catalog/datasets/${encodeURIComponent(dataset.id)}/exports/json`,
  );
  const codes =
    dataset.level === "EPCI" ? [...areas.sirens] : dataset.level === "DEPARTEMENT" ? [...areas.departements] : [];
  if (dataset.areaColumn) {
    if (!codes.length)
      throw new AppError(
        "INVALID_STATE",
        "Aucun territoire de la caisse n'a de SIREN d'EPCI : renseignez-le dans les paramètres du territoire.",
      );
    url.searchParams.set(
      "where",
      `${dataset.areaColumn.name} IN (${codes
        .sort()
        .map((c) => `"${c}"`)
        .join(", ")})`,
    );
  }
  url.searchParams.set(
    "order_by",
    [dataset.yearColumn.name, ...(dataset.areaColumn ? [dataset.areaColumn.name] : [])].join(", "),
  );
  return url.toString();
}

const unreachable = (detail: string) =>
  new AppError(
    "INVALID_STATE",
    `Le portail des données ouvertes de la Cnaf n'a pas répondu (${detail}) : rien n'a été modifié. Réessayez plus tard, ou importez un fichier téléchargé depuis data.caf.fr.`,
  );

/** The export's bytes; AppError (French, nothing written) when the portal is unreachable, slow or answers an error. */
export async function fetchFromPortal(
  baseUrl: string,
  dataset: DatasetLayout,
  areas: CaisseAreas,
  timeoutMs = PORTAL_TIMEOUT_MS,
): Promise<{ bytes: Uint8Array; fileName: string; fetchedAt: Date }> {
  const url = portalExportUrl(baseUrl, dataset, areas);
  const fetchedAt = new Date();
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" }, redirect: "follow" });
  } catch (error) {
    throw unreachable(
      error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")
        ? `pas de réponse en ${Math.round(timeoutMs / 1000)} secondes`
        : "serveur injoignable",
    );
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw unreachable(
      response.status === 404 ? `jeu de données « ${dataset.id} » introuvable` : `erreur HTTP ${response.status}`,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_OPEN_DATA_FILE_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new AppError("TOO_LARGE", "La réponse du portail est trop volumineuse.");
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreachable("réponse interrompue");
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, fileName: `${dataset.id}.json`, fetchedAt };
}
