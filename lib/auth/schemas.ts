import { cleanString, z } from "../zod-fr";
import { COMMON_PASSWORDS } from "./common-passwords";

// The password policy, in one place: 12 to 128 characters (Unicode code points, after NFC normalisation), not one
// of the most common passwords, not containing the local part of the account's email. Login accepts any length up
// to 128, so that passwords chosen before the policy still work.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
const codePoints = (value: string) => [...value].length;

/** A new password, NFC-normalised: length and common passwords (the email check needs the email: below). */
export const newPasswordSchema = cleanString("Mot de passe")
  .transform((value) => value.normalize("NFC"))
  .refine(
    (value) => codePoints(value) >= PASSWORD_MIN,
    `Le mot de passe doit compter au moins ${PASSWORD_MIN} caractères.`,
  )
  .refine(
    (value) => codePoints(value) <= PASSWORD_MAX,
    `Le mot de passe doit compter au plus ${PASSWORD_MAX} caractères.`,
  )
  .refine(
    (value) => !COMMON_PASSWORDS.has(value.toLowerCase()),
    "Ce mot de passe fait partie des plus courants : choisissez-en un autre.",
  );

/** The rule that needs the account's email: a message when the password contains the email's local part. */
export function passwordEmailProblem(password: string, email: string): string | null {
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && password.normalize("NFC").toLowerCase().includes(local.normalize("NFC")))
    return "Le mot de passe ne doit pas contenir votre adresse électronique.";
  return null;
}

/** The whole policy for a known email, as one schema (used where the email is part of the input). */
export const passwordPolicySchema = z
  .object({ email: z.string(), password: newPasswordSchema })
  .superRefine((value, ctx) => {
    const problem = passwordEmailProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const loginSchema = z.object({
  email: z
    .string({ error: "Saisissez votre adresse électronique." })
    .trim()
    .min(1, "Saisissez votre adresse électronique.")
    .max(254, "L'adresse électronique est trop longue.")
    .email("L'adresse électronique n'est pas valide.")
    .transform((value) => value.toLowerCase()),
  password: z
    .string({ error: "Saisissez votre mot de passe." })
    .min(1, "Saisissez votre mot de passe.")
    // Any length up to the policy's maximum: passwords chosen before the policy still log in.
    .refine((value) => codePoints(value) <= PASSWORD_MAX, "Le mot de passe est trop long."),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** Codes passed from authorize() to the login page through next-auth's `error` value. */
export const LOGIN_ERRORS = {
  CredentialsSignin: "Adresse électronique ou mot de passe incorrect.",
  THROTTLED: "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
  INVALID_INPUT: "Adresse électronique ou mot de passe incorrect.",
} as const;
