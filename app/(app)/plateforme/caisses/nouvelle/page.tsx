import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireOperatorForPage } from "@/lib/auth/session";
import { departements } from "@/lib/geo/decoupage";
import { CreateCaisseForm } from "./create-caisse-form";

export const metadata: Metadata = { title: "Ouvrir une caisse" };

export default async function NewCaissePage() {
  await requireOperatorForPage();
  return (
    <>
      <Breadcrumb items={[{ label: "Plateforme", href: "/plateforme" }, { label: "Ouvrir une caisse" }]} />
      <h1 className="mt-2 text-2xl font-semibold">Ouvrir une caisse</h1>
      <p className="mt-1 max-w-2xl text-slate-700">
        La caisse est créée avec son premier administrateur, invité par e-mail : il pourra ensuite créer les territoires
        et inviter ses collègues.
      </p>
      <CreateCaisseForm departements={departements()} />
    </>
  );
}
