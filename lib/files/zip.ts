// ZIP archives (XLSX, DOCX) checked before anything inflates them: the central directory is read by hand, the
// number of entries and their declared uncompressed sizes are bounded, the local entries must tile the file
// exactly as the directory says (nothing hidden between them for a streaming reader to find), and each entry is
// then inflated while counting the bytes really produced, stopping at the first byte over its declared size.
// Also a small writer, used by the benchmarks and tests to craft archives.
import { crc32, createInflateRaw, deflateRawSync } from "node:zlib";

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  dataOffset: number;
  /** Where the entry (local header, data, data descriptor) ends in the file. */
  end: number;
};

export type ZipLimits = {
  /** Number of entries in the archive. */
  maxEntries: number;
  /** Declared and real uncompressed size of all entries together, in bytes. */
  maxTotalBytes: number;
  /** Largest uncompressed size allowed for one entry, in bytes (by name). */
  maxEntryBytes: (name: string) => number;
};

/** A limit exceeded or a malformed archive; `message` is in French, for the person who uploaded the file. */
export class ZipLimitError extends Error {
  constructor(
    message: string,
    /** Not a limit: the archive is malformed (or not a ZIP at all). */
    readonly damaged = false,
  ) {
    super(message);
  }
}

const damaged = () => new ZipLimitError("Le fichier est endommagé (archive ZIP illisible).", true);
const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString("fr-FR")} Mo`;

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The central directory's entries, checked against `limits`; throws ZipLimitError. Reads no compressed data. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const data = view(bytes);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (data.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = data.getUint16(eocd + 10, true);
  const directorySize = data.getUint32(eocd + 12, true);
  const directoryOffset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw damaged(); // ZIP64: never needed here
  if (count > limits.maxEntries)
    throw new ZipLimitError(
      `Le fichier contient trop d'éléments (${count.toLocaleString("fr-FR")} ; ${limits.maxEntries.toLocaleString("fr-FR")} au plus).`,
    );
  if (directoryOffset + directorySize > eocd) throw damaged();
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let at = directoryOffset;
  let total = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > eocd || data.getUint32(at, true) !== 0x02014b50) throw damaged();
    const flags = data.getUint16(at + 8, true);
    const method = data.getUint16(at + 10, true);
    const compressedSize = data.getUint32(at + 20, true);
    const uncompressedSize = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const localOffset = data.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (method !== 0 && method !== 8) throw damaged();
    if (flags & 1) throw new ZipLimitError("Le fichier est chiffré : enregistrez-le sans mot de passe.");
    if (method === 0 && compressedSize !== uncompressedSize) throw damaged();
    const max = limits.maxEntryBytes(name);
    if (uncompressedSize > max)
      throw new ZipLimitError(
        `Le fichier dépasse la limite de ${megabytes(max)} pour l'élément « ${name.slice(0, 80)} » (${megabytes(uncompressedSize)} une fois décompressé).`,
      );
    total += uncompressedSize;
    if (total > limits.maxTotalBytes)
      throw new ZipLimitError(
        `Le fichier dépasse la limite de ${megabytes(limits.maxTotalBytes)} une fois décompressé.`,
      );
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset, dataOffset: 0, end: 0 });
  }
  // The local entries, in file order, must follow one another with no gap up to the central directory.
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    const at = entry.localOffset;
    if (at !== expected || at + 30 > directoryOffset || data.getUint32(at, true) !== 0x04034b50) throw damaged();
    const nameLength = data.getUint16(at + 26, true);
    const extraLength = data.getUint16(at + 28, true);
    const localName = decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const localCompressed = data.getUint32(at + 18, true);
    if (localName !== entry.name) throw damaged();
    if (!(entry.flags & 8) && localCompressed !== entry.compressedSize) throw damaged();
    entry.dataOffset = at + 30 + nameLength + extraLength;
    expected = entry.dataOffset + entry.compressedSize;
    if (entry.flags & 8) {
      // Data descriptor, with or without its signature.
      expected += expected + 4 <= directoryOffset && data.getUint32(expected, true) === 0x08074b50 ? 16 : 12;
    }
    if (expected > directoryOffset) throw damaged();
    entry.end = expected;
  }
  if (expected !== directoryOffset) throw damaged();
  return entries;
}

/** Inflates an entry, counting the bytes really produced: never more than its declared size. `onChunk` sees the
 * inflated bytes as they come (nothing is kept otherwise). */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk?: (chunk: Buffer) => void) {
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    onChunk?.(Buffer.from(compressed));
    return compressed.length;
  }
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(compressed);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize)
        throw new ZipLimitError(
          `Le fichier est refusé : l'élément « ${entry.name.slice(0, 80)} » se décompresse au-delà de la taille qu'il déclare.`,
        );
      onChunk?.(chunk);
    }
  } catch (error) {
    inflate.destroy();
    throw error instanceof ZipLimitError ? error : damaged();
  }
  if (total !== entry.uncompressedSize) throw damaged();
  return total;
}

/** Inflates an entry whole (for small entries such as `[Content_Types].xml`), within its declared size. */
export async function readEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await inflateEntry(bytes, entry, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

/** Checks the directory, then inflates every entry, counting the bytes. Throws ZipLimitError. */
export async function checkZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipEntry[]> {
  const entries = readZipDirectory(bytes, limits);
  for (const entry of entries) await inflateEntry(bytes, entry);
  return entries;
}

/** The archive's bytes with its local entries in the order of `rank` (lowest first), then its central
 * directory: for readers that read entries as they come. The bytes are not copied. */
export function reorderedZip(bytes: Uint8Array, entries: ZipEntry[], rank: (name: string) => number): Uint8Array[] {
  const ordered = [...entries].sort((a, b) => rank(a.name) - rank(b.name));
  const directory = Math.max(0, ...entries.map((e) => e.end));
  return [...ordered.map((e) => bytes.subarray(e.localOffset, e.end)), bytes.subarray(directory)];
}

/** One entry's local header and data, as a streaming reader reads it (not an archive by itself). */
export function localEntry(name: string, data: string): Uint8Array {
  const archive = writeZip([{ name, data }]);
  return archive.subarray(0, 30 + Buffer.byteLength(name) + readZipDirectory(archive, NO_LIMITS)[0].compressedSize);
}

const NO_LIMITS: ZipLimits = { maxEntries: 1, maxTotalBytes: Infinity, maxEntryBytes: () => Infinity };

/** A ZIP archive of the given entries (deflated unless `store`); `deflated` and `size` give an entry's compressed bytes and declared size as they are (to lie, or to
 * reuse a deflate stream too large to hold inflated). */
export function writeZip(
  entries: { name: string; data?: Uint8Array | string; deflated?: Uint8Array; size?: number; store?: boolean }[],
): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = entry.data === undefined ? undefined : Buffer.from(entry.data);
    const body = entry.deflated ? Buffer.from(entry.deflated) : entry.store ? raw! : deflateRawSync(raw!);
    const size = entry.size ?? raw!.length;
    const method = entry.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    const crc = raw ? crc32(raw) : 0;
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
