/**
 * Small PDFs for tests, written out object by object with a correct cross-reference table: pages
 * of lines in Helvetica (one of the standard fonts, not embedded), pages with no text at all (a
 * scan has none), or an encrypted file whose user password is not empty.
 */

export interface FixturePdf {
  /** Each page's lines, top to bottom; an empty page holds no text (as a scan's image page). */
  pages: string[][];
  /** Encrypted with a user password (RC4, revision 2): it cannot be opened without one. */
  encrypted?: boolean;
}

/** Escapes a PDF literal string. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A PDF file; its text is Latin-1, so lines should stay within it. */
export function buildPdf({ pages, encrypted = false }: FixturePdf): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pageTree = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  const kids = pages.map((lines) => {
    const drawn = lines
      .map((line, i) => `BT /F1 11 Tf 72 ${720 - 14 * i} Td ${literal(line)} Tj ET`)
      .join("\n");
    // A page without text still draws something, as a scanned page draws its image.
    const content = drawn || "0 0 0 rg 72 72 468 648 re f";
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const encrypt = encrypted
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${"4f".repeat(32)}> /U <${"a5".repeat(32)}> >>`,
      )
    : 0;

  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const id = `<${"0123456789abcdef".repeat(2)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ""} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}
