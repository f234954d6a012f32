import { describe, expect, it } from "vitest";
import { checkZip, readEntry, readZipDirectory, reorderedZip, writeZip, ZipLimitError } from "../../lib/files/zip";

const limits = { maxEntries: 10, maxTotalBytes: 10_000, maxEntryBytes: () => 5_000 };
const archive = () =>
  writeZip([
    { name: "a.xml", data: "<a>" + "x".repeat(1000) + "</a>" },
    { name: "b.txt", data: "bonjour", store: true },
  ]);

describe("ZIP archives checked before inflating", () => {
  it("reads the directory and inflates entries within their declared sizes", async () => {
    const bytes = archive();
    const entries = readZipDirectory(bytes, limits);
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ["a.xml", 1007],
      ["b.txt", 7],
    ]);
    expect((await readEntry(bytes, entries[1])).toString()).toBe("bonjour");
    expect(await checkZip(bytes, limits)).toHaveLength(2);
  });

  it("keeps the same entries when reordered for a streaming reader", async () => {
    const bytes = archive();
    const reordered = new Uint8Array(
      Buffer.concat(reorderedZip(bytes, readZipDirectory(bytes, limits), (name) => (name === "b.txt" ? 0 : 1))),
    );
    expect(reordered.length).toBe(bytes.length);
    expect(Buffer.from(reordered.subarray(30, 35)).toString()).toBe("b.txt"); // its local header comes first
  });

  it("refuses an entry hidden between the directory's entries, and what is not a ZIP", () => {
    const bytes = Buffer.from(archive());
    const hidden = Buffer.from(writeZip([{ name: "cache.exe", data: "MZ" }]));
    // The hidden archive's local entry (up to its own directory) inserted before the archive's entries: the
    // directory's offsets no longer tile the file.
    const local = hidden.subarray(0, hidden.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    const smuggled = Buffer.concat([local, bytes]);
    expect(() => readZipDirectory(new Uint8Array(smuggled), limits)).toThrow(ZipLimitError);
    expect(() => readZipDirectory(new TextEncoder().encode("pas une archive"), limits)).toThrow(
      expect.objectContaining({ damaged: true }),
    );
  });

  it("refuses too many entries, or sizes over the limits, from the directory alone", () => {
    const bytes = archive();
    expect(() => readZipDirectory(bytes, { ...limits, maxEntries: 1 })).toThrow(
      "Le fichier contient trop d'éléments (2 ; 1 au plus).",
    );
    expect(() => readZipDirectory(bytes, { ...limits, maxEntryBytes: () => 1000 })).toThrow(/« a\.xml »/);
    expect(() => readZipDirectory(bytes, { ...limits, maxTotalBytes: 1010 })).toThrow(/une fois décompressé/);
  });
});
