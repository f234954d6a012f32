import type { Metadata } from "next";
import Link from "next/link";
import { requireActorForPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Aide" };

const steps: { title: string; who: string; body: React.ReactNode }[] = [
  {
    title: "1. Le diagnostic partagé",
    who: "Caisse et intercommunalité",
    body: (
      <>
        La CTG part d&apos;un portrait des familles du territoire et des services qui leur sont offerts (petite enfance,
        jeunesse, parentalité, accès aux droits…). Dans <strong>Diagnostic</strong>, chaque thème présente les données
        ouvertes de la Cnaf de l&apos;intercommunalité à côté de son département et de la France (graphiques, tableaux
        et sources), les constats rédigés par la caisse et les contributions des partenaires, que chacun peut ajouter.
        Il devient l&apos;annexe 3 de la convention et fonde les axes du plan d&apos;actions.
      </>
    ),
  },
  {
    title: "2. La rédaction du projet de convention",
    who: "Chargé(e) de coopération de la caisse",
    body: (
      <>
        Dans <strong>Conventions</strong>, créez un brouillon à partir du modèle ou en renouvelant la convention
        précédente, ou importez un document Word. Rédigez les visas, le préambule et les articles ; les champs liés
        (territoire, dates, lieu, nombre d&apos;exemplaires) se mettent à jour seuls. Ajoutez les signataires et les
        annexes. Chaque enregistrement crée une version : l&apos;historique compare les versions mot à mot, et deux
        personnes qui modifient le même article en même temps sont averties au lieu de s&apos;écraser.
      </>
    ),
  },
  {
    title: "3. La concertation puis la validation",
    who: "Chargé(e) de coopération, partenaires",
    body: (
      <>
        Passez le projet « en concertation » pour le partager, puis « validée » quand le texte est arrêté : il ne se
        modifie plus. La page <strong>Vérifier</strong> liste ce qui manque avant la signature (signataires, lieu,
        champs non renseignés, délibérations).
      </>
    ),
  },
  {
    title: "4. Les délibérations et la signature",
    who: "Chargé(e) de coopération",
    body: (
      <>
        Chaque assemblée délibérante approuve le texte et autorise son exécutif à signer : enregistrez sa délibération
        (séance, votes, transmission en préfecture) sur la page des signataires, puis la signature de chacun. Quand tous
        ont signé, la convention est scellée : son PDF est figé avec son empreinte et elle ne change plus. Toute
        modification ultérieure passe par un <strong>avenant</strong> numéroté, approuvé de la même façon.
      </>
    ),
  },
  {
    title: "5. Le plan d'actions",
    who: "Agents de l'intercommunalité, pilotes des fiches",
    body: (
      <>
        Dans <strong>Plan d&apos;actions</strong>, chaque fiche-action a un pilote, un statut, des étapes, des
        indicateurs avec leurs valeurs annuelles, un budget prévu et réalisé par financeur, et des notes de suivi. Un
        pilote ne modifie que les fiches de son organisme. Le plan s&apos;exporte et s&apos;importe en Excel.
      </>
    ),
  },
  {
    title: "6. Le comité de pilotage",
    who: "Membres du copil, chargé(e)s de coopération",
    body: (
      <>
        Dans <strong>Réunions et décisions</strong>, planifiez les comités de pilotage et comités techniques, convoquez
        les membres, examinez les fiches, publiez le compte rendu et suivez les décisions jusqu&apos;à leur échéance. Le{" "}
        <strong>Tableau de bord</strong> montre l&apos;avancement du plan, les indicateurs, le budget et les équipements
        financés ; le bilan annuel s&apos;en télécharge en PDF.
      </>
    ),
  },
  {
    title: "7. Le renouvellement",
    who: "Chargé(e) de coopération",
    body: (
      <>
        À l&apos;échéance (4 ou 5 ans), la convention expire d&apos;elle-même le lendemain de sa date de fin. Préparez
        la suivante en créant un brouillon qui renouvelle la convention : la nouvelle édition reprend son texte, ses
        signataires, ses annexes et son plan d&apos;actions, avec la période qui suit.
      </>
    ),
  },
];

export default async function HelpPage() {
  await requireActorForPage();
  return (
    <>
      <h1 className="text-2xl font-semibold">Aide : la convention territoriale globale, pas à pas</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Une convention territoriale globale (CTG) est signée pour quatre ou cinq ans entre la caisse (CAF, ou CCSS en
        Lozère), une intercommunalité et ses partenaires. Voici comment la plateforme accompagne chaque étape.
      </p>
      <ol className="mt-6 space-y-4">
        {steps.map((step) => (
          <li key={step.title} className="rounded border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-semibold">{step.title}</h2>
            <p className="text-sm text-slate-700">{step.who}</p>
            <p className="mt-2 max-w-3xl">{step.body}</p>
          </li>
        ))}
      </ol>
      <h2 className="mt-8 text-xl font-semibold">Trouver et se repérer</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6">
        <li>
          La{" "}
          <Link href="/recherche" className="text-brand-700 underline">
            recherche
          </Link>{" "}
          de l&apos;en-tête parcourt les conventions, les fiches-action, les indicateurs, les comptes rendus, les
          décisions et les organismes de vos territoires.
        </li>
        <li>
          Dans un territoire, la barre de navigation mène à chaque rubrique ; au clavier, le lien « Aller à la
          navigation du territoire » est le deuxième arrêt de la touche Tab.
        </li>
        <li>Vous ne voyez que les actions que votre rôle permet : un membre du copil consulte sans modifier.</li>
      </ul>
    </>
  );
}
