import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { RichTextView } from "@/components/conventions/rich-text-view";
import type { DiagnosticTheme } from "@/lib/db/generated/enums";
import { addDiagnosticContributionAction, deleteDiagnosticContributionAction } from "@/lib/diagnostic/finding-actions";
import { CONTRIBUTION_MAX_LENGTH } from "@/lib/diagnostic/finding-schemas";
import type { DiagnosticContributionView } from "@/lib/diagnostic/page-data";

/** The partners' contributions to one theme, signed and dated, and the form to add one. */
export function Contributions({
  territoryId,
  theme,
  themeTitle,
  contributions,
  canContribute,
}: {
  territoryId: string;
  theme: DiagnosticTheme;
  themeTitle: string;
  contributions: DiagnosticContributionView[];
  canContribute: boolean;
}) {
  return (
    <>
      {contributions.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune contribution pour l&apos;instant.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3">
          {contributions.map((c) => (
            <li key={c.id} className="rounded border border-slate-300 bg-white p-3">
              <article aria-label={`Contribution de ${c.authorName}`}>
                <p className="text-sm text-slate-700">
                  <span className="font-medium text-slate-900">{c.authorName}</span>
                  {c.organisationName ? ` — ${c.organisationName}` : ""}, le {c.createdAt}
                </p>
                <RichTextView html={c.body} />
                {c.mayDelete ? (
                  <div className="mt-2">
                    <ActionButton
                      action={deleteDiagnosticContributionAction}
                      input={{ contributionId: c.id }}
                      label="Retirer"
                      ariaLabel={`Retirer la contribution de ${c.authorName} du ${c.createdAt}`}
                      confirm="Retirer cette contribution ?"
                    />
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
      {canContribute ? (
        <div className="mt-4">
          <ActionForm
            action={addDiagnosticContributionAction}
            hidden={{ territoryId, theme }}
            fields={[
              {
                name: "body",
                label: `Votre contribution : ${themeTitle}`,
                type: "textarea",
                hint: `Constats de votre organisation, besoins repérés, actions en cours (${CONTRIBUTION_MAX_LENGTH.toLocaleString("fr-FR")} caractères au plus).`,
                maxLength: CONTRIBUTION_MAX_LENGTH,
                required: true,
              },
            ]}
            submitLabel="Ajouter la contribution"
            title={`Contribuer : ${themeTitle}`}
            successMessage="Contribution ajoutée."
            resetOnSuccess
          />
        </div>
      ) : null}
    </>
  );
}
