// The PROJET watermark of unsigned documents. The diagonal word is drawn as the outlines of its glyphs, not as
// text: text extractors (poppler's pdftotext, copy and paste) cut diagonal text into letters and mixed
// "T E J O R P" into the body. What extraction reads is one horizontal "PROJET" at the top of every page.
import { Font, G, Path, Svg, Text } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

/** The outline of "PROJET" in bold, as an SVG path in points (origin on the baseline, y down), and its width. */
export type WatermarkShape = { d: string; width: number; capHeight: number };

const WORD = "PROJET";
const SIZE = 110;
const A4 = { width: 595.28, height: 841.89 };

// Minimal view of the fontkit objects that react-pdf's font store holds once a font is loaded.
type OutlinePath = {
  translate(x: number, y: number): OutlinePath;
  scale(x: number, y: number): OutlinePath;
  toSVG(): string;
};
type LoadedFont = {
  unitsPerEm: number;
  capHeight: number;
  layout(text: string): { glyphs: { path: OutlinePath }[]; positions: { xAdvance: number }[] };
};

let shape: Promise<WatermarkShape> | null = null;

/** Computed once per process from the registered bold font (call registerFonts() first). */
export function watermarkShape(): Promise<WatermarkShape> {
  shape ??= (async () => {
    const source = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 700 });
    await source.load();
    const font = source.data as unknown as LoadedFont;
    const scale = SIZE / font.unitsPerEm;
    const run = font.layout(WORD);
    let x = 0;
    const parts: string[] = [];
    run.glyphs.forEach((glyph, index) => {
      parts.push(glyph.path.translate(x, 0).scale(scale, -scale).toSVG());
      x += run.positions[index].xAdvance;
    });
    return { d: parts.join(" "), width: x * scale, capHeight: font.capHeight * scale };
  })();
  return shape;
}

/** For a page of an unsigned document: the diagonal outline and the extractable word. */
export function Watermark({ shape }: { shape: WatermarkShape }) {
  const cx = A4.width / 2;
  const cy = A4.height / 2;
  return (
    <>
      <Svg
        fixed
        style={{ position: "absolute", top: 0, left: 0, width: A4.width, height: A4.height }}
        viewBox={`0 0 ${A4.width} ${A4.height}`}
      >
        <G transform={`rotate(-35 ${cx} ${cy}) translate(${cx - shape.width / 2} ${cy + shape.capHeight / 2})`}>
          <Path d={shape.d} fill="#d1d5db" fillOpacity={0.55} />
        </G>
      </Svg>
      <Text
        fixed
        style={{
          position: "absolute",
          top: 26,
          left: 60,
          right: 60,
          height: 14,
          textAlign: "center",
          fontSize: 9,
          fontWeight: 700,
          color: "#6b7280",
        }}
      >
        {WORD}
      </Text>
    </>
  );
}
