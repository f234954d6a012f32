import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requireOperatorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { listOutbox } from "@/lib/platform/queries";

export const metadata: Metadata = { title: "E-mails envoyés par la plateforme" };

const STATUS = {
  QUEUED: { label: "En attente d'envoi", tone: "info" },
  SENT: { label: "Envoyé", tone: "success" },
  FAILED: { label: "Échec", tone: "danger" },
} as const;

/** The text part with its links clickable (a newcomer without SMTP follows an invitation from here). */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 200);

export default async function EmailsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireOperatorForPage();
  const params = await searchParams;
  const to = single(params.destinataire)?.trim() || undefined;
  const after = single(params.apres) || undefined;
  const { messages, nextAfter } = await listOutbox(getDb(), actor, { to, after });
  return (
    <>
      <Breadcrumb items={[{ label: "Plateforme", href: "/plateforme" }, { label: "E-mails" }]} />
      <h1 className="mt-2 text-2xl font-semibold">E-mails envoyés par la plateforme</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Chaque e-mail est gardé ici, envoyé ou non : sans serveur SMTP configuré (SMTP_URL), suivez d&apos;ici le lien
        d&apos;une invitation. Les plus récents d&apos;abord.
      </p>
      <form method="get" aria-label="Filtrer les e-mails" className="mt-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          Destinataire (tout ou partie de l&apos;adresse)
          <input
            type="search"
            name="destinataire"
            defaultValue={to ?? ""}
            maxLength={200}
            className="mt-1 rounded border border-slate-500 px-2 py-2"
          />
        </label>
        <Button type="submit" variant="secondary">
          Filtrer
        </Button>
      </form>
      {messages.length === 0 ? <p className="mt-6">Aucun e-mail.</p> : null}
      <ul className="mt-6 flex flex-col gap-3">
        {messages.map((message) => (
          <li key={message.id} className="rounded border border-slate-300 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="font-medium">{message.subject}</h2>
              <Badge tone={STATUS[message.status].tone}>{STATUS[message.status].label}</Badge>
            </div>
            <p className="mt-1 text-sm text-slate-700">
              À <span className="font-medium text-slate-900">{message.to}</span> — créé le{" "}
              {formatDateTime(message.createdAt)}
              {message.sentAt ? `, envoyé le ${formatDateTime(message.sentAt)}` : ""}
              {message.error ? ` — ${message.error}` : ""}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700 underline">
                Lire le texte de l&apos;e-mail
              </summary>
              <TextWithLinks text={message.text} />
            </details>
          </li>
        ))}
      </ul>
      {nextAfter ? (
        <p className="mt-4">
          <Link
            href={`/plateforme/emails?${new URLSearchParams({ ...(to ? { destinataire: to } : {}), apres: nextAfter })}`}
            className="text-brand-700 underline"
          >
            E-mails plus anciens
          </Link>
        </p>
      ) : null}
    </>
  );
}
