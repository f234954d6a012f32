// An annex's uploaded file: a PDF or a DOCX, recognised by its first bytes, then checked for what it claims to be
// (checkAnnexFile): pdfjs must open the PDF and find a page; the DOCX must be a bounded ZIP archive declaring a
// WordprocessingML main document, holding word/document.xml and no executable, web page, script or macro, and
// loading no remote template or object.
import { checkZip, readEntry, readZipDirectory, ZipLimitError, type ZipLimits } from "../files/zip";
import { AppError } from "../errors";
import { withPdfDocument } from "../pdf/extract-text";
import { versionSchema, z } from "../zod-fr";

export const MAX_ANNEX_FILE_BYTES = 10 * 1024 * 1024;

export const annexFileSchema = z.object({
  version: versionSchema,
  file: z
    .instanceof(File, { message: "Choisissez un fichier." })
    .refine((file) => file.size > 0, "Le fichier est vide.")
    .refine((file) => file.size <= MAX_ANNEX_FILE_BYTES, "Le fichier dépasse 10 Mo."),
});

export const PDF_MIME = "application/pdf";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/** PDF or DOCX, recognised by their first bytes rather than by the name or the browser's claim. Only a first
 * sorting: checkAnnexFile looks at the structure. */
export function detectAnnexFileType(bytes: Uint8Array): { mime: string } | null {
  const head = String.fromCharCode(...bytes.slice(0, 5));
  if (head === "%PDF-") return { mime: PDF_MIME };
  // DOCX is a ZIP archive ("PK\x03\x04") holding word/document.xml.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const text = new TextDecoder("latin1").decode(bytes.slice(0, Math.min(bytes.length, 200_000)));
    if (text.includes("word/")) return { mime: DOCX_MIME };
  }
  return null;
}

const MB = 2 ** 20;

/** Bounds of a DOCX archive: a 10 MB upload inflated a few times over, never hundreds of megabytes. */
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxTotalBytes: 100 * MB,
  maxEntryBytes: (name) =>
    name.startsWith("word/media/") ? 20 * MB : name === "word/document.xml" ? 50 * MB : 10 * MB,
};

/** Parts no Word document needs and a reader could run or open in a browser: programs, scripts, web pages,
 * macros, ActiveX controls, embedded OLE objects (which can carry a program); and names escaping the archive. */
const FORBIDDEN_PART =
  /(\.(exe|dll|com|scr|msi|bat|cmd|ps1|psm1|vbs|vbe|js|jse|mjs|wsf|wsh|hta|html?|xhtml|mht|mhtml|jar|sh|lnk|app|apk|elf|so|dylib)$)|vbaProject|vbaData|activeX|oleObject\d*\.bin$|(^|\/)\.\.(\/|$)|^\/|\\/i;
const REMOTE_PART = /\/(attachedTemplate|oleObject|frame|subDocument|package|control)$/i;
const FORBIDDEN_TYPE = /macroEnabled|vbaProject|vbaData|activeX|ms-office\.vba|text\/html|javascript/i;

const invalid = (message: string) => new AppError("INVALID_INPUT", message);

async function checkDocx(bytes: Uint8Array) {
  const notWord = "Le fichier n'est pas un document Word (DOCX) valide.";
  try {
    const entries = readZipDirectory(bytes, DOCX_LIMITS);
    const forbidden = entries.find((e) => FORBIDDEN_PART.test(e.name));
    if (forbidden)
      throw invalid(
        `Le document Word contient un élément refusé (« ${forbidden.name.slice(0, 80)} » : programme, script, page web ou macro).`,
      );
    const types = entries.find((e) => e.name === "[Content_Types].xml");
    if (!types || !entries.some((e) => e.name === "word/document.xml")) throw invalid(notWord);
    const xml = (await readEntry(bytes, types)).toString("utf8");
    const declared = [...xml.matchAll(/<(?:\w+:)?(?:Override|Default)\b[^>]*>/g)].map((tag) => ({
      part: /\bPartName\s*=\s*["']([^"']*)["']/.exec(tag[0])?.[1],
      type: /\bContentType\s*=\s*["']([^"']*)["']/.exec(tag[0])?.[1] ?? "",
    }));
    const badType = declared.find((d) => FORBIDDEN_TYPE.test(d.type));
    if (badType)
      throw invalid(`Le document Word déclare un contenu refusé (« ${badType.type.slice(0, 80)} » : macro ou script).`);
    if (!declared.some((d) => d.part?.toLowerCase() === "/word/document.xml" && d.type === DOCX_MAIN))
      throw invalid(notWord);
    // A template, frame or object fetched from elsewhere when Word opens the document (a known way in for
    // malware); links to web pages stay allowed.
    for (const rels of entries.filter((e) => e.name.endsWith(".rels"))) {
      for (const [tag] of (await readEntry(bytes, rels)).toString("utf8").matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
        if (
          /\bTargetMode\s*=\s*["']External["']/i.test(tag) &&
          REMOTE_PART.test(/\bType\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? "")
        )
          throw invalid("Le document Word fait charger un modèle ou un objet distant : enregistrez-le sans ce lien.");
      }
    }
    await checkZip(bytes, DOCX_LIMITS); // every entry inflated once, counting the bytes
  } catch (error) {
    if (error instanceof ZipLimitError) throw invalid(error.damaged ? notWord : error.message);
    throw error;
  }
}

async function checkPdf(bytes: Uint8Array) {
  const unreadable = "Le fichier n'est pas un PDF lisible.";
  let timer: NodeJS.Timeout | undefined;
  const pages = await Promise.race([
    withPdfDocument(bytes, async (document) => {
      if (document.numPages >= 1) await document.getPage(1);
      return document.numPages;
    }).catch(() => 0),
    new Promise<number>((resolve) => (timer = setTimeout(() => resolve(0), 15_000))),
  ]).finally(() => clearTimeout(timer));
  if (pages < 1) throw invalid(unreadable);
}

/** The file's type once its structure is checked; throws AppError INVALID_INPUT with a French message. */
export async function checkAnnexFile(bytes: Uint8Array): Promise<{ mime: string }> {
  const type = detectAnnexFileType(bytes);
  if (!type) throw invalid("Le fichier doit être un PDF ou un document Word (DOCX).");
  if (type.mime === PDF_MIME) await checkPdf(bytes);
  else await checkDocx(bytes);
  return type;
}
