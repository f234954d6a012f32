"use client";

import { useState } from "react";
import { Button } from "../ui/button";

/**
 * Downloads a PDF with visible progress: a draft whose newest version the worker is still rendering makes the
 * server wait for it (lib/pdf-store/download.ts), "Génération du PDF en cours…" meanwhile.
 */
export function PdfDownloadButton({ href, label, fileName }: { href: string; label: string; fileName: string }) {
  const [state, setState] = useState<{
    phase: "idle" | "waiting" | "receiving" | "done" | "error";
    received: number;
    total: number | null;
    message?: string;
  }>({ phase: "idle", received: 0, total: null });

  async function download() {
    setState({ phase: "waiting", received: 0, total: null });
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) {
        setState({
          phase: "error",
          received: 0,
          total: null,
          message:
            response.status === 404
              ? "Document introuvable."
              : response.status === 503
                ? await response.text() // the server's French explanation: the PDF is not ready yet
                : "La génération du PDF a échoué. Réessayez.",
        });
        return;
      }
      const total = Number(response.headers.get("Content-Length")) || null;
      const reader = response.body.getReader();
      const chunks: BlobPart[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState({ phase: "receiving", received, total });
      }
      const type = response.headers.get("Content-Type") ?? "application/pdf"; // a signed DOCX original too
      const url = URL.createObjectURL(new Blob(chunks, { type }));
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ phase: "done", received, total });
    } catch {
      setState({ phase: "error", received: 0, total: null, message: "La génération du PDF a échoué. Réessayez." });
    }
  }

  const busy = state.phase === "waiting" || state.phase === "receiving";
  const percent = state.total ? Math.round((state.received / state.total) * 100) : null;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button type="button" onClick={download} disabled={busy}>
        {label}
      </Button>
      <div aria-live="polite" className="text-sm text-slate-700">
        {state.phase === "waiting" ? "Génération du PDF en cours…" : null}
        {state.phase === "receiving" ? (
          <span className="flex items-center gap-2">
            Téléchargement
            <progress
              max={100}
              value={percent ?? undefined}
              aria-label="Progression du téléchargement"
              className="h-2 w-32"
            />
            {percent != null ? `${percent} %` : `${Math.round(state.received / 1024)} Ko`}
          </span>
        ) : null}
        {state.phase === "done" ? "PDF téléchargé." : null}
        {state.phase === "error" ? (
          <span role="alert" className="text-red-800">
            {state.message}
          </span>
        ) : null}
      </div>
    </div>
  );
}
