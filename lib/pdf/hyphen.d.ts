declare module "hyphen/fr/index.js" {
  const fr: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default fr;
}
