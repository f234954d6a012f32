"use client";

import { useState } from "react";

/**
 * Adopts fresh server data (a page refresh after any action) only while the user has no draft: a draft keeps the
 * version it was loaded with, so saving it answers a conflict instead of overwriting someone else's save.
 * `key` identifies the server data (its version, or its JSON); `adopt` resets the local state from it. Runs during
 * render (React's "adjusting state when a prop changes"), so no stale frame shows the old data.
 */
export function useAdoptWhenClean(key: string | number, isDirty: boolean, adopt: () => void) {
  const [seen, setSeen] = useState(key);
  if (key !== seen && !isDirty) {
    setSeen(key);
    adopt();
  }
}
