"use client";

import { signOut } from "next-auth/react";
import { Button } from "./ui/button";

export function LogoutButton({ variant = "primary" }: { variant?: "primary" | "secondary" }) {
  return (
    <Button type="button" variant={variant} onClick={() => signOut({ callbackUrl: "/connexion" })}>
      Se déconnecter
    </Button>
  );
}
