"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { LOGIN_ERRORS, loginSchema } from "@/lib/auth/schemas";

type FieldErrors = { email?: string; password?: string };

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(
    initialError ? (LOGIN_ERRORS[initialError as keyof typeof LOGIN_ERRORS] ?? LOGIN_ERRORS.CredentialsSignin) : null,
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = loginSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const flat = parsed.error.flatten().fieldErrors;
      setFieldErrors({ email: flat.email?.[0], password: flat.password?.[0] });
      setError(null);
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(
        LOGIN_ERRORS[(result?.error ?? "CredentialsSignin") as keyof typeof LOGIN_ERRORS] ??
          LOGIN_ERRORS.CredentialsSignin,
      );
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-8 flex flex-col gap-5" aria-label="Connexion">
      {error ? <Alert>{error}</Alert> : null}
      <Field
        label="Adresse électronique"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        error={fieldErrors.email}
      />
      <Field
        label="Mot de passe"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={128}
        error={fieldErrors.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Connexion en cours…" : "Se connecter"}
      </Button>
    </form>
  );
}
