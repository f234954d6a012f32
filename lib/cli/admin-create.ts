// `npm run admin:create -- <email> [--name "Prénom Nom"]`: creates a platform operator (or makes an existing user
// one) on the embedded database (DATABASE_URL when set). The password is asked on the terminal without echo, or
// read from the first line of stdin when stdin is not a terminal (`echo … | npm run admin:create -- …`).
import { pathToFileURL } from "node:url";
import { hashPassword } from "../auth/password";
import { emailSchema } from "../caisses/schemas";
import { createPrismaClient, type Db } from "../db/client";
import { openDatabase } from "../db/local";
import { applyMigrations } from "../db/migrate";
import { text, z } from "../zod-fr";

export const OPERATOR_PASSWORD_MIN = 12;
export const OPERATOR_PASSWORD_MAX = 128;

const argsSchema = z.object({
  email: emailSchema,
  name: text("Nom", 120, 2).optional(),
});
const passwordSchema = z
  .string()
  .min(OPERATOR_PASSWORD_MIN, `Le mot de passe doit comporter au moins ${OPERATOR_PASSWORD_MIN} caractères.`)
  .max(OPERATOR_PASSWORD_MAX, `Le mot de passe doit comporter au plus ${OPERATOR_PASSWORD_MAX} caractères.`);

export type CliIo = {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: NodeJS.WritableStream;
};

export class UsageError extends Error {}

export function parseArgs(argv: string[]): { email: string; name?: string } {
  let email: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--name") name = argv[++i];
    else if (argv[i].startsWith("--name=")) name = argv[i].slice("--name=".length);
    else if (argv[i].startsWith("--")) throw new UsageError(`Option inconnue : ${argv[i]}`);
    else if (email === undefined) email = argv[i];
    else throw new UsageError(`Argument en trop : ${argv[i]}`);
  }
  const parsed = argsSchema.safeParse({ email: email ?? "", name });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join(" "));
  return parsed.data;
}

/** The first line of a non-terminal stdin (a pipe, a file). */
async function readLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let data = "";
  for await (const chunk of stdin) {
    data += chunk.toString();
    if (data.includes("\n")) break;
  }
  return data.split(/\r?\n/)[0];
}

/** Asks on a terminal with the keys not echoed (raw mode); Ctrl-C aborts. */
function askHidden(io: CliIo, prompt: string): Promise<string> {
  const { stdin, stdout } = io;
  stdout.write(prompt);
  return new Promise((resolve, reject) => {
    let value = "";
    stdin.setRawMode?.(true);
    stdin.resume();
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          done();
          stdout.write("\n");
          resolve(value);
          return;
        }
        if (char === "\u0003") {
          done();
          stdout.write("\n");
          reject(new UsageError("Abandon."));
          return;
        }
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    const done = () => {
      stdin.off("data", onData);
      stdin.setRawMode?.(false);
      stdin.pause();
    };
    stdin.on("data", onData);
  });
}

export async function readPassword(io: CliIo): Promise<string> {
  if (!io.stdin.isTTY) return passwordSchema.parseAsync(await readLine(io.stdin)).catch(toUsageError);
  const first = await askHidden(io, "Mot de passe (12 à 128 caractères) : ");
  const checked = passwordSchema.safeParse(first);
  if (!checked.success) throw new UsageError(checked.error.issues[0].message);
  const second = await askHidden(io, "Confirmez le mot de passe : ");
  if (second !== first) throw new UsageError("Les deux mots de passe diffèrent.");
  return first;
}

function toUsageError(error: unknown): never {
  if (error instanceof z.ZodError) throw new UsageError(error.issues[0].message);
  throw error;
}

/**
 * Creates the operator or promotes an existing user (its password is then replaced, its roles kept). Answers what
 * it did, in a sentence.
 */
export async function adminCreate(db: Db, argv: string[], io: CliIo): Promise<string> {
  const { email, name } = parseArgs(argv);
  const password = await readPassword(io);
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, isPlatformOperator: true } });
  if (existing) {
    await db.user.update({
      where: { id: existing.id },
      data: { isPlatformOperator: true, isActive: true, passwordHash, ...(name ? { name } : {}) },
    });
    return existing.isPlatformOperator
      ? `${email} était déjà opérateur de la plateforme : mot de passe remplacé.`
      : `${email} existait : il est maintenant opérateur de la plateforme (mot de passe remplacé, rôles conservés).`;
  }
  await db.user.create({
    data: { email, name: name ?? email.split("@")[0], passwordHash, isPlatformOperator: true },
  });
  return `Opérateur de la plateforme créé : ${email}. Connectez-vous puis ouvrez /plateforme.`;
}

async function main() {
  const database = await openDatabase();
  const db = createPrismaClient(database.url, 2);
  try {
    await applyMigrations(database.url);
    console.log(await adminCreate(db, process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout }));
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(
      error instanceof UsageError
        ? `${error.message}\nUsage : npm run admin:create -- <email> [--name "Prénom Nom"]`
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exit(1);
  });
}
