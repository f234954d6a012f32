// oidc-provider ships no type declarations (and @types/oidc-provider is not installed): the little the test
// provider (tests/helpers/oidc-provider.ts) uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type KoaContextWithOIDC = {
    body: unknown;
    oidc: {
      provider: Provider;
      client?: { clientId: string };
      session?: { accountId: string };
      params?: Record<string, unknown>;
    };
  };
  type Grant = {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  };
  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };

  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & {
        findAccount: (ctx: KoaContextWithOIDC, id: string) => Promise<Account | undefined>;
        loadExistingGrant: (ctx: KoaContextWithOIDC) => Promise<Grant>;
        interactions: { url: (ctx: KoaContextWithOIDC, interaction: { uid: string }) => string };
        features: Record<string, unknown> & {
          rpInitiatedLogout?: {
            enabled: boolean;
            logoutSource?: (ctx: KoaContextWithOIDC, form: string) => Promise<void>;
          };
        };
      },
    );
    Grant: new (properties: { clientId: string; accountId: string }) => Grant;
    AccessToken: { find(value: string): Promise<{ accountId: string } | undefined> };
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(
      req: IncomingMessage,
      res: ServerResponse,
    ): Promise<{ uid: string; params: Record<string, unknown> }>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
