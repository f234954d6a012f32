declare module "hyphen/fr" {
  const fr: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default fr;
}
