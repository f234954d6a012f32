import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireActorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { getPreferences } from "@/lib/notifications/centre";
import { DELIVERIES, deliveryLabels, FAMILIES, familyLabels } from "@/lib/notifications/families";

export const metadata: Metadata = { title: "Préférences de notification" };

const deliveryOptions = DELIVERIES.map((value) => ({ value, label: deliveryLabels[value] }));
const hourOptions = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: `${String(hour).padStart(2, "0")} h 00`,
}));

export default async function NotificationPreferencesPage() {
  const actor = await requireActorForPage();
  const preferences = await getPreferences(getDb(), actor);
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: "Notifications", href: "/notifications" },
          { label: "Préférences" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Préférences de notification</h1>
      <p className="mt-1 text-slate-700">
        Pour chaque famille d&apos;événements, choisissez comment être prévenu(e). Les convocations aux comités (avec
        leur invitation d&apos;agenda) sont toujours envoyées par e-mail.
      </p>
      <section aria-labelledby="preferences" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="preferences" className="mb-3 text-xl font-semibold">
          Mes préférences
        </h2>
        <ActionForm
          action={saveNotificationPreferencesAction}
          hidden={{}}
          title="Préférences de notification"
          submitLabel="Enregistrer les préférences"
          successMessage="Préférences enregistrées."
          fields={[
            ...FAMILIES.map((family) => ({
              name: family,
              label: familyLabels[family],
              type: "select" as const,
              options: deliveryOptions,
              defaultValue: preferences.deliveries[family],
              required: true,
            })),
            {
              name: "digestHour",
              label: "Heure du récapitulatif quotidien (heure de Paris)",
              type: "select" as const,
              options: hourOptions,
              defaultValue: String(preferences.digestHour),
              required: true,
            },
          ]}
        />
      </section>
    </>
  );
}
