// Invalid inputs for the fuzzer (lib/cli/fuzz.ts), derived from each server action's own zod schema: the fields of
// the schema's object shape (through optional, nullable, pipe, intersection…), each with mutations that fit its
// kind (a string gets NUL bytes, lone surrogates and over-long text; a number gets huge, negative, fractional
// values; a date gets impossible days; an id gets another territory's ids), plus mutations of the whole input
// and of the request body. A seeded PRNG makes a run reproducible.
import type { z } from "zod";

/** mulberry32: small, fast, good enough to pick mutations reproducibly. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
export type Random = ReturnType<typeof prng>;

export type FieldKind = "string" | "number" | "boolean" | "enum" | "array" | "object" | "date" | "other";

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

/** The fields of a zod 4 object schema, through wrappers, pipes, intersections and unions (merged). */
export function shapeOf(schema: unknown, depth = 0): Record<string, z.ZodType> {
  const def = defOf(schema);
  if (!def || depth > 10) return {};
  switch (def.type) {
    case "object":
      return { ...(def.shape as Record<string, z.ZodType>) };
    case "intersection":
      return { ...shapeOf(def.left, depth + 1), ...shapeOf(def.right, depth + 1) };
    case "union":
      return Object.assign({}, ...(def.options as unknown[]).map((option) => shapeOf(option, depth + 1)));
    case "pipe":
      return { ...shapeOf(def.out, depth + 1), ...shapeOf(def.in, depth + 1) };
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return shapeOf(def.innerType, depth + 1);
    case "lazy":
      return shapeOf((def.getter as () => unknown)(), depth + 1);
    default:
      return {};
  }
}

/** What a field holds, once its wrappers are unwrapped (a pipe counts as what it reads: its input side). */
export function kindOf(schema: unknown, depth = 0): FieldKind {
  const def = defOf(schema);
  if (!def || depth > 10) return "other";
  switch (def.type) {
    case "string":
    case "template_literal":
      return "string";
    case "number":
    case "int":
    case "bigint":
      return "number";
    case "boolean":
      return "boolean";
    case "enum":
    case "literal":
      return "enum";
    case "date":
      return "date";
    case "array":
    case "tuple":
    case "set":
      return "array";
    case "object":
    case "record":
    case "map":
      return "object";
    case "pipe": {
      const input = kindOf(def.in, depth + 1);
      return input === "other" ? kindOf(def.out, depth + 1) : input;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return kindOf(def.innerType, depth + 1);
    case "union": {
      const kinds = (def.options as unknown[]).map((option) => kindOf(option, depth + 1));
      return kinds.find((kind) => kind !== "other" && kind !== "enum") ?? kinds[0] ?? "other";
    }
    case "lazy":
      return kindOf((def.getter as () => unknown)(), depth + 1);
    default:
      return "other";
  }
}

/** The element schema of an array field (for mutations inside its first element). */
export function elementOf(schema: unknown, depth = 0): unknown {
  const def = defOf(schema);
  if (!def || depth > 10) return undefined;
  if (def.type === "array") return def.element;
  if (def.type === "pipe") return elementOf(def.in, depth + 1) ?? elementOf(def.out, depth + 1);
  if ("innerType" in def) return elementOf(def.innerType, depth + 1);
  return undefined;
}

const IMPOSSIBLE_DATES = [
  "2025-13-45",
  "0000-01-01",
  "2024-02-30",
  "2023-02-29",
  "9999-12-31",
  "2025-00-10",
  "2025-06-31",
  "-001-01-01",
  "2025-1-1",
  "20250101",
  "2025-06-12T25:61:00Z",
  "1899-12-31",
  "2201-01-01",
  "Invalid Date",
  "2025-06",
  "2025-W24",
];
/** Strings that React's reply decoder reads as references, not as text. */
const REACT_REFERENCES = [
  "$T",
  "$@1",
  "$Q",
  "$K1",
  "$Q1",
  "$W1",
  "$F1",
  "$h1",
  "$D2025",
  "$n1",
  "$-0",
  "$NaN",
  "$Infinity",
  "$undefined",
  "$1",
  "$S1",
  "$B1",
  "$l1",
  "$i1",
  "$$",
  "$",
];
const WEIRD_STRINGS = [
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "\u202e\u0007bell",
  "\r\n\t\u000b\u000c",
  "\uffff\ufffe",
  " ",
  "",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Territory"; --',
  "%00",
  "../../etc/passwd",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x10",
  "١٢٣",
  "😀".repeat(300),
];
const WEIRD_NUMBERS = [
  -1,
  0,
  -0,
  1.5,
  -2_147_483_649,
  2_147_483_648,
  9_007_199_254_740_993,
  1e308,
  -1e308,
  5e-324,
  1e21,
  Number.MAX_SAFE_INTEGER,
  0.1 + 0.2,
];
const GARBAGE_IDS = [
  "",
  " ",
  "x",
  "clxxxxxxxxxxxxxxxxxxxxxxx",
  "00000000-0000-0000-0000-000000000000",
  "1",
  "null",
  "undefined",
  "*",
  "%",
  "' OR '1'='1",
  "a".repeat(300),
];

function longString(random: Random): string {
  const length = random.pick([256, 1_001, 5_001, 20_001, 100_001, 1_000_001]);
  return random
    .pick(["a", "é", "<p>x</p>", "😀"])
    .repeat(Math.ceil(length / 1))
    .slice(0, length);
}

/** A value of another type than `kind` (and sometimes of no sensible type at all). */
function wrongType(kind: FieldKind, random: Random): unknown {
  const candidates: unknown[] = [
    null,
    true,
    false,
    0,
    42,
    -7.5,
    "",
    "texte",
    [],
    ["a", 1],
    {},
    { a: 1 },
    [[[]]],
    { $$typeof: "x" },
  ];
  const filtered = candidates.filter((value) => {
    if (kind === "string" || kind === "enum" || kind === "date") return typeof value !== "string";
    if (kind === "number") return typeof value !== "number";
    if (kind === "boolean") return typeof value !== "boolean";
    if (kind === "array") return !Array.isArray(value);
    if (kind === "object") return typeof value !== "object" || Array.isArray(value) || value === null;
    return true;
  });
  return random.pick(filtered);
}

function deeplyNested(depth: number): unknown {
  let value: unknown = "x";
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

export type FuzzContext = {
  /** Ids of records of territories this user cannot reach (never ids of its own territories). */
  foreignIds: string[];
};

/** One mutation of one field's value, fitting its kind. Returns the mutation's name and the new value. */
function mutateValue(
  field: string,
  kind: FieldKind,
  current: unknown,
  random: Random,
  context: FuzzContext,
): [string, unknown] {
  const looksLikeId = /Ids?$/.test(field);
  const looksLikeDate = /date|Date|From|Until|At$|month|Month/.test(field) || kind === "date";
  const options: (() => [string, unknown])[] = [
    () => ["wrong type", wrongType(kind, random)],
    () => ["react reference", random.pick(REACT_REFERENCES)],
    () => ["weird string", random.pick(WEIRD_STRINGS)],
    () => ["over-long string", longString(random)],
    () => ["number", random.pick(WEIRD_NUMBERS)],
    () => ["array of the value", [current, current]],
    () => ["nested", deeplyNested(random.pick([3, 25, 200]))],
  ];
  if (looksLikeId || kind === "array") {
    options.push(() => ["foreign id", context.foreignIds.length ? random.pick(context.foreignIds) : "x"]);
    options.push(() => ["foreign id", context.foreignIds.length ? random.pick(context.foreignIds) : "x"]);
    options.push(() => ["garbage id", random.pick(GARBAGE_IDS)]);
    options.push(() => ["foreign ids", context.foreignIds.slice(0, 1 + random.int(5))]);
  }
  if (looksLikeDate) {
    options.push(() => ["impossible date", random.pick(IMPOSSIBLE_DATES)]);
    options.push(() => ["impossible date", random.pick(IMPOSSIBLE_DATES)]);
  }
  if (
    kind === "number" ||
    /version|number|capacity|population|amount|planned|actual|members|votes|abstentions|rate|position|value/i.test(
      field,
    )
  ) {
    options.push(() => ["bad number", random.pick(WEIRD_NUMBERS)]);
    options.push(() => [
      "bad number text",
      random.pick(["-1", "1.5", "1e400", "2147483648", "1 000", "12,5.3", "NaN", "--1", "0x1F", "１２"]),
    ]);
  }
  if (kind === "enum")
    options.push(() => ["unknown enum value", random.pick(["", "draft", "ADMIN", "SIGNED ", "signed", "__proto__"])]);
  if (kind === "string" && typeof current === "string" && current.length > 0)
    options.push(() => ["value with a NUL byte", `${current}\u0000`]);
  return random.pick(options)();
}

export type FuzzInput = {
  /** What was mutated, for the report. */
  label: string;
  /** The raw request body (the JSON of the argument list, or something that is not even that). */
  body: string;
};

/**
 * An invalid input for an action, from a valid one (`base`, aimed at a territory the user cannot reach) and the
 * action's schema.
 */
export function mutateInput(
  schema: unknown,
  base: Record<string, unknown>,
  random: Random,
  context: FuzzContext,
): FuzzInput {
  const shape = shapeOf(schema);
  const fields = [...new Set([...Object.keys(shape), ...Object.keys(base)])];
  const roll = random.next();
  const input: Record<string, unknown> = { ...base };
  const args = (value: unknown, label: string): FuzzInput => ({ label, body: JSON.stringify([value]) });
  if (roll < 0.05) {
    const whole: [string, unknown][] = [
      ["input null", null],
      ["input a string", "texte"],
      ["input a number", 1],
      ["input an array", [base]],
      ["input empty", {}],
      ["input a reference", random.pick(REACT_REFERENCES)],
      ["input deeply nested", deeplyNested(random.pick([30, 500]))],
      ["input with many keys", Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`k${i}`, i]))],
      ["input __proto__", JSON.parse(`{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}`)],
    ];
    const [label, value] = random.pick(whole);
    return args(value, label);
  }
  if (roll < 0.09) {
    const bodies: [string, string][] = [
      ["body not JSON", "{not json"],
      ["body empty", ""],
      ["body an object", JSON.stringify(base)],
      ["body two arguments", JSON.stringify([base, base])],
      ["body no argument", "[]"],
      ["body a number", "42"],
      ["body a reference", JSON.stringify(random.pick(REACT_REFERENCES))],
      ["body with a NUL", `[${JSON.stringify(base).slice(0, -1)},"x":"\u0000"}]`],
      ["body truncated", JSON.stringify([base]).slice(0, 10)],
    ];
    const [label, body] = random.pick(bodies);
    return { label, body };
  }
  if (roll < 0.17 && fields.length) {
    const field = random.pick(fields);
    delete input[field];
    return args(input, `missing ${field}`);
  }
  if (roll < 0.22) {
    const key = random.pick([
      "isAdmin",
      "territoryId",
      "caisseId",
      "role",
      "__proto__",
      "status",
      "id",
      "createdAt",
      "\u0000",
    ]);
    input[`${key}`] = random.pick([true, "SIGNED", context.foreignIds[0] ?? "x", { nested: 1 }, "$T"]);
    return args(input, `extra ${JSON.stringify(key)}`);
  }
  // One or two fields mutated (the second rarely), nested into the first element of an array of objects sometimes.
  let label = "";
  const count = random.next() < 0.85 ? 1 : 2;
  for (let i = 0; i < count && fields.length; i += 1) {
    const field = random.pick(fields);
    const fieldSchema = shape[field];
    const element = elementOf(fieldSchema);
    const current = input[field];
    if (element && Array.isArray(current) && current.length && random.next() < 0.4) {
      const elementShape = shapeOf(element);
      const first = current[0];
      if (first && typeof first === "object" && Object.keys(elementShape).length) {
        const inner = random.pick(Object.keys(elementShape));
        const [name, value] = mutateValue(
          inner,
          kindOf(elementShape[inner]),
          (first as Record<string, unknown>)[inner],
          random,
          context,
        );
        input[field] = [{ ...(first as object), [inner]: value }, ...current.slice(1)];
        label += `${label ? " + " : ""}${field}[0].${inner}: ${name}`;
        continue;
      }
    }
    const [name, value] = mutateValue(field, kindOf(fieldSchema), current, random, context);
    input[field] = value;
    label += `${label ? " + " : ""}${field}: ${name}`;
  }
  return args(input, label || "unchanged");
}
