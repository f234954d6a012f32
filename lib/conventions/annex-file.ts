import { versionSchema, z } from "../zod-fr";

export const MAX_ANNEX_FILE_BYTES = 10 * 1024 * 1024;

export const annexFileSchema = z.object({
  version: versionSchema,
  file: z
    .instanceof(File, { message: "Choisissez un fichier." })
    .refine((file) => file.size > 0, "Le fichier est vide.")
    .refine((file) => file.size <= MAX_ANNEX_FILE_BYTES, "Le fichier dépasse 10 Mo."),
});

/** PDF or DOCX, recognised by their first bytes rather than by the name or the browser's claim. */
export function detectAnnexFileType(bytes: Uint8Array): { mime: string } | null {
  const head = String.fromCharCode(...bytes.slice(0, 5));
  if (head === "%PDF-") return { mime: "application/pdf" };
  // DOCX is a ZIP archive ("PK\x03\x04") holding word/document.xml.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const text = new TextDecoder("latin1").decode(bytes.slice(0, Math.min(bytes.length, 200_000)));
    if (text.includes("word/"))
      return { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
  }
  return null;
}
