// A real SMTP server in the test process (smtp-server), whose received messages are parsed (mailparser) into an
// inbox. `refuse` makes it answer every message with an SMTP error, as a server that is down or full would.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { rcpt: string[]; mail: ParsedMail; receivedAt: number };

export type TestSmtp = {
  url: string;
  inbox: ReceivedMail[];
  /** Answer the next messages with this code (451: try later; 550: refused for good); null accepts again. */
  refuse(code: number | null): void;
  /** The messages refused: recipients and when (performance.now()). */
  refused: { rcpt: string[]; at: number }[];
  /** Called on each received message (bench: latency). */
  onMail?: (mail: ReceivedMail) => void;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const inbox: ReceivedMail[] = [];
  let refuseWith: number | null = null;
  const refused: { rcpt: string[]; at: number }[] = [];
  const handle: TestSmtp = {
    url: "",
    inbox,
    refuse: (code) => void (refuseWith = code),
    refused,
    async waitFor(count, timeoutMs = 10_000) {
      const started = Date.now();
      while (inbox.length < count) {
        if (Date.now() - started > timeoutMs) {
          throw new Error(`SMTP test server: ${inbox.length} message(s) received, ${count} expected`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return inbox;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      if (refuseWith !== null) {
        refused.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), at: performance.now() });
        stream.resume();
        stream.on("end", () =>
          callback(Object.assign(new Error("Service indisponible (test)"), { responseCode: refuseWith! })),
        );
        return;
      }
      simpleParser(stream).then((mail) => {
        const received = {
          rcpt: session.envelope.rcptTo.map((r) => r.address),
          mail,
          receivedAt: performance.now(),
        };
        inbox.push(received);
        handle.onMail?.(received);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  handle.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return handle;
}
