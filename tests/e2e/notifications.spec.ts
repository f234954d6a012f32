// Notifications end to end: a chargée de coopération schedules a copil on the demo data; a real worker (a child
// process, as `npm run worker`) sends the convocations to an SMTP server in this process, and each invited member's
// message carries the convocation PDF and a valid iCalendar invitation (parsed back). The EPCI agent then sees the
// unread count in the header and opens a fiche from its notification.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { parseIcs } from "../../lib/notifications/ics";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";
import { expectNoAxeViolations, storageStateOf, withE2eDb, expect, test } from "./support";

const SLUG = "aubrac-lot-causses-tarn";
const root = path.resolve(import.meta.dirname, "../..");
let smtp: TestSmtp;
let worker: ChildProcess;

test.beforeAll(async () => {
  smtp = await startTestSmtp();
  worker = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "lib/cli/worker.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      SMTP_URL: smtp.url,
      CTG_WORKER_CATCH_UP: "0",
      NEXTAUTH_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
});

test.afterAll(async () => {
  if (worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    worker.kill("SIGTERM");
    await exited;
  }
  await smtp.close();
});

/** A day 20 days ahead, in Paris ("2026-12-21"): within the convention in force, so its signatories are invited. */
const inTwentyDays = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + 20 * 86_400_000));

test.describe.serial("notifications", () => {
  let meetingId = "";
  let fiche: { id: string; number: string; title: string; status: string; version: number } | undefined;

  test.afterAll(async () => {
    // Leave the demo data as it was for the other specs.
    await withE2eDb(async (client) => {
      if (meetingId) {
        await client.query(`DELETE FROM "Notification" WHERE "objectId" = $1`, [meetingId]);
        await client.query(`DELETE FROM "Meeting" WHERE id = $1`, [meetingId]);
      }
      if (fiche) {
        await client.query(`DELETE FROM "Notification" WHERE "objectId" = $1`, [fiche.id]);
        await client.query(
          `DELETE FROM "FicheStatusChange" WHERE id = (SELECT id FROM "FicheStatusChange" WHERE "ficheId" = $1 ORDER BY "createdAt" DESC LIMIT 1)`,
          [fiche.id],
        );
        await client.query(`UPDATE "FicheAction" SET status = $2, version = $3 WHERE id = $1`, [
          fiche.id,
          fiche.status,
          fiche.version,
        ]);
      }
    });
  });

  test.describe("the chargée de coopération", () => {
    test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

    test("schedules a copil: every invited member receives the convocation PDF and a valid .ics", async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(`/territoires/${SLUG}/reunions`);
      const form = page.getByRole("form", { name: "Planifier une réunion" });
      await form.getByLabel("Lieu").fill("Salle du conseil, La Canourgue");
      await form.getByLabel("Date").fill(inTwentyDays());
      await form.getByLabel("Heure").fill("10:00");
      await form.getByLabel("Ordre du jour").fill("Bilan de l'année\nProgrammation 2027");
      await form.getByRole("button", { name: "Planifier" }).click();
      await expect(page.getByText("Réunion planifiée.")).toBeVisible();

      // The messages the change queued (one per invited address), read from the outbox.
      const queued = await withE2eDb(async (client) => {
        const meeting = await client.query(
          `SELECT m.id FROM "Meeting" m JOIN "Territory" t ON t.id = m."territoryId"
            WHERE t.slug = $1 AND m.place = 'Salle du conseil, La Canourgue' ORDER BY m."createdAt" DESC LIMIT 1`,
          [SLUG],
        );
        meetingId = meeting.rows[0].id;
        return (
          await client.query(`SELECT "to" FROM "EmailMessage" WHERE "dedupKey" LIKE $1`, [`convocation:${meetingId}:%`])
        ).rows.map((r) => r.to as string);
      });
      // The EPCI agent (its organisation signs the convention) is among them; nobody of another territory.
      expect(queued).toContain("epci@aubrac-lot-causses-tarn.demo.fr");
      expect(queued).not.toContain("epci@coeur-de-lozere.demo.fr");

      const started = Date.now();
      const received = () => smtp.inbox.filter((m) => m.mail.subject?.startsWith("Convocation : Comité de pilotage"));
      while (new Set(received().map((m) => m.rcpt[0])).size < queued.length) {
        // A first convocation starts the worker's render thread (react-pdf loaded) and renders: slow on a busy CI.
        if (Date.now() - started > 100_000)
          throw new Error(`${received().length} of ${queued.length} convocations received`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(new Set(received().map((m) => m.rcpt[0]))).toEqual(new Set(queued));
      for (const { mail } of received()) {
        expect(mail.subject).toContain("Aubrac Lot Causses Tarn");
        expect(mail.text).toBeTruthy();
        const pdf = mail.attachments.find((a) => a.contentType === "application/pdf");
        expect(pdf?.content.subarray(0, 5).toString()).toBe("%PDF-");
        const ics = mail.attachments.find((a) => a.filename === "invitation.ics")!;
        const lines = parseIcs(ics.content.toString("utf8"));
        const value = (name: string) => lines.find((l) => l.name === name)?.value;
        expect(value("METHOD")).toBe("REQUEST");
        expect(value("UID")).toBe(`meeting-${meetingId}@127.0.0.1`);
        expect(value("SEQUENCE")).toBe("0");
        expect(value("LOCATION")).toBe("Salle du conseil, La Canourgue");
        expect(lines.filter((l) => l.name === "BEGIN").map((l) => l.value)).toEqual(["VCALENDAR", "VEVENT"]);
      }
    });

    test("changes the status of a fiche the EPCI pilots", async ({ page }) => {
      fiche = await withE2eDb(async (client) => {
        const rows = await client.query(
          `SELECT f.id, f.number, f.title, f.status::text AS status, f.version FROM "FicheAction" f
             JOIN "Territory" t ON t.id = f."territoryId" JOIN "Organisation" o ON o.id = f."pilotOrganisationId"
            WHERE t.slug = $1 AND o.name = 'Communauté de communes Aubrac Lot Causses Tarn' AND f.status <> 'BLOCKED'
            ORDER BY f.number LIMIT 1`,
          [SLUG],
        );
        return rows.rows[0];
      });
      expect(fiche).toBeDefined();
      await page.goto(`/territoires/${SLUG}/fiches-action/${fiche!.id}`);
      const statusForm = page.getByRole("form", { name: "Changement de statut" });
      await statusForm.getByLabel("Nouveau statut").selectOption({ label: "Bloquée" });
      await statusForm.getByRole("button", { name: "Changer le statut" }).click();
      await expect(page.getByText("Statut mis à jour.")).toBeVisible();
    });
  });

  test.describe("the EPCI agent", () => {
    test.use({ storageState: storageStateOf("epci@aubrac-lot-causses-tarn.demo.fr") });

    test("sees the unread count, and opens the fiche from its notification", async ({ page }) => {
      await page.goto("/");
      const link = page.getByTestId("notifications-link");
      const unread = await withE2eDb(async (client) =>
        Number(
          (
            await client.query(
              `SELECT count(*) AS n FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE u.email = $1 AND n."readAt" IS NULL`,
              ["epci@aubrac-lot-causses-tarn.demo.fr"],
            )
          ).rows[0].n,
        ),
      );
      expect(unread).toBeGreaterThanOrEqual(2); // the copil and the fiche
      await expect(link).toHaveAccessibleName(`Notifications ${unread} non lues`);
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page
        .getByRole("link", { name: `Fiche-action ${fiche!.number} : bloquée` })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`/fiches-action/${fiche!.id}$`));
      await expect(
        page.getByRole("heading", { level: 1, name: new RegExp(`Fiche ${fiche!.number.replace(".", "\\.")}`) }),
      ).toBeVisible();
      await expect(page.getByTestId("notifications-link")).toHaveAccessibleName(
        unread - 1 > 1 ? `Notifications ${unread - 1} non lues` : `Notifications ${unread - 1} non lue`,
      );

      await page.goto("/notifications/preferences");
      await expectNoAxeViolations(page);
      const form = page.getByRole("form", { name: "Préférences de notification" });
      await form.getByLabel("Fiches-action").selectOption({ label: "Par e-mail, dans un récapitulatif quotidien" });
      await form.getByLabel("Heure du récapitulatif quotidien (heure de Paris)").selectOption({ label: "08 h 00" });
      await form.getByRole("button", { name: "Enregistrer les préférences" }).click();
      await expect(page.getByText("Préférences enregistrées.")).toBeVisible();
      await page.goto("/notifications");
      await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
      await expect(page.getByText("Aucune notification non lue.")).toBeVisible();
      await expect(page.getByTestId("notifications-link")).toHaveAccessibleName("Notifications");
    });
  });
});
