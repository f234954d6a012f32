// French email templates: plain functions returning a subject, a text part (always) and an HTML part in which
// every interpolated value is escaped. Other features add theirs here, built on `layout`.
import { formatDateTime } from "../format";
import { ofName } from "../typography";

export type RenderedEmail = { subject: string; text: string; html: string };

const PLATFORM = "Plateforme des conventions territoriales globales";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A paragraph of text, or a link shown as a button in HTML and as a bare URL in text. */
export type Block = string | { link: string; label: string };

/**
 * The common frame: greeting, blocks, signature. Text and HTML carry the same content; links must be http(s) so
 * that no `javascript:` URL ever reaches an href.
 */
export function layout({
  subject,
  greeting,
  blocks,
}: {
  subject: string;
  greeting: string;
  blocks: Block[];
}): RenderedEmail {
  for (const block of blocks) {
    if (typeof block !== "string" && !/^https?:\/\//.test(block.link)) {
      throw new Error(`Email link must be http(s): ${block.link}`);
    }
  }
  const signature = `—\n${PLATFORM}\nCet e-mail a été envoyé automatiquement : merci de ne pas y répondre.`;
  const text = [
    greeting,
    ...blocks.map((block) => (typeof block === "string" ? block : `${block.label} :\n${block.link}`)),
    signature,
  ].join("\n\n");
  const htmlBlocks = blocks.map((block) =>
    typeof block === "string"
      ? `<p>${escapeHtml(block)}</p>`
      : `<p><a href="${escapeHtml(block.link)}" style="display:inline-block;padding:8px 16px;background:#000091;color:#fff;text-decoration:none">${escapeHtml(block.label)}</a></p>\n<p style="font-size:14px;color:#555">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br>${escapeHtml(block.link)}</p>`,
  );
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#161616">
<p>${escapeHtml(greeting)}</p>
${htmlBlocks.join("\n")}
<p style="font-size:14px;color:#555">${escapeHtml(PLATFORM)}<br>Cet e-mail a été envoyé automatiquement : merci de ne pas y répondre.</p>
</body>
</html>`;
  return { subject, text, html };
}

/** An invitation to join the platform (a person invited by someone of a caisse or a territory). */
export function invitationEmail(input: {
  inviterName: string;
  organisationName: string;
  url: string;
  expiresAt: Date;
}): RenderedEmail {
  return layout({
    subject: `Invitation à rejoindre la plateforme CTG — ${input.organisationName}`,
    greeting: "Bonjour,",
    blocks: [
      `${input.inviterName} vous invite à rejoindre l'espace ${ofName(input.organisationName)} sur la ${PLATFORM.toLowerCase()}.`,
      { link: input.url, label: "Accepter l'invitation" },
      `Cette invitation est valable jusqu'au ${formatDateTime(input.expiresAt)} (heure de Paris). Si vous ne l'attendiez pas, ignorez cet e-mail.`,
    ],
  });
}

/** A password reset link. */
export function passwordResetEmail(input: { name: string; url: string; validMinutes: number }): RenderedEmail {
  return layout({
    subject: "Réinitialisation de votre mot de passe",
    greeting: `Bonjour ${input.name},`,
    blocks: [
      "Une réinitialisation du mot de passe de votre compte a été demandée.",
      { link: input.url, label: "Choisir un nouveau mot de passe" },
      `Ce lien est valable ${input.validMinutes} minutes et ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.`,
    ],
  });
}
