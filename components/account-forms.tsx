"use client";
// The forms of one's own account, of a password reset and of an invitation: client pieces, because each one does
// something after its action succeeds (sign in, go to the login page, sign out).
import { signIn, signOut } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ActionForm, type FormField } from "@/components/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  acceptInvitationAction,
  acceptInvitationWithAccountAction,
  changePasswordAction,
  requestPasswordResetAction,
  resetPasswordAction,
  signOutEverywhereAction,
} from "@/lib/account/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";

const POLICY_HINT = `Entre ${PASSWORD_MIN} et ${PASSWORD_MAX} caractères ; évitez les mots de passe courants et votre adresse électronique. Une phrase de plusieurs mots est une bonne idée.`;

const newPasswordFields: FormField[] = [
  {
    name: "password",
    label: "Nouveau mot de passe",
    type: "password",
    autoComplete: "new-password",
    required: true,
    hint: POLICY_HINT,
  },
  {
    name: "confirmation",
    label: "Confirmez le nouveau mot de passe",
    type: "password",
    autoComplete: "new-password",
    required: true,
  },
];

export function ChangePasswordForm() {
  return (
    <ActionForm
      action={changePasswordAction}
      hidden={{}}
      title="Changer de mot de passe"
      submitLabel="Changer le mot de passe"
      successMessage="Mot de passe changé. Vos autres sessions ont été fermées."
      resetOnSuccess
      fields={[
        {
          name: "currentPassword",
          label: "Mot de passe actuel",
          type: "password",
          autoComplete: "current-password",
          required: true,
        },
        ...newPasswordFields,
      ]}
    />
  );
}

export function SignOutEverywhereButton() {
  const { execute, result, isPending } = useAction(signOutEverywhereAction, {
    onSuccess: () => signOut({ callbackUrl: "/connexion" }),
  });
  return (
    <div className="flex flex-col gap-2">
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      <div>
        <Button type="button" variant="danger" disabled={isPending} onClick={() => execute({})}>
          {isPending ? "Déconnexion…" : "Se déconnecter de tous les appareils"}
        </Button>
      </div>
    </div>
  );
}

export function ForgotPasswordForm() {
  const [message, setMessage] = useState<string | null>(null);
  if (message)
    return (
      <div className="mt-6">
        <Alert tone="success">{message}</Alert>
      </div>
    );
  return (
    <div className="mt-6">
      <ActionForm
        action={requestPasswordResetAction}
        hidden={{}}
        title="Mot de passe oublié"
        submitLabel="Recevoir un lien"
        fields={[
          { name: "email", label: "Adresse électronique", type: "email", autoComplete: "email", required: true },
        ]}
        onSuccess={(data) => setMessage((data as { message: string }).message)}
      />
    </div>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={resetPasswordAction}
      hidden={{ token }}
      title="Choisir un nouveau mot de passe"
      submitLabel="Enregistrer le mot de passe"
      fields={newPasswordFields}
      onSuccess={() => router.replace("/connexion?reinitialise=1")}
    />
  );
}

/** A newcomer: their name, a password; then the account exists and they are signed in through the login path. */
export function AcceptWithAccountForm({ token, email, name }: { token: string; email: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // The password just sent, for the sign-in that follows the account's creation (never stored anywhere else).
  const password = useRef("");
  return (
    <div
      onSubmitCapture={(event) => {
        password.current = String(new FormData(event.target as HTMLFormElement).get("password") ?? "");
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      <ActionForm
        action={acceptInvitationWithAccountAction}
        hidden={{ token }}
        title="Créer mon compte"
        submitLabel="Créer mon compte et accepter"
        fields={[
          { name: "name", label: "Nom et prénom", required: true, defaultValue: name, autoComplete: "name" },
          ...newPasswordFields.map((field) =>
            field.name === "password" ? { ...field, label: "Mot de passe" } : field,
          ),
        ]}
        onSuccess={async (data) => {
          const { landing } = data as { landing: string };
          const result = await signIn("credentials", { email, password: password.current, redirect: false });
          password.current = "";
          if (!result || result.error) {
            setError(
              "Votre compte est créé, mais la connexion a échoué : connectez-vous avec votre nouveau mot de passe.",
            );
            router.replace(`/connexion?callbackUrl=${encodeURIComponent(landing)}`);
            return;
          }
          router.replace(landing);
          router.refresh();
        }}
      />
    </div>
  );
}

export function AcceptInvitationButton({ token }: { token: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(acceptInvitationAction, {
    onSuccess: ({ data }) => {
      router.replace(data?.landing ?? "/");
      router.refresh();
    },
  });
  return (
    <div className="mt-6 flex flex-col gap-2">
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      <div>
        <Button type="button" disabled={isPending} onClick={() => execute({ token })}>
          {isPending ? "Acceptation…" : "Accepter l'invitation"}
        </Button>
      </div>
    </div>
  );
}
