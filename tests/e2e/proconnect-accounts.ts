// Settings shared by the e2e test provider (tests/e2e/proconnect-provider.ts), playwright.config.ts and the spec.
import type { TestProConnectAccount } from "../helpers/oidc-provider";

const appPort = Number(process.env.E2E_PORT ?? 3100);

export const e2eProConnect = {
  appPort,
  port: Number(process.env.PROCONNECT_TEST_PORT ?? appPort + 8),
  accounts: {
    demoAgent: {
      sub: "sub-julien-agent",
      idp_id: "fia1v2",
      email: "epci@aubrac-lot-causses-tarn.demo.fr",
      given_name: "Julien",
      usual_name: "Agent",
      uid: "julien.agent",
      siret: "20002263700013",
    },
    stranger: {
      sub: "sub-inconnu",
      idp_id: "fia1v2",
      email: "inconnu@collectivite.fr",
      given_name: "Inconnu",
      usual_name: "Agent",
      uid: "inconnu",
    },
    invitee: {
      sub: "sub-invitee",
      idp_id: "fia1v2",
      email: "invitee.proconnect@aubrac-lot-causses-tarn.demo.fr",
      given_name: "Inès",
      usual_name: "Invitée",
      uid: "ines.invitee",
    },
    forger: {
      sub: "sub-faussaire",
      idp_id: "fia1v2",
      email: "faussaire@collectivite.fr",
      given_name: "Faux",
      usual_name: "Saire",
      uid: "faussaire",
      // Claims to be the caisse admin: the userinfo comes signed with a key that is not the provider's.
      forgedUserinfo: { email: "admin@ccss-lozere.demo.fr", given_name: "Claire", usual_name: "Admin" },
    },
  } satisfies Record<string, TestProConnectAccount>,
};
