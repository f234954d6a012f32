// `npm run check` part: every export of a "use server" file is a public endpoint, so it must be an async function
// (a server action). A constant, a helper or a schema exported from such a file would be exposed or break the build.
// Types are read with the TypeScript checker, so `authedAction.….action(…)` counts as the async function it is.
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");
const configPath = ts.findConfigFile(root, ts.sys.fileExists, "tsconfig.json")!;
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
const program = ts.createProgram(config.fileNames, config.options);
const checker = program.getTypeChecker();

function hasUseServerDirective(file: ts.SourceFile): boolean {
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

function isAsyncFunction(type: ts.Type): boolean {
  const signatures = type.getCallSignatures();
  if (signatures.length === 0) return false;
  return signatures.every((signature) => {
    const returned = checker.getReturnTypeOfSignature(signature);
    return returned.getSymbol()?.getName() === "Promise";
  });
}

const problems: string[] = [];
let files = 0;
for (const file of program.getSourceFiles()) {
  if (file.isDeclarationFile || file.fileName.includes("/node_modules/")) continue;
  if (!hasUseServerDirective(file)) continue;
  files++;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Value)) continue; // types are erased: not endpoints
    const type = checker.getTypeOfSymbolAtLocation(symbol, file);
    if (!isAsyncFunction(type)) {
      problems.push(`${path.relative(root, file.fileName)}: "${exported.getName()}" is not an async function`);
    }
  }
}

if (problems.length) {
  console.error(`A "use server" file exports only async functions (server actions):\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`use server: ${files} files export async functions only`);
