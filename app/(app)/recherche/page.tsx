import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SearchForm } from "@/components/search-form";
import { requireActorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { excerptParts, search } from "@/lib/search/queries";
import { searchKindLabels, searchQuerySchema } from "@/lib/search/schemas";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Recherche" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  const raw = (await searchParams).q;
  const text = Array.isArray(raw) ? raw[0] : raw;
  const parsed = text === undefined ? null : searchQuerySchema.safeParse({ q: text });
  const results = parsed?.success ? await search(getDb(), actor, parsed.data.q) : null;
  const found = results?.groups.reduce((sum, group) => sum + group.total, 0) ?? 0;
  return (
    <>
      <h1 className="text-2xl font-semibold">Recherche</h1>
      <p className="mt-2 text-sm text-slate-700">
        Dans les conventions (titres et articles), les fiches-action, les indicateurs, les comptes rendus, les décisions
        et les organismes des territoires que vous suivez.
      </p>
      <SearchForm defaultValue={text ?? ""} className="mt-4" autoFocus={text === undefined} />
      <div className="mt-6" aria-live="polite">
        {parsed && !parsed.success ? <Alert>{parsed.error.issues[0]?.message}</Alert> : null}
        {results && !results.searchable ? (
          <Alert tone="info">Ces mots sont trop courants pour être cherchés : précisez votre recherche.</Alert>
        ) : null}
        {results?.searchable ? (
          <p role="status" className="font-medium">
            {found === 0
              ? `Aucun résultat pour « ${results.query} ».`
              : `${countOf(found, "résultat")} pour « ${results.query} ».`}
          </p>
        ) : null}
      </div>
      {results?.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`resultats-${group.kind}`} className="mt-6">
          <h2 id={`resultats-${group.kind}`} className="text-lg font-semibold">
            {searchKindLabels[group.kind]}{" "}
            <span className="text-base font-normal text-slate-700">
              ({group.total > group.hits.length ? `${group.hits.length} premiers sur ${group.total}` : group.total})
            </span>
          </h2>
          <ul className="mt-2 space-y-3">
            {group.hits.map((hit) => (
              <li key={hit.id} className="rounded border border-slate-300 bg-white p-3">
                <p className="font-medium">
                  {hit.href ? (
                    <Link href={hit.href} className="text-brand-700 underline">
                      {hit.title}
                    </Link>
                  ) : (
                    hit.title
                  )}
                </p>
                <p className="text-sm text-slate-700">
                  {[hit.territory?.name, hit.context].filter(Boolean).join(" · ") || "Organisme de la caisse"}
                </p>
                {hit.excerpt ? (
                  <p className="mt-1 text-sm break-words">
                    {excerptParts(hit.excerpt).map((part, index) =>
                      part.match ? (
                        <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
                          {part.text}
                        </mark>
                      ) : (
                        <span key={index}>{part.text}</span>
                      ),
                    )}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
