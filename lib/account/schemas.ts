import { newPasswordSchema } from "../auth/schemas";
import { SECRET_TOKEN_PATTERN } from "../auth/tokens";
import { emailSchema } from "../users/schemas";
import { cleanString, text, z } from "../zod-fr";

export const nameSchema = text("Nom", 200, 2);

/** A link's token: anything not shaped like one is refused before any lookup (one message for all bad links). */
const tokenSchema = z.string().regex(SECRET_TOKEN_PATTERN, "Ce lien n'est pas valable.");

const withConfirmation = <T extends { password: string; confirmation: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.confirmation.normalize("NFC"))
    ctx.addIssue({ code: "custom", path: ["confirmation"], message: "Les deux mots de passe ne sont pas identiques." });
};
const confirmation = cleanString("Confirmation").max(1024, "La confirmation est trop longue.");

export const updateNameSchema = z.object({ name: nameSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Saisissez votre mot de passe actuel." })
      .min(1, "Saisissez votre mot de passe actuel.")
      .max(1024, "Le mot de passe est trop long."),
    password: newPasswordSchema,
    confirmation,
  })
  .superRefine(withConfirmation);
export type ChangePasswordData = z.output<typeof changePasswordSchema>;

export const signOutEverywhereSchema = z.object({});

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({ token: tokenSchema, password: newPasswordSchema, confirmation })
  .superRefine(withConfirmation);
export type ResetPasswordData = z.output<typeof resetPasswordSchema>;

export const acceptInvitationWithAccountSchema = z
  .object({ token: tokenSchema, name: nameSchema, password: newPasswordSchema, confirmation })
  .superRefine(withConfirmation);
export type AcceptInvitationWithAccountData = z.output<typeof acceptInvitationWithAccountSchema>;

export const acceptInvitationSchema = z.object({ token: tokenSchema });
