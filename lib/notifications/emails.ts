// French emails of the notifications: one notification, the daily digest, a convocation. Built on the common
// layout of lib/email/templates.ts (a text part always, escaped HTML).
import { appUrl } from "../auth/tokens";
import { layout, type Block, type RenderedEmail } from "../email/templates";

export const PREFERENCES_PATH = "/notifications/preferences";

function preferencesBlock(): Block {
  return { link: appUrl(PREFERENCES_PATH), label: "Gérer mes notifications" };
}

/** One notification, sent at once. */
export function notificationEmail(input: {
  name: string;
  territoryName: string;
  title: string;
  body: string;
  path: string;
}): RenderedEmail {
  return layout({
    subject: `${input.territoryName} — ${input.title}`,
    greeting: `Bonjour ${input.name},`,
    blocks: [
      `Territoire : ${input.territoryName}.`,
      input.body,
      { link: appUrl(input.path), label: "Ouvrir dans la plateforme" },
      "Vous recevez cet e-mail selon vos préférences de notification ; vous pouvez les changer en un clic :",
      preferencesBlock(),
    ],
  });
}

export type DigestGroup = { territoryName: string; items: { title: string; body: string; path: string }[] };

/** The daily digest: the day's notifications of one person, grouped by territory. */
export function digestEmail(input: { name: string; day: string; groups: DigestGroup[] }): RenderedEmail {
  const count = input.groups.reduce((n, g) => n + g.items.length, 0);
  const blocks: Block[] = [`${count} notification${count > 1 ? "s" : ""} depuis hier, par territoire.`];
  for (const group of input.groups) {
    blocks.push(`■ ${group.territoryName} (${group.items.length})`);
    for (const item of group.items) {
      blocks.push(`${item.title} — ${item.body}`);
      blocks.push({ link: appUrl(item.path), label: item.title });
    }
  }
  blocks.push("Vous recevez ce récapitulatif quotidien selon vos préférences de notification :", preferencesBlock());
  return layout({
    subject: `Récapitulatif du ${input.day} : ${count} notification${count > 1 ? "s" : ""}`,
    greeting: `Bonjour ${input.name},`,
    blocks,
  });
}

export type ConvocationEvent = "scheduled" | "moved" | "cancelled";

/**
 * A convocation (or its update, or its cancellation) to one invited member. `path` only for a person with an
 * account on the territory: partners' representatives without one get no link into the app.
 */
export function convocationEmail(input: {
  event: ConvocationEvent;
  territoryName: string;
  meetingLabel: string;
  dateLabel: string;
  place: string;
  path: string | null;
}): RenderedEmail {
  const what = `${input.meetingLabel} du territoire ${input.territoryName}`;
  const subjects: Record<ConvocationEvent, string> = {
    scheduled: `Convocation : ${what}, le ${input.dateLabel}`,
    moved: `Nouvelle date : ${what}, le ${input.dateLabel}`,
    cancelled: `Annulation : ${what} du ${input.dateLabel}`,
  };
  const lead: Record<ConvocationEvent, string> = {
    scheduled: `Vous êtes invité(e) au ${what}, le ${input.dateLabel}, lieu : ${input.place}. La convocation est jointe (PDF), avec une invitation d'agenda (.ics).`,
    moved: `Le ${what} a été modifié : il se tiendra le ${input.dateLabel}, lieu : ${input.place}. La convocation à jour est jointe (PDF), avec la mise à jour de l'invitation d'agenda (.ics).`,
    cancelled: `Le ${what} prévu le ${input.dateLabel} est annulé. L'invitation jointe (.ics) le retire de votre agenda.`,
  };
  const blocks: Block[] = [lead[input.event]];
  if (input.path) {
    blocks.push({ link: appUrl(input.path), label: "Voir la réunion dans la plateforme" });
    blocks.push("Vos préférences de notification :", preferencesBlock());
  }
  return layout({ subject: subjects[input.event], greeting: "Bonjour,", blocks });
}
