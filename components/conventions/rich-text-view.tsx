import { bindFields, type FieldValues } from "@/lib/conventions/fields";
import { sanitizeRichText } from "@/lib/conventions/rich-text";

/**
 * Stored rich text, sanitised again on the way out (defence in depth: imported data may predate the sanitiser).
 * With `fields`, the fields bound to the convention's data show their current value, set apart from free text.
 */
export function RichTextView({ html, fields }: { html: string; fields?: FieldValues }) {
  const clean = sanitizeRichText(html);
  return (
    <div
      className="prose-convention mt-1 text-slate-900"
      dangerouslySetInnerHTML={{ __html: fields ? bindFields(clean, fields, true) : clean }}
    />
  );
}
