/**
 * Due dates as an iCalendar feed (RFC 5545), so officers can subscribe from the calendar they
 * already use. One all-day event per obligation due; lines folded at 75 octets, CRLF endings,
 * text escaped as the RFC requires. Values may hold what a person typed (a correction), so no
 * control character reaches the feed raw: a line break in a value must not start a line of its own.
 */

export interface DueEvent {
  /** Stable across exports, so calendars update events instead of duplicating them. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  description: string;
  url?: string;
}

/** The controls RFC 5545 allows in no value (CONTROL: all of C0 but HTAB, and DEL). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const controls = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * TEXT escaping of RFC 5545 section 3.3.11: a line break of any kind (CRLF, a lone CR, a lone LF)
 * becomes \n; other controls are dropped.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(controls, "");
}

/** The UTF-8 length of one code point, without encoding it (a feed folds thousands of lines). */
const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Folds a content line into 75-octet pieces (RFC 5545 section 3.1), never splitting a character. */
function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const pieces: string[] = [];
  let piece = "";
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char.codePointAt(0) ?? 0);
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      pieces.push(piece);
      piece = "";
      size = 0;
    }
    piece += char;
    size += bytes;
  }
  pieces.push(piece);
  return pieces.join("\r\n ");
}

const compactDate = (date: string) => date.replace(/-/g, "");

function stamp(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export function renderCalendar(
  name: string,
  events: readonly DueEvent[],
  now = new Date(),
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Mandates//Obligations due//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url.replace(controls, "")}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
