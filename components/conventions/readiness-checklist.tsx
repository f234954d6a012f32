import Link from "next/link";
import type { ReadinessItem } from "@/lib/conventions/readiness";
import { elide } from "@/lib/typography";

/** The readiness checklist of a convention: each check, passed or not (said in words, not only by a mark), with
 * links to what to fix. `base` is the convention page's path. */
export function ReadinessChecklist({ items, base, action }: { items: ReadinessItem[]; base: string; action: string }) {
  const missing = items.filter((item) => !item.ok && !item.warning).length;
  return (
    <div className="mt-3">
      <p className="text-sm font-medium" id="readiness-summary">
        {missing === 0
          ? `Tout est prêt : vous pouvez ${action}.`
          : `Avant ${elide("de", action)}, ${missing === 1 ? "un point reste" : `${missing} points restent`} à régler :`}
      </p>
      <ul className="mt-2 space-y-2 text-sm" aria-describedby="readiness-summary">
        {items.map((item) => (
          <li key={item.key} data-readiness={item.key} data-ok={item.ok}>
            <span
              aria-hidden="true"
              className={item.ok ? "text-green-800" : item.warning ? "text-amber-800" : "text-red-800"}
            >
              {item.ok ? "✓ " : item.warning ? "! " : "✗ "}
            </span>
            <span className="sr-only">{item.ok ? "Fait : " : item.warning ? "À vérifier : " : "À régler : "}</span>
            {item.label}
            {item.problems.length ? (
              <ul className="mt-1 list-disc space-y-1 pl-8">
                {item.problems.map((problem, index) => (
                  <li key={index}>
                    <Link
                      className="text-brand-700 underline"
                      href={problem.href.startsWith("#") ? `${base}${problem.href}` : `${base}/${problem.href}`}
                    >
                      {problem.text}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
