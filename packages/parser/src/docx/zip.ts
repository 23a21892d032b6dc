/**
 * A small ZIP reader, enough for Word files: the central directory is read from its end record,
 * each entry's data found through its local header. Decompression is left to the caller (Node's
 * zlib, the browser's DecompressionStream), so this module needs neither; the caller's inflation
 * is given a bound and must stop there, so that a small file that unpacks to gigabytes (a "zip
 * bomb") is refused before it fills the memory.
 */
import { ParseError } from "../errors.ts";

export interface ZipEntry {
  name: string;
  /** 0: stored as is; 8: deflated. Other methods are refused when the entry is read. */
  method: number;
  /** The bytes as stored in the archive (deflated when method is 8). */
  data: Uint8Array;
  /** The size once inflated, from the central directory. */
  size: number;
}

/**
 * Inflates raw-deflate data, stopping once the output would pass `limit` bytes: it then returns
 * null (or any array longer than the limit). It throws when the data are not deflate data.
 */
export type InflateRaw = (data: Uint8Array, limit: number) => Uint8Array | null;

/** More than any Word document holds, images aside (which are not read): 50 MB unpacked. */
export const maxUnpackedBytes = 50 * 1024 * 1024;

/** More parts than any Word document has (a long report with its images has a few hundred). */
export const maxEntries = 2000;

/** The refusal of a file whose parts unpack to more than `maxUnpackedBytes`. */
export function unpacksTooLarge(name: string): ParseError {
  return new ParseError(
    `The Word file unpacks to over ${maxUnpackedBytes / 1024 / 1024} MB (${name}), more than a document is read from: save its text as .txt and import that.`,
  );
}

const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const endLength = 22;
const maxCommentLength = 0xffff;

/** True when the bytes open with a ZIP local header ("PK\x03\x04"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === localSignature;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const corrupt = "This Word file is damaged: its ZIP directory does not match its contents.";

/** The entries of a ZIP archive, in the order of its central directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  const end = findEnd(data);
  if (end < 0) {
    throw new ParseError(
      isZip(bytes)
        ? "This Word file is cut short: the end of its ZIP directory is missing."
        : "This is not a Word file: it is not a ZIP archive.",
    );
  }
  const count = data.getUint16(end + 10, true);
  const directorySize = data.getUint32(end + 12, true);
  const directoryOffset = data.getUint32(end + 16, true);
  const zip64 =
    (end >= 20 && data.getUint32(end - 20, true) === zip64LocatorSignature) ||
    count === 0xffff ||
    directoryOffset === 0xffffffff;
  if (zip64) throw new ParseError("This Word file uses ZIP64, which is not read: save it again.");
  if (count > maxEntries)
    throw new ParseError(
      `The Word file holds ${count.toLocaleString("en")} parts, over the ${maxEntries.toLocaleString("en")} a document is read with: save it again, or save its text as .txt and import that.`,
    );
  if (directoryOffset + directorySize > end) throw new ParseError(corrupt);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.getUint32(at, true) !== centralSignature) {
      throw new ParseError(corrupt);
    }
    const flags = data.getUint16(at + 8, true);
    const method = data.getUint16(at + 10, true);
    const compressedSize = data.getUint32(at + 20, true);
    const size = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const localOffset = data.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new ParseError("This Word file is encrypted: save it without a password.");
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new ParseError("This Word file uses ZIP64, which is not read: save it again.");
    }
    entries.push({ name, method, size, data: entryData(data, localOffset, compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end record, looked for backwards since a comment may follow it. */
function findEnd(data: DataView): number {
  const last = data.byteLength - endLength;
  const first = Math.max(0, last - maxCommentLength);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === endSignature) return at;
  }
  return -1;
}

function entryData(data: DataView, offset: number, compressedSize: number): Uint8Array {
  if (offset + 30 > data.byteLength || data.getUint32(offset, true) !== localSignature) {
    throw new ParseError(corrupt);
  }
  // The local header's own name and extra field may differ in length from the directory's.
  const start = offset + 30 + data.getUint16(offset + 26, true) + data.getUint16(offset + 28, true);
  if (start + compressedSize > data.byteLength) throw new ParseError(corrupt);
  return new Uint8Array(data.buffer, data.byteOffset + start, compressedSize);
}

/**
 * The entry's bytes, inflated with the caller's raw-deflate function when they are deflated, at
 * most `limit` bytes of them (50 MB unless less is left of it). An entry that says or turns out to
 * be larger is refused; a failed inflation, or one of another size than the entry says, is a
 * damaged file.
 */
export function readEntry(
  entry: ZipEntry,
  inflateRaw: InflateRaw,
  limit: number = maxUnpackedBytes,
): Uint8Array {
  if (entry.size > limit || (entry.method === 0 && entry.data.length > limit))
    throw unpacksTooLarge(entry.name);
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) {
    throw new ParseError(
      `This Word file compresses ${entry.name} with a method that is not read (${entry.method}): save it again.`,
    );
  }
  let inflated: Uint8Array | null;
  try {
    inflated = inflateRaw(entry.data, limit);
  } catch {
    throw new ParseError(`This Word file is damaged: ${entry.name} cannot be decompressed.`);
  }
  // The size the directory gives may lie: the bound holds whatever it says.
  if (inflated === null || inflated.length > limit) throw unpacksTooLarge(entry.name);
  if (inflated.length !== entry.size) {
    throw new ParseError(`This Word file is damaged: ${entry.name} cannot be decompressed.`);
  }
  return inflated;
}
