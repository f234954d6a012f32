import { sanitizeRichText } from "@/lib/conventions/rich-text";

/** Stored rich text, sanitised again on the way out (defence in depth: imported data may predate the sanitiser). */
export function RichTextView({ html }: { html: string }) {
  return (
    <div
      className="prose-convention mt-1 text-slate-900"
      dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }}
    />
  );
}
