// The SMTP transport of the worker, from SMTP_URL (smtp://user:password@host:587, STARTTLS when offered, or
// smtps://…:465). Pooled, with timeouts far below the sendEmail job's expiry; any of these can be overridden in
// the URL's query (…?maxConnections=10&socketTimeout=60000), which nodemailer reads as options.
import nodemailer, { type Transporter } from "nodemailer";

const DEFAULTS: Record<string, string> = {
  pool: "true",
  maxConnections: "5",
  connectionTimeout: "10000",
  greetingTimeout: "10000",
  socketTimeout: "30000",
};

export function createSmtpTransport(smtpUrl: string, from: string): Transporter {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return nodemailer.createTransport(url.toString(), { from });
}
