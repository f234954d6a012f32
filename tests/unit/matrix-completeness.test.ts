import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { operationMatrix } from "../matrix/operations";
import { pageMatrix } from "../matrix/pages";

const root = path.resolve(import.meta.dirname, "../..");

function walk(dir: string, predicate: (file: string) => boolean, found: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) walk(relative, predicate, found);
    else if (predicate(relative)) found.push(relative);
  }
  return found;
}

describe("cross-territory matrix completeness", () => {
  it("lists every exported server action", () => {
    const exported = walk("lib", (file) => /(^|\/)([a-z-]+-)?actions\.ts$/.test(file)).flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      expect(source.trimStart().startsWith('"use server"'), `${file} must start with "use server"`).toBe(true);
      return [...source.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)].map((m) => `${file}#${m[1]}`);
    });
    expect(exported.length).toBeGreaterThan(0);
    expect(operationMatrix.map((entry) => entry.action).sort()).toEqual(exported.sort());
  });

  it("lists every page and route handler of the app", () => {
    const routes = walk("app", (file) => /\/(page\.tsx|route\.ts)$/.test(file)).map(
      (file) =>
        "/" +
        file
          .replace(/^app\//, "")
          .replace(/(^|\/)(page\.tsx|route\.ts)$/, "")
          .split("/")
          .filter((segment) => !/^\(.*\)$/.test(segment))
          .join("/"),
    );
    expect(pageMatrix.map((entry) => entry.route).sort()).toEqual([...new Set(routes)].sort());
  });
});
