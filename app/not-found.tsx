import Link from "next/link";

export default function NotFound() {
  return (
    <main id="contenu" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">Page introuvable</h1>
      <p className="mt-4 text-slate-700">Cette page n&apos;existe pas ou vous n&apos;y avez pas accès.</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          Retour à l&apos;accueil
        </Link>
      </p>
    </main>
  );
}
