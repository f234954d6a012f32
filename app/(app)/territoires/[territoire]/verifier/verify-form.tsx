"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { verifyHashAction } from "@/lib/conventions/actions";
import { ofName } from "@/lib/typography";

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function VerifyForm({ territoryId }: { territoryId: string }) {
  const [hash, setHash] = useState("");
  const [dragging, setDragging] = useState(false);
  const { execute, result, isPending } = useAction(verifyHashAction);
  const hashError = (result.validationErrors as { fieldErrors?: { sha256?: string[] } } | undefined)?.fieldErrors
    ?.sha256?.[0];

  async function checkFile(file: File | undefined) {
    if (!file) return;
    const digest = await sha256Hex(file);
    setHash(digest);
    execute({ territoryId, sha256: digest });
  }

  const found = result.data;
  return (
    <div className="mt-6 flex max-w-2xl flex-col gap-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void checkFile(e.dataTransfer.files[0]);
        }}
        className={`rounded border-2 border-dashed p-6 ${dragging ? "border-brand-700 bg-blue-50" : "border-slate-500 bg-white"}`}
      >
        <label htmlFor="fichier-pdf" className="font-medium">
          Déposez le PDF ici, ou choisissez-le
        </label>
        <input
          id="fichier-pdf"
          type="file"
          accept="application/pdf,.pdf"
          className="mt-2 block"
          onChange={(e) => void checkFile(e.target.files?.[0])}
        />
      </div>
      <form
        aria-label="Vérification par empreinte"
        onSubmit={(e) => {
          e.preventDefault();
          execute({ territoryId, sha256: hash });
        }}
        className="flex flex-col gap-2"
      >
        <label htmlFor="empreinte" className="font-medium">
          Empreinte SHA-256
        </label>
        <input
          id="empreinte"
          value={hash}
          onChange={(e) => setHash(e.target.value)}
          aria-invalid={hashError ? true : undefined}
          aria-describedby={hashError ? "empreinte-erreur" : undefined}
          className="rounded border border-slate-500 px-3 py-2 font-mono text-sm"
        />
        {hashError ? (
          <p id="empreinte-erreur" className="text-sm text-red-800">
            {hashError}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={isPending}>
            Vérifier
          </Button>
        </div>
      </form>
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      {found ? (
        found.found ? (
          <Alert tone="success">
            Document authentique : {found.kind === "avenant" ? `avenant n° ${found.avenantNumber} à la ` : ""}«{" "}
            {found.title} » (CTG n° {found.edition}) {ofName(found.territoryName)}.{" "}
            <Link className="underline" href={`/territoires/${found.territorySlug}/conventions/${found.conventionId}`}>
              Ouvrir la convention
            </Link>
          </Alert>
        ) : (
          <Alert>
            Aucun document signé de vos territoires ne correspond à cette empreinte : le fichier a pu être modifié, ou
            il ne s&apos;agit pas d&apos;une version signée.
          </Alert>
        )
      ) : null}
    </div>
  );
}
