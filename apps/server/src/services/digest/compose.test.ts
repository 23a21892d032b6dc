/**
 * The digest's mail, composed from a real library (the seed, one obligation given a due date and
 * an action holding markup): the subject stays one line of counts, the HTML escapes what the
 * library and the account hold, links need the public address, and long lists end with how many
 * more there are.
 */
import { addDays, digestOf, getResolution, updateTracking } from "@mandates/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Library, openLibrary } from "../../routers/test-support.ts";
import { composeDigest, escapeHtml, isEmptyDigest, paragraphOf } from "./compose.ts";

const today = "2026-08-01";

describe("the digest's mail", () => {
  let library: Library;
  let id = 0;
  beforeAll(async () => {
    library = await openLibrary();
    const [o] = (await getResolution(library.db, "E/RES/2015/23"))?.obligations ?? [];
    if (!o) throw new Error("the seed asks nothing");
    id = o.id;
    await updateTracking(library.db, o.id, {
      expectedVersion: o.version,
      dueDate: addDays(today, 3),
      assigneeId: library.users.editor.id,
      user: "admin",
    });
    await library.as("admin").tracking.correct({
      id: o.id,
      field: "action",
      value: "report </p><script>alert(1)</script> & more",
      expectedVersion: o.version + 1,
    });
  });
  afterAll(() => library?.drop());

  const names = (id: string) => (id === "unodc" ? "UNODC" : id);

  it("escapes the library's words and the reader's name in HTML, and keeps the subject to one line", async () => {
    const content = await digestOf(library.db, library.users.editor, { today });
    expect(isEmptyDigest(content)).toBe(false);
    const mail = composeDigest(
      content,
      { id: library.users.editor.id, displayName: 'Ann <b>"Editor"</b>\r\nBcc: x@y.org' },
      { actorName: names, baseUrl: "https://mandates.example.org/" },
    );
    expect(mail.subject).toMatch(
      /^Mandates digest, 1 August 2026: \d+ obligations? overdue, 1 due by 31 August 2026$/,
    );
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain(
      "report &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more",
    );
    expect(mail.html).toContain("Hello Ann &lt;b&gt;&quot;Editor&quot;&lt;/b&gt; Bcc: x@y.org,");
    expect(mail.text).toContain('Hello Ann <b>"Editor"</b> Bcc: x@y.org,');
    expect(mail.text).not.toMatch(/\r/);
    expect(mail.html).toContain(`href="https://mandates.example.org/obligations/${id}"`);
    expect(mail.text).toContain("assigned to you");
  });

  it("names no link without a public address, and says how many more there are", async () => {
    const content = await digestOf(library.db, library.users.admin, {
      today,
      days: 4000,
      limit: 1,
    });
    const mail = composeDigest(content, library.users.admin, { actorName: names });
    expect(mail.html).not.toContain("<a ");
    expect(mail.text).not.toContain("http");
    expect(content.overdue.total).toBeGreaterThan(1);
    expect(mail.text).toContain(`... and ${content.overdue.total - 1} more.`);
    expect(mail.html).toContain(`<p>… and ${content.overdue.total - 1} more.</p>`);
  });

  it("names paragraphs as the tracker does, and escapes every HTML special character", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
    const base = { clause: "op11" } as Parameters<typeof paragraphOf>[0];
    expect(paragraphOf(base)).toBe("para. 11");
    expect(paragraphOf({ ...base, clause: "annex1-op25" })).toBe("annex 1, para. 25");
  });
});
