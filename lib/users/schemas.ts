import { idSchema } from "../territories/schemas";
import { text, z } from "../zod-fr";

export const ROLE_VALUES = [
  "CAISSE_ADMIN",
  "COOPERATION_OFFICER",
  "EPCI_STAFF",
  "PILOT_CONTRIBUTOR",
  "COPIL_MEMBER",
] as const;
const CAISSE_WIDE = ["CAISSE_ADMIN", "COOPERATION_OFFICER"];

export const emailSchema = z
  .string({ error: "Saisissez une adresse électronique." })
  .trim()
  .min(1, "Saisissez une adresse électronique.")
  .max(254, "L'adresse électronique est trop longue.")
  .email("L'adresse électronique n'est pas valide.")
  .transform((value) => value.toLowerCase());

const optionalId = z
  .union([idSchema, z.literal(""), z.null()])
  .optional()
  .transform((value) => value || null);

/**
 * A role and its scope: caisse-wide for caisse admins and cooperation officers; a territory of the caisse for
 * EPCI staff and copil members; a territory and an organisation for pilot contributors. Whether the territory and
 * the organisation belong to the caisse is checked against the database (lib/users/scope-check.ts).
 */
const roleScope = {
  role: z.enum(ROLE_VALUES, { error: "Choisissez un rôle." }),
  territoryId: optionalId,
  organisationId: optionalId,
};
type RoleScope = { role: string; territoryId: string | null; organisationId: string | null };
function checkRoleScope(value: RoleScope, ctx: z.RefinementCtx) {
  const caisseWide = CAISSE_WIDE.includes(value.role);
  if (!caisseWide && !value.territoryId)
    ctx.addIssue({ code: "custom", path: ["territoryId"], message: "Choisissez le territoire de ce rôle." });
  if (value.role === "PILOT_CONTRIBUTOR" && !value.organisationId)
    ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Choisissez l'organisation du contributeur." });
}
/** Caisse-wide roles drop a territory sent with them; only pilot contributors keep an organisation. */
const normaliseScope = <T extends RoleScope>(value: T): T => ({
  ...value,
  territoryId: CAISSE_WIDE.includes(value.role) ? null : value.territoryId,
  organisationId: value.role === "PILOT_CONTRIBUTOR" ? value.organisationId : null,
});

export const inviteUserSchema = z
  .object({
    caisseId: idSchema,
    name: text("Nom", 200),
    email: emailSchema,
    ...roleScope,
  })
  .superRefine(checkRoleScope)
  .transform(normaliseScope);
export type InviteUserData = z.output<typeof inviteUserSchema>;

export const invitationRefSchema = z.object({ caisseId: idSchema, invitationId: idSchema });
export type InvitationRef = z.output<typeof invitationRefSchema>;

/** A role held by someone, as the form saw it (`current…`): a role changed meanwhile is a conflict, not overwritten. */
export const changeMembershipSchema = z
  .object({
    caisseId: idSchema,
    membershipId: idSchema,
    currentRole: z.enum(ROLE_VALUES),
    ...roleScope,
  })
  .superRefine(checkRoleScope)
  .transform(normaliseScope);
export type ChangeMembershipData = z.output<typeof changeMembershipSchema>;

export const membershipRefSchema = z.object({ caisseId: idSchema, membershipId: idSchema });
export type MembershipRef = z.output<typeof membershipRefSchema>;

export const userRefSchema = z.object({ caisseId: idSchema, userId: idSchema });
export type UserRef = z.output<typeof userRefSchema>;
