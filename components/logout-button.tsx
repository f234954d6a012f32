"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "./ui/button";

/** The provider's end-session URL when the session came from ProConnect (app/deconnexion/proconnect/route.ts). */
async function proconnectLogoutUrl(): Promise<string | null> {
  try {
    const response = await fetch("/deconnexion/proconnect", { method: "POST" });
    const body = response.ok ? ((await response.json()) as { url?: unknown }) : null;
    return typeof body?.url === "string" ? body.url : null;
  } catch {
    return null;
  }
}

export function LogoutButton({ variant = "primary" }: { variant?: "primary" | "secondary" }) {
  const [pending, setPending] = useState(false);
  async function logout() {
    setPending(true);
    const proconnect = await proconnectLogoutUrl();
    if (!proconnect) return signOut({ callbackUrl: "/connexion" });
    // The local session ends first (revoked by next-auth's signOut event), then ProConnect's.
    await signOut({ redirect: false });
    window.location.assign(proconnect);
  }
  return (
    <Button type="button" variant={variant} disabled={pending} onClick={() => void logout()}>
      Se déconnecter
    </Button>
  );
}
