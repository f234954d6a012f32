// An iCalendar (RFC 5545) writer for meeting invitations (iTIP, RFC 5546): METHOD:REQUEST to invite or update
// (same UID, higher SEQUENCE), METHOD:CANCEL with STATUS:CANCELLED to withdraw. Times are written in UTC (the
// "Z" form), which every agenda converts to its own zone; text values are escaped, lines folded at 75 octets,
// lines end with CRLF.

export type IcsEvent = {
  method: "REQUEST" | "CANCEL";
  /** Stable per meeting: "meeting-<id>@<host>". */
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: { name: string; email: string };
  attendees: { name?: string; email: string }[];
  /** DTSTAMP: when this version was written. */
  stamp: Date;
};

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value (CN=…): quoted when it holds : ; or , ; double quotes are not allowed, so dropped. */
function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // First line: 75 octets; continuation lines: a space + 74 octets.
    if (octets + size > 75) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n");
}

/** 20261215T130000Z */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function writeIcs(event: IcsEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Plateforme CTG//Notifications//FR",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.method}`,
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.email}`,
    ...event.attendees.map(
      (a) =>
        `ATTENDEE;${a.name ? `CN=${paramValue(a.name)};` : ""}ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${a.email}`,
    ),
    `STATUS:${event.method === "CANCEL" ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** A minimal reader (tests, and a check of what was written): unfolds, splits, unescapes TEXT values. */
export function parseIcs(text: string): { name: string; params: Record<string, string>; value: string }[] {
  if (/(?<!\r)\n/.test(text)) throw new Error("iCalendar lines must end with CRLF");
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  return unfolded
    .split("\r\n")
    .filter(Boolean)
    .map((line) => {
      // The value starts at the first ':' outside a quoted parameter value.
      let quoted = false;
      let index = -1;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') quoted = !quoted;
        else if (line[i] === ":" && !quoted) {
          index = i;
          break;
        }
      }
      const head = line.slice(0, index);
      const raw = line.slice(index + 1);
      const [name, ...paramParts] = head.split(";");
      const params = Object.fromEntries(
        paramParts.map((p) => {
          const [k, ...v] = p.split("=");
          return [k, v.join("=").replace(/^"|"$/g, "")];
        }),
      );
      const value = raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
      return { name, params, value };
    });
}
