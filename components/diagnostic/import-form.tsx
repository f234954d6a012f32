"use client";
// The import of open-data files (or of the portal's rows): choose files and the extraction date, "Analyser" shows
// what would change, "Importer" sends the same files again with what the preview showed (the server writes only if
// nothing changed since). Errors are announced (role=alert), the preview takes the focus once shown.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import type { FilePreview, ImportResult } from "@/lib/diagnostic/import";
import { formatNumber } from "@/lib/format";
import { countOf } from "@/lib/typography";

type Refused = { fileName: string; message: string; errors: string[] };
type Analysis = { portal: boolean; fetchedAt: string | null; previews: FilePreview[]; refused: Refused[] };
const yearsText = (years: number[]) =>
  years.length === 0 ? "—" : years.length === 1 ? String(years[0]) : `${years[0]} à ${years[years.length - 1]}`;

export function DiagnosticImportForm({
  caisseId,
  today,
  portalDatasets,
}: {
  caisseId: string;
  today: string;
  /** Datasets offered for the portal fetch; empty when CAF_OPEN_DATA_URL is not set. */
  portalDatasets: { id: string; title: string }[];
}) {
  const router = useRouter();
  const base = `/caisses/${caisseId}/diagnostic`;
  const [files, setFiles] = useState<File[]>([]);
  const [datasetId, setDatasetId] = useState<string | null>(null);
  const [extractedAt, setExtractedAt] = useState(today);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [pending, setPending] = useState<"analyse" | "import" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [refusedOnImport, setRefusedOnImport] = useState<Refused[]>([]);
  const [done, setDone] = useState<ImportResult | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // Once shown, the preview (or the result) takes the focus: a screen reader reads it next.
  useEffect(() => {
    if (analysis) previewHeading.current?.focus();
  }, [analysis]);
  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);

  async function send(url: string, form: FormData) {
    const response = await fetch(url, { method: "POST", body: form });
    const json = response.headers.get("Content-Type")?.includes("application/json");
    return { response, body: json ? await response.json() : await response.text() };
  }

  async function analyse(source: { files: File[] } | { datasetId: string }) {
    setPending("analyse");
    setFailure(null);
    setAnalysis(null);
    setDone(null);
    setRefusedOnImport([]);
    const form = new FormData();
    if ("files" in source) source.files.forEach((f) => form.append("file", f));
    else form.set("datasetId", source.datasetId);
    try {
      const { response, body } = await send(`${base}/analyse`, form);
      if (!response.ok || typeof body === "string") {
        setFailure(typeof body === "string" && body ? body : "L'analyse a échoué. Réessayez.");
        return;
      }
      setAnalysis(body as Analysis);
      setDatasetId("datasetId" in source ? source.datasetId : null);
    } catch {
      setFailure("L'envoi a échoué (connexion interrompue ?). Réessayez.");
    } finally {
      setPending(null);
    }
  }

  async function confirm() {
    if (!analysis) return;
    setPending("import");
    setFailure(null);
    const form = new FormData();
    if (datasetId) form.set("datasetId", datasetId);
    else files.forEach((f) => form.append("file", f));
    form.set("extractedAt", extractedAt);
    form.set(
      "expected",
      JSON.stringify(
        analysis.previews.map((p) => ({ fingerprint: p.fingerprint, toAdd: p.toAdd, toUpdate: p.toUpdate })),
      ),
    );
    try {
      const { response, body } = await send(`${base}/importer`, form);
      if (response.ok && typeof body !== "string") {
        setDone(body as ImportResult);
        setAnalysis(null);
        router.refresh();
      } else if (typeof body !== "string" && body?.refused) {
        setRefusedOnImport(body.refused as Refused[]);
      } else {
        setFailure(typeof body === "string" && body ? body : "L'import a échoué : rien n'a été enregistré.");
      }
    } catch {
      setFailure("L'envoi a échoué (connexion interrompue ?) : rien n'a été enregistré. Réessayez.");
    } finally {
      setPending(null);
    }
  }

  const previews = analysis?.previews ?? [];
  const refused = [...(analysis?.refused ?? []), ...refusedOnImport];
  const blocking = previews.some((p) => p.blocking) || refused.length > 0;
  const changes = previews.reduce((n, p) => n + p.toAdd + p.toUpdate, 0);
  const canImport = analysis !== null && previews.length > 0 && !blocking && changes > 0;

  return (
    <div className="mt-4 flex flex-col gap-4">
      <form
        aria-label="Fichiers de données ouvertes"
        className="flex flex-col gap-4 rounded border border-slate-300 bg-white p-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!files.length) {
            setFailure("Choisissez au moins un fichier (CSV ou JSON).");
            return;
          }
          void analyse({ files });
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="fichiers-donnees" className="text-sm font-medium">
            Fichiers exportés de data.caf.fr (CSV ou JSON, plusieurs à la fois possible)
          </label>
          <input
            id="fichiers-donnees"
            type="file"
            name="file"
            multiple
            accept=".csv,.json,.jsonl,.txt,text/csv,application/json"
            className="max-w-full text-sm"
            aria-describedby="fichiers-aide"
            onChange={(event) => {
              setFiles(Array.from(event.currentTarget.files ?? []));
              setAnalysis(null);
              setDone(null);
            }}
          />
          <p id="fichiers-aide" className="text-sm text-slate-700">
            Export « CSV » ou « JSON » d&apos;un jeu de données (avec les noms de champs ou les libellés), 30 Mo au plus
            par envoi. Seules les lignes des territoires et départements de la caisse, et de la France, sont gardées.
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="date-extraction" className="text-sm font-medium">
            Date d&apos;extraction des données
          </label>
          <input
            id="date-extraction"
            type="date"
            name="extractedAt"
            value={extractedAt}
            max={today}
            onChange={(event) => setExtractedAt(event.currentTarget.value)}
            aria-describedby="date-extraction-aide"
            className="w-48 max-w-full rounded border border-slate-500 px-3 py-2"
          />
          <p id="date-extraction-aide" className="text-sm text-slate-700">
            Le jour du téléchargement sur le portail (aujourd&apos;hui par défaut) : elle accompagne les chiffres dans
            le diagnostic et l&apos;annexe.
          </p>
        </div>
        <div>
          <Button type="submit" disabled={pending !== null}>
            {pending === "analyse" ? "Analyse en cours…" : "Analyser"}
          </Button>
        </div>
      </form>

      {portalDatasets.length ? (
        <section aria-labelledby="portail" className="rounded border border-slate-300 bg-white p-4">
          <h2 id="portail" className="text-lg font-semibold">
            Récupérer depuis le portail
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Les lignes de la caisse sont demandées au portail de la Cnaf, puis présentées de la même façon avant
            l&apos;import.
          </p>
          <ul className="mt-3 flex flex-col gap-2">
            {portalDatasets.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3">
                <Button
                  type="button"
                  variant="secondary"
                  disabled={pending !== null}
                  onClick={() => void analyse({ datasetId: d.id })}
                  aria-label={`Récupérer depuis data.caf.fr : ${d.title}`}
                >
                  Récupérer depuis data.caf.fr
                </Button>
                <span className="text-sm">
                  {d.title} <span className="text-slate-600">({d.id})</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {failure ? <Alert>{failure}</Alert> : null}

      {refused.map((r) => (
        <div
          key={r.fileName}
          role="alert"
          className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900"
        >
          <p>
            <strong>{r.fileName}</strong> : {r.message}
          </p>
          {r.errors.length ? (
            <ul className="mt-2 list-disc pl-5">
              {r.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}

      {analysis && previews.length ? (
        <section aria-labelledby="apercu" className="flex flex-col gap-3">
          <h2 id="apercu" ref={previewHeading} tabIndex={-1} className="text-xl font-semibold">
            Aperçu de l&apos;import{analysis.portal ? " (portail data.caf.fr)" : ""}
          </h2>
          <Table caption="Ce que l'import changerait, par fichier" tableClassName="wrap-normal">
            <THead>
              <Th>Jeu de données</Th>
              <Th>Fichier</Th>
              <Th>Années</Th>
              <Th align="right">À ajouter</Th>
              <Th align="right">À mettre à jour</Th>
              <Th align="right">Inchangées</Th>
              <Th align="right">Lignes ignorées</Th>
            </THead>
            <tbody>
              {previews.map((p) => (
                <Tr key={p.fingerprint + p.datasetId}>
                  <RowHeader>
                    {p.title} <span className="font-normal text-slate-600">({p.datasetId})</span>
                  </RowHeader>
                  <Td className="wrap-anywhere">{p.fileName}</Td>
                  <Td>{yearsText(p.years)}</Td>
                  <Td align="right">{formatNumber(p.toAdd)}</Td>
                  <Td align="right">{formatNumber(p.toUpdate)}</Td>
                  <Td align="right">{formatNumber(p.unchanged)}</Td>
                  <Td align="right">{formatNumber(p.ignored + p.otherMonths)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <ul className="flex flex-col gap-2 text-sm">
            {previews.map((p) => (
              <li key={p.datasetId} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-medium">{p.fileName}</p>
                {p.blocking ? (
                  <p role="alert" className="text-red-800">
                    {p.blocking}
                  </p>
                ) : null}
                <p>
                  Valeurs lues : {countOf(p.toAdd + p.toUpdate + p.unchanged, "valeur")} de{" "}
                  {p.areas.map((a) => `${a.name} (${a.code})`).join(", ") || "aucune zone de la caisse"}.
                  {p.ignored ? ` ${countOf(p.ignored, "ligne")} d'autres territoires ignorée(s).` : ""}
                  {p.otherMonths ? ` ${countOf(p.otherMonths, "ligne mensuelle")} hors décembre écartée(s).` : ""}
                </p>
                {p.territoriesFound.length ? (
                  <p>Territoires trouvés : {p.territoriesFound.map((t) => t.name).join(", ")}.</p>
                ) : null}
                {p.territoriesMissing.length ? (
                  <p className="text-amber-900">
                    Absents du fichier :{" "}
                    {p.territoriesMissing
                      .map((t) => (t.siren ? `${t.name} (SIREN ${t.siren})` : `${t.name} (sans SIREN)`))
                      .join(", ")}
                    .
                  </p>
                ) : null}
                {p.departementsMissing.length ? (
                  <p className="text-amber-900">
                    Départements absents du fichier : {p.departementsMissing.join(", ")}.
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {!blocking && changes === 0 ? (
            <Alert tone="info">Rien à importer : les valeurs de la caisse sont déjà à jour.</Alert>
          ) : null}
          <div>
            <Button type="button" onClick={() => void confirm()} disabled={!canImport || pending !== null}>
              {pending === "import" ? "Import en cours…" : "Importer"}
            </Button>
          </div>
        </section>
      ) : null}

      {done ? (
        <div ref={resultRef} tabIndex={-1}>
          <Alert tone="success">
            Import réussi :{" "}
            {countOf(
              done.imports.reduce((n, i) => n + i.added, 0),
              "valeur ajoutée",
              "valeurs ajoutées",
            )}
            ,{" "}
            {countOf(
              done.imports.reduce((n, i) => n + i.updated, 0),
              "mise à jour",
              "mises à jour",
            )}{" "}
            ; {countOf(done.territoriesUpdated, "territoire actualisé", "territoires actualisés")}
            {done.indicatorsUpdated
              ? `, ${countOf(done.indicatorsUpdated, "indicateur lié mis à jour", "indicateurs liés mis à jour")}`
              : ""}
            .
          </Alert>
        </div>
      ) : null}
    </div>
  );
}
