// Fonts shipped with the project (Source Sans 3, from the @expo-google-fonts npm package) and French
// hyphenation (the `hyphen` package's patterns) for @react-pdf/renderer. Registered once per process.
import { Font } from "@react-pdf/renderer";
import hyphenFr from "hyphen/fr/index.js";
import path from "node:path";

export const FONT_FAMILY = "Source Sans 3";
let registered = false;

const fontFile = (folder: string, file: string) =>
  path.join(process.cwd(), "node_modules/@expo-google-fonts/source-sans-3", folder, file);

export function registerFonts() {
  if (registered) return;
  registered = true;
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: fontFile("400Regular", "SourceSans3_400Regular.ttf"), fontWeight: 400 },
      { src: fontFile("400Regular_Italic", "SourceSans3_400Regular_Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
      { src: fontFile("700Bold", "SourceSans3_700Bold.ttf"), fontWeight: 700 },
      { src: fontFile("700Bold_Italic", "SourceSans3_700Bold_Italic.ttf"), fontWeight: 700, fontStyle: "italic" },
    ],
  });
  // react-pdf hyphenates with English patterns by default; French patterns, and never inside short words.
  // react-pdf asks for the same words many times per document (and twice per convention): memoised.
  const cache = new Map<string, string[]>();
  Font.registerHyphenationCallback((word) => {
    if (word.length < 7) return [word];
    let parts = cache.get(word);
    if (!parts) {
      parts = hyphenFr.hyphenateSync(word, { hyphenChar: "\u00ad" }).split("\u00ad");
      if (cache.size > 50_000) cache.clear();
      cache.set(word, parts);
    }
    return parts;
  });
}
