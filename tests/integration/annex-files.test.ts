import { Document, Page, renderToBuffer, Text } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { checkAnnexFile, DOCX_MIME, PDF_MIME } from "../../lib/conventions/annex-file";
import { saveAnnex } from "../../lib/conventions/save-annex";
import { writeZip } from "../../lib/files/zip";
import { createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";

const db = requireTestDatabase();

const CONTENT_TYPES = (main = `${DOCX_MIME}.main+xml`, extra = "") =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${main}"/>${extra}</Types>`;
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  "</Relationships>";
const DOCUMENT = (text: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

/** A minimal valid DOCX (what Word needs to open it), with `extra` entries. */
const docx = (extra: Parameters<typeof writeZip>[0] = [], contentTypes = CONTENT_TYPES()) =>
  writeZip([
    { name: "[Content_Types].xml", data: contentTypes },
    { name: "_rels/.rels", data: RELS },
    { name: "word/document.xml", data: DOCUMENT("Annexe financière") },
    ...extra,
  ]);

const pdf = async () =>
  new Uint8Array(
    await renderToBuffer(
      createElement(Document, null, createElement(Page, { size: "A4" }, createElement(Text, null, "Annexe 3"))),
    ),
  );

// The attacker's files: 67 bytes of HTML behind a PDF signature, and a ZIP passing for a DOCX.
const HTML_PDF = new TextEncoder().encode("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF");
const EVIL_ZIP = () =>
  writeZip([
    { name: "word/evil.html", data: "<html><script>alert(1)</script></html>" },
    { name: "word/update.exe", data: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 3, 0, 0, 0]) },
  ]);

describe("Annex files: a real structure check", () => {
  it("accepts a real PDF and a real DOCX", async () => {
    expect(await checkAnnexFile(await pdf())).toEqual({ mime: PDF_MIME });
    expect(await checkAnnexFile(docx())).toEqual({ mime: DOCX_MIME });
  });

  it("refuses HTML behind a PDF signature, and a ZIP with a web page and a program", async () => {
    expect(HTML_PDF.length).toBe(67);
    await expect(checkAnnexFile(HTML_PDF)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Le fichier n'est pas un PDF lisible.",
    });
    await expect(checkAnnexFile(EVIL_ZIP())).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message:
        "Le document Word contient un élément refusé (« word/evil.html » : programme, script, page web ou macro).",
    });
    // The same parts hidden in an otherwise valid document.
    await expect(checkAnnexFile(docx([{ name: "word/media/setup.exe", data: "MZ" }]))).rejects.toMatchObject({
      message: expect.stringContaining("« word/media/setup.exe »"),
    });
  });

  it("refuses macros, a ZIP that is no Word document, and zip bombs", async () => {
    await expect(checkAnnexFile(docx([{ name: "word/vbaProject.bin", data: "x" }]))).rejects.toMatchObject({
      message: expect.stringContaining("« word/vbaProject.bin »"),
    });
    await expect(
      checkAnnexFile(docx([], CONTENT_TYPES("application/vnd.ms-word.document.macroEnabled.main+xml"))),
    ).rejects.toMatchObject({ message: expect.stringContaining("macroEnabled") });
    const remote = (type: string) =>
      docx([
        {
          name: "word/_rels/settings.xml.rels",
          data:
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="https://exemple.invalid/modele.dotm" TargetMode="External"/></Relationships>`,
        },
      ]);
    await expect(checkAnnexFile(remote("attachedTemplate"))).rejects.toMatchObject({
      message: "Le document Word fait charger un modèle ou un objet distant : enregistrez-le sans ce lien.",
    });
    expect(await checkAnnexFile(remote("hyperlink"))).toEqual({ mime: DOCX_MIME });
    const notWord = "Le fichier n'est pas un document Word (DOCX) valide.";
    await expect(checkAnnexFile(writeZip([{ name: "word/styles.xml", data: "<w:styles/>" }]))).rejects.toMatchObject({
      message: notWord,
    });
    await expect(checkAnnexFile(docx([], CONTENT_TYPES("application/xml")))).rejects.toMatchObject({
      message: notWord,
    });
    // 60 MB of spaces in a header part, declared as such: refused before inflating.
    const spaces = Buffer.alloc(60 * 2 ** 20, 0x20);
    await expect(checkAnnexFile(docx([{ name: "word/header1.xml", data: spaces }]))).rejects.toMatchObject({
      message:
        "Le fichier dépasse la limite de 10 Mo pour l'élément « word/header1.xml » (60 Mo une fois décompressé).",
    });
  });

  it("saves a good file, and a bad one changes nothing", async () => {
    const tenants = await createTenants(db);
    const officer = tenants.actors.COOPERATION_OFFICER;
    const convention = await createModelConvention(db, officer, tenants.territoryA);
    const annex = convention.annexes[0];
    const save = (data: Uint8Array, version: number) =>
      saveAnnex(db, officer, {
        conventionId: convention.id,
        version,
        annexId: annex.id,
        code: annex.code,
        title: annex.title,
        content: "FILE",
        body: null,
        file: { name: "annexe.docx", mime: DOCX_MIME, data },
      });
    const version = (await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).version;
    const before = await db.annex.findUniqueOrThrow({ where: { id: annex.id } });
    for (const bad of [HTML_PDF, EVIL_ZIP()])
      await expect(save(bad, version)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.annex.findUniqueOrThrow({ where: { id: annex.id } })).toEqual(before);
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).version).toBe(version);

    const good = await pdf();
    await save(good, version);
    const after = await db.annex.findUniqueOrThrow({ where: { id: annex.id } });
    expect(after).toMatchObject({ fileMime: PDF_MIME, content: "FILE" });
    expect(new Uint8Array(after.fileData!)).toEqual(good);
  });
});
