"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/** A simplified ProConnect mark (hexagon and "PRO" tag), decorative: the button's text names it. */
function ProConnectMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 54 48" className="h-10 w-11 shrink-0">
      <path d="M20 1.2 39.6 12.5v22.6L20 46.4.4 35.1V12.5Z" fill="#fff" />
      <path d="M20 6.4 35.3 15.2v17.5L20 41.5 4.7 32.7V15.2Z" fill="#000091" />
      <path d="M20 6.4v35.1L4.7 32.7V15.2Z" fill="#0063cb" />
      <rect x="24" y="1" width="29.5" height="13.3" rx="2" fill="#fcc63a" />
      <text x="38.75" y="11.6" textAnchor="middle" fontSize="10" fontWeight="700" fill="#161616" fontFamily="Arial">
        PRO
      </text>
    </svg>
  );
}

/**
 * The ProConnect button, after the official DSFR one ("S'identifier avec ProConnect" on #000091, the
 * "Qu'est-ce que ProConnect ?" link opening proconnect.gouv.fr in a new window, announced). It starts next-auth's
 * ProConnect login (a fetch, then a navigation: a form posting to a redirect would be blocked by form-action).
 */
export function ProConnectButton({ callbackUrl = "/" }: { callbackUrl?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <div className="flex flex-col items-center gap-2">
      <button
        type="button"
        onClick={() => {
          setPending(true);
          void signIn("proconnect", { callbackUrl }).catch(() => setPending(false));
        }}
        disabled={pending}
        aria-busy={pending}
        className="inline-flex min-h-14 items-center gap-3 bg-[#000091] py-2 pr-6 pl-3 text-left text-white hover:bg-[#1212ff] active:bg-[#2323ff] disabled:cursor-wait disabled:bg-[#1212ff]"
      >
        <ProConnectMark />
        <span className="flex flex-col leading-tight">
          <span className="text-base">S&apos;identifier avec</span>{" "}
          <span className="text-lg font-bold">ProConnect</span>
        </span>
      </button>
      <p className="text-sm">
        <a
          href="https://www.proconnect.gouv.fr/"
          target="_blank"
          rel="noopener noreferrer"
          className="text-[#000091] underline underline-offset-4 hover:decoration-2"
        >
          Qu&apos;est-ce que ProConnect ?<span className="sr-only"> (nouvelle fenêtre)</span>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="ml-1 inline h-4 w-4 align-[-2px]">
            <path
              fill="currentColor"
              d="M10 6v2H5v11h11v-5h2v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h6Zm11-3v8h-2V6.41l-7.79 7.8-1.42-1.42L17.59 5H13V3h8Z"
            />
          </svg>
        </a>
      </p>
    </div>
  );
}
