/**
 * The search box (header and /recherche): a plain GET form to /recherche?q=, so it works without JavaScript and the
 * URL alone says what was searched.
 */
export function SearchForm({
  defaultValue = "",
  className = "",
  compact = false,
  autoFocus = false,
}: {
  defaultValue?: string;
  className?: string;
  compact?: boolean;
  autoFocus?: boolean;
}) {
  const id = compact ? "recherche-entete" : "recherche-page";
  return (
    <form
      role="search"
      aria-label={compact ? "Recherche (en-tête)" : "Recherche"}
      action="/recherche"
      method="get"
      className={`flex items-stretch gap-2 ${className}`}
    >
      <label htmlFor={id} className={compact ? "sr-only" : "sr-only sm:not-sr-only sm:self-center sm:text-sm"}>
        Rechercher
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={compact ? "Rechercher…" : "Fiche, article, décision, organisme…"}
        minLength={2}
        maxLength={200}
        required
        autoFocus={autoFocus}
        className={`min-w-0 rounded border border-slate-500 bg-white px-2 py-1.5 text-sm ${compact ? "w-40 sm:w-56" : "w-full max-w-xl"}`}
      />
      <button
        type="submit"
        className="shrink-0 rounded border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium wrap-normal text-brand-700 hover:bg-blue-50"
      >
        {compact ? "Chercher" : "Rechercher"}
      </button>
    </form>
  );
}
