import type { Metadata } from "next";
import { connection } from "next/server";
import { SkipLinks } from "@/components/skip-links";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CTG — Conventions territoriales globales", template: "%s — CTG" },
  description: "Rédaction, signature et suivi des conventions territoriales globales.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry the nonce of the request's Content-Security-Policy
  // (proxy.ts), which a page prerendered at build time could not.
  await connection();
  return (
    <html lang="fr">
      <body className="min-h-screen font-sans antialiased">
        <SkipLinks />
        {children}
      </body>
    </html>
  );
}
