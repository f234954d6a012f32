"use client";
// The first stops of the keyboard: the main content, and inside a territory its navigation.
import { usePathname } from "next/navigation";

const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800";

export function SkipLinks() {
  const pathname = usePathname();
  const inTerritory = /^\/territoires\/[^/]+/.test(pathname ?? "");
  return (
    <>
      <a href="#contenu" className={SKIP_LINK}>
        Aller au contenu
      </a>
      {inTerritory ? (
        <a href="#navigation-territoire" className={SKIP_LINK}>
          Aller à la navigation du territoire
        </a>
      ) : null}
    </>
  );
}
