import { z } from "../zod-fr";

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
    .max(200, "Le mot de passe est trop long."),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** Codes passed from authorize() to the login page through next-auth's `error` value. */
export const LOGIN_ERRORS = {
  CredentialsSignin: "Adresse électronique ou mot de passe incorrect.",
  THROTTLED: "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
  INVALID_INPUT: "Adresse électronique ou mot de passe incorrect.",
} as const;
