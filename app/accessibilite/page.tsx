import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Accessibilité" };

/** The accessibility statement: public, identical for everyone (rendered per request for the CSP nonce). */
export default function AccessibilityPage() {
  return (
    <main id="contenu" className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">Déclaration d&apos;accessibilité</h1>
      <p className="mt-4">
        La plateforme des conventions territoriales globales s&apos;engage à rendre ses services accessibles
        conformément à l&apos;article 47 de la loi n° 2005-102 du 11 février 2005. Elle vise la conformité au
        référentiel général d&apos;amélioration de l&apos;accessibilité (RGAA), qui reprend les critères de niveau AA
        des WCAG 2.1.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Ce qui est vérifié</h2>
      <ul className="mt-2 list-disc pl-6">
        <li>Chaque page est contrôlée automatiquement (axe-core) lors des tests de bout en bout.</li>
        <li>
          Toutes les pages s&apos;utilisent au clavier ; les formulaires indiquent leurs erreurs en toutes lettres à
          côté des champs.
        </li>
        <li>
          Chaque graphique a une alternative textuelle et ses chiffres sont donnés dans un tableau ; les séries se
          distinguent par leur motif, pas seulement par leur couleur.
        </li>
      </ul>
      <h2 className="mt-6 text-xl font-semibold">Signaler un défaut</h2>
      <p className="mt-2">
        Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez le chargé ou la chargée de coopération
        de votre caisse, qui vous transmettra l&apos;information sous une forme accessible.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          Retour à l&apos;accueil
        </Link>
      </p>
    </main>
  );
}
