import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CTG — Conventions territoriales globales", template: "%s — CTG" },
  description: "Rédaction, signature et suivi des conventions territoriales globales.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
        >
          Aller au contenu
        </a>
        {children}
      </body>
    </html>
  );
}
