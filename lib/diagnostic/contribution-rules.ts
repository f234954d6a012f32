// Who may remove a contribution to the diagnostic (the delete operation and the page's buttons ask the same).
/** Whether the caller may remove a contribution: its author (still on the territory), or the caisse. */
export function mayDeleteContribution(
  actor: { id: string },
  scope: { can(operation: "diagnostic.edit" | "diagnostic.contribute"): boolean },
  contribution: { authorId: string | null },
): boolean {
  return scope.can("diagnostic.edit") || (contribution.authorId === actor.id && scope.can("diagnostic.contribute"));
}
