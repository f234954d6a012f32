import { diffWords } from "diff";
import { richTextToPlain } from "./rich-text";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Word-level differences between two rich texts, compared as plain text. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(richTextToPlain(before), richTextToPlain(after)).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}
