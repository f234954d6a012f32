import type { DiffPart } from "@/lib/conventions/word-diff";

/** Insertions underlined, deletions struck through, each also announced in words: not by colour alone. */
export function WordDiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap rounded border border-slate-300 bg-white p-3 leading-relaxed">
      {parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index} className="bg-green-100 text-green-900 underline decoration-2">
            <span className="sr-only">[ajouté : </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === "removed" ? (
          <del key={index} className="bg-red-100 text-red-900 line-through">
            <span className="sr-only">[supprimé : </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
