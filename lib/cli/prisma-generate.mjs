// Runs `prisma generate` on any machine. The Prisma CLI insists on downloading its native schema engine
// before `generate`, although generate never uses it; where that download host is unreachable the CLI fails.
// Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing executable skips the download (see README).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
