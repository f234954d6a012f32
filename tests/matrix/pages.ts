// Every page and route handler, with who may open it. The e2e matrix (tests/e2e/tenant-matrix.spec.ts) opens each
// territory-scoped one with every role against another territory of the same caisse and another caisse's
// territory, and expects 404. tests/unit/matrix-completeness.test.ts fails when a route of app/ is missing here.
import type { Role } from "../../lib/db/generated/enums";

export type PageEntry = {
  route: string;
  /** Territory-scoped routes take the territory slug as [territoire]. */
  scoped: boolean;
  /** Roles that get the page on their own territory (others get 404); null for public or non-page routes. */
  allowed: Role[] | null;
  /** Route handlers are checked by status only; pages also get an axe check. */
  kind: "page" | "route";
  /** Route handlers that only answer POST. */
  method?: "POST";
  /** Caisse-scoped (`[caisse]` is a caisse id): roles held on another caisse, or on one territory, get 404. */
  caisse?: true;
  /** Platform operators only (`/plateforme`): every role gets 404. */
  operator?: true;
};

const ALL: Role[] = ["CAISSE_ADMIN", "COOPERATION_OFFICER", "EPCI_STAFF", "PILOT_CONTRIBUTOR", "COPIL_MEMBER"];
const CAISSE: Role[] = ["CAISSE_ADMIN", "COOPERATION_OFFICER"];
const EDITORS: Role[] = [...CAISSE, "EPCI_STAFF"];

export const pageMatrix: PageEntry[] = [
  { route: "/", scoped: false, allowed: ALL, kind: "page" },
  { route: "/connexion", scoped: false, allowed: null, kind: "page" },
  { route: "/deconnexion", scoped: false, allowed: null, kind: "page" },
  // The end-session URL of a ProConnect session ({ url: null } otherwise); writes nothing.
  { route: "/deconnexion/proconnect", scoped: false, allowed: null, kind: "route", method: "POST" },
  { route: "/api/auth/[...nextauth]", scoped: false, allowed: null, kind: "route" },
  { route: "/api/sante", scoped: false, allowed: null, kind: "route" },
  { route: "/territoires/[territoire]", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/journal", scoped: true, allowed: CAISSE, kind: "page" },
  { route: "/territoires/[territoire]/parametres", scoped: true, allowed: CAISSE, kind: "page" },
  { route: "/territoires/[territoire]/conventions", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/conventions/importer", scoped: true, allowed: CAISSE, kind: "page" },
  {
    route: "/territoires/[territoire]/conventions/importer/analyse",
    scoped: true,
    allowed: CAISSE,
    kind: "route",
    method: "POST",
  },
  {
    route: "/territoires/[territoire]/conventions/importer/creer",
    scoped: true,
    allowed: CAISSE,
    kind: "route",
    method: "POST",
  },
  { route: "/territoires/[territoire]/conventions/[convention]", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/conventions/[convention]/signataires", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/conventions/[convention]/historique", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/conventions/[convention]/avenants", scoped: true, allowed: ALL, kind: "page" },
  {
    route: "/territoires/[territoire]/conventions/[convention]/articles/[article]",
    scoped: true,
    allowed: CAISSE,
    kind: "page",
  },
  { route: "/territoires/[territoire]/conventions/[convention]/pdf", scoped: true, allowed: ALL, kind: "route" },
  { route: "/territoires/[territoire]/conventions/[convention]/docx", scoped: true, allowed: ALL, kind: "route" },
  {
    route: "/territoires/[territoire]/conventions/[convention]/avenants/[avenant]/pdf",
    scoped: true,
    allowed: ALL,
    kind: "route",
  },
  {
    route: "/territoires/[territoire]/conventions/[convention]/annexes/[annexe]/fichier",
    scoped: true,
    allowed: ALL,
    kind: "route",
  },
  { route: "/territoires/[territoire]/verifier", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/conventions/[convention]/impression", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/fiches-action", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/equipements", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/diagnostic", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/fiches-action/export", scoped: true, allowed: ALL, kind: "route" },
  { route: "/territoires/[territoire]/fiches-action/modele", scoped: true, allowed: ALL, kind: "route" },
  { route: "/territoires/[territoire]/fiches-action/importer", scoped: true, allowed: EDITORS, kind: "page" },
  {
    route: "/territoires/[territoire]/fiches-action/importer/fichier",
    scoped: true,
    allowed: EDITORS,
    kind: "route",
    method: "POST",
  },
  { route: "/territoires/[territoire]/fiches-action/[fiche]", scoped: true, allowed: ALL, kind: "page" },
  // Pilot contributors reach the form only for fiches their organisation pilots (not the first fiche of the list).
  { route: "/territoires/[territoire]/fiches-action/[fiche]/modifier", scoped: true, allowed: EDITORS, kind: "page" },
  { route: "/territoires/[territoire]/tableau-de-bord", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/tableau-de-bord/bilan", scoped: true, allowed: ALL, kind: "route" },
  { route: "/territoires/[territoire]/reunions", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/reunions/[reunion]", scoped: true, allowed: ALL, kind: "page" },
  { route: "/territoires/[territoire]/reunions/[reunion]/convocation", scoped: true, allowed: ALL, kind: "route" },
  { route: "/territoires/[territoire]/reunions/[reunion]/compte-rendu", scoped: true, allowed: ALL, kind: "route" },
  { route: "/territoires/[territoire]/decisions", scoped: true, allowed: ALL, kind: "page" },
  // Caisse-scoped: opened by tests/e2e/tenant-matrix.spec.ts with the caller's caisse and the other caisses.
  { route: "/caisses/[caisse]", scoped: false, allowed: CAISSE, kind: "page", caisse: true },
  {
    route: "/caisses/[caisse]/territoires/nouveau",
    scoped: false,
    allowed: ["CAISSE_ADMIN"],
    kind: "page",
    caisse: true,
  },
  { route: "/caisses/[caisse]/partenaires", scoped: false, allowed: CAISSE, kind: "page", caisse: true },
  { route: "/caisses/[caisse]/partenaires/[partenaire]", scoped: false, allowed: CAISSE, kind: "page", caisse: true },
  { route: "/caisses/[caisse]/diagnostic", scoped: false, allowed: CAISSE, kind: "page", caisse: true },
  // The import's preview (writes nothing) and confirmation: POST with files; a caller without the caisse role gets 404.
  {
    route: "/caisses/[caisse]/diagnostic/analyse",
    scoped: false,
    allowed: CAISSE,
    kind: "route",
    method: "POST",
    caisse: true,
  },
  {
    route: "/caisses/[caisse]/diagnostic/importer",
    scoped: false,
    allowed: CAISSE,
    kind: "route",
    method: "POST",
    caisse: true,
  },
  { route: "/plateforme", scoped: false, allowed: [], kind: "page", operator: true },
  { route: "/plateforme/caisses/nouvelle", scoped: false, allowed: [], kind: "page", operator: true },
  { route: "/plateforme/emails", scoped: false, allowed: [], kind: "page", operator: true },
  { route: "/caisses/[caisse]/utilisateurs", scoped: false, allowed: ["CAISSE_ADMIN"], kind: "page", caisse: true },
  // Every signed-in person's own account.
  { route: "/compte", scoped: false, allowed: ALL, kind: "page" },
  { route: "/recherche", scoped: false, allowed: ALL, kind: "page" },
  { route: "/aide", scoped: false, allowed: ALL, kind: "page" },
  // Every signed-in person's own notifications.
  { route: "/notifications", scoped: false, allowed: ALL, kind: "page" },
  { route: "/notifications/preferences", scoped: false, allowed: ALL, kind: "page" },
  // Public: a secret token in the URL, or nothing at all.
  { route: "/invitation/[token]", scoped: false, allowed: null, kind: "page" },
  { route: "/mot-de-passe-oublie", scoped: false, allowed: null, kind: "page" },
  { route: "/reinitialiser/[token]", scoped: false, allowed: null, kind: "page" },
  { route: "/accessibilite", scoped: false, allowed: null, kind: "page" },
];
