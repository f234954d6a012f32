// The pieces of the people page of a caisse (app/(app)/caisses/[caisse]/utilisateurs): a person with their roles
// and the actions on them, the pending invitations, the invitation form.
import { ActionButton } from "@/components/action-button";
import { ActionForm, type FormField } from "@/components/action-form";
import { Badge } from "@/components/ui/badge";
import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/format";
import { roleLabels } from "@/lib/labels";
import {
  changeMembershipAction,
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
  removeMembershipAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/lib/users/actions";
import type { CaissePeople } from "@/lib/users/queries";
import { ROLE_VALUES } from "@/lib/users/schemas";
import { ofName } from "@/lib/typography";

type Options = { territories: { id: string; name: string }[]; organisations: { id: string; name: string }[] };

function roleFields(
  options: Options,
  current?: { role: string; territoryId: string | null; organisationId: string | null },
): FormField[] {
  return [
    {
      name: "role",
      label: "Rôle",
      type: "select",
      required: true,
      defaultValue: current?.role ?? "EPCI_STAFF",
      options: ROLE_VALUES.map((role) => ({ value: role, label: roleLabels[role] })),
    },
    {
      name: "territoryId",
      label: "Territoire",
      type: "select",
      hint: "Pour un agent EPCI, un contributeur pilote ou un membre du copil. Les rôles de caisse valent pour toute la caisse.",
      defaultValue: current?.territoryId ?? "",
      options: [
        { value: "", label: "— Toute la caisse —" },
        ...options.territories.map((t) => ({ value: t.id, label: t.name })),
      ],
    },
    {
      name: "organisationId",
      label: "Organisation",
      type: "select",
      hint: "Pour un contributeur pilote : l'organisation dont il pilote les fiches.",
      defaultValue: current?.organisationId ?? "",
      options: [
        { value: "", label: "— Aucune —" },
        ...options.organisations.map((o) => ({ value: o.id, label: o.name })),
      ],
    },
  ];
}

export function InviteForm({ caisseId, ...options }: { caisseId: string } & Options) {
  return (
    <ActionForm
      action={inviteUserAction}
      hidden={{ caisseId }}
      title="Inviter une personne"
      submitLabel="Envoyer l'invitation"
      successMessage="Invitation envoyée."
      resetOnSuccess
      fields={[
        { name: "name", label: "Nom et prénom", required: true, maxLength: 200 },
        { name: "email", label: "Adresse électronique", required: true, maxLength: 254 },
        ...roleFields(options),
      ]}
    />
  );
}

export function PersonCard({
  caisseId,
  person,
  ...options
}: { caisseId: string; person: CaissePeople["people"][number] } & Options) {
  return (
    <li className="rounded border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">
          {person.name}
          {person.isSelf ? <span className="text-sm font-normal text-slate-700"> (vous)</span> : null}
        </h3>
        {person.active ? <Badge tone="success">Actif</Badge> : <Badge tone="danger">Désactivé</Badge>}
      </div>
      <p className="text-sm break-all text-slate-700">{person.email}</p>
      <p className="text-sm text-slate-700">
        Dernière connexion : {person.lastLoginAt ? formatDateTime(person.lastLoginAt) : "jamais"}
      </p>
      <h4 className="mt-3 text-sm font-semibold">Rôles</h4>
      <ul className="mt-1 flex flex-col gap-2">
        {person.roles.map((role) => (
          <li key={role.id} className="rounded border border-slate-200 p-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {role.label} {role.suspended ? <Badge tone="warning">suspendu</Badge> : null}
              </span>
              <ActionButton
                action={removeMembershipAction}
                input={{ caisseId, membershipId: role.id }}
                label="Retirer ce rôle"
                ariaLabel={`Retirer le rôle « ${role.label} » ${ofName(person.name)}`}
                confirm={`Retirer le rôle « ${role.label} » ${ofName(person.name)} ?`}
                variant="secondary"
              />
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700 underline">Modifier ce rôle</summary>
              <div className="mt-2">
                <ActionForm
                  action={changeMembershipAction}
                  hidden={{ caisseId, membershipId: role.id, currentRole: role.role }}
                  title={`Modifier le rôle ${role.id}`}
                  submitLabel="Enregistrer le rôle"
                  fields={roleFields(options, role)}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <div className="mt-3">
        {person.active ? (
          <ActionButton
            action={deactivateUserAction}
            input={{ caisseId, userId: person.id }}
            label="Désactiver"
            ariaLabel={`Désactiver ${person.name}`}
            confirm={`Désactiver ${person.name} ? Son accès à la caisse prend fin à sa prochaine page.`}
            variant="danger"
          />
        ) : (
          <ActionButton
            action={reactivateUserAction}
            input={{ caisseId, userId: person.id }}
            label="Réactiver"
            ariaLabel={`Réactiver ${person.name}`}
          />
        )}
      </div>
    </li>
  );
}

export function InvitationsTable({
  caisseId,
  invitations,
}: {
  caisseId: string;
  invitations: CaissePeople["invitations"];
}) {
  if (invitations.length === 0) return <p className="mt-2 text-slate-700">Aucune invitation en attente.</p>;
  return (
    <Table caption="Invitations en attente" className="mt-2">
      <THead>
        <Th>Adresse</Th>
        <Th>Rôle</Th>
        <Th>Envoyée le</Th>
        <Th>Expire le</Th>
        <Th>Actions</Th>
      </THead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.id} className="border-b border-slate-200">
            <RowHeader>
              <span className="break-all">{invitation.email}</span>
              <span className="block text-slate-700">{invitation.name}</span>
            </RowHeader>
            <Td>{invitation.role}</Td>
            <Td>{formatDate(invitation.lastSentAt)}</Td>
            <Td>
              {formatDateTime(invitation.expiresAt)} {invitation.expired ? <Badge tone="warning">expirée</Badge> : null}
            </Td>
            <Td>
              <span className="flex flex-wrap gap-2">
                <ActionButton
                  action={resendInvitationAction}
                  input={{ caisseId, invitationId: invitation.id }}
                  label="Renvoyer"
                  ariaLabel={`Renvoyer l'invitation de ${invitation.email}`}
                />
                <ActionButton
                  action={revokeInvitationAction}
                  input={{ caisseId, invitationId: invitation.id }}
                  label="Annuler"
                  ariaLabel={`Annuler l'invitation de ${invitation.email}`}
                  confirm={`Annuler l'invitation de ${invitation.email} ? Son lien cessera de fonctionner.`}
                  variant="danger"
                />
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
