import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * What the source tree imports, read with the TypeScript parser: type-only imports are left out, as
 * they are gone from the built code. A name is `default`, an imported name, or `*` (namespace).
 */
export type SourceImports = Map<string, Set<string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

function addImports(file: string, found: SourceImports): void {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const add = (specifier: string, names: string[]) => {
    const set = found.get(specifier) ?? new Set<string>();
    names.forEach((name) => set.add(name));
    found.set(specifier, set);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const names: string[] = [];
      if (clause && !clause.isTypeOnly) {
        if (clause.name) names.push('default');
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
        if (bindings && ts.isNamedImports(bindings))
          for (const element of bindings.elements)
            if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
      }
      add(node.moduleSpecifier.text, names);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const names = node.isTypeOnly
        ? []
        : !clause || ts.isNamespaceExport(clause)
          ? ['*']
          : clause.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text);
      add(node.moduleSpecifier.text, names);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, ['*']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Every specifier the source under `dirs` imports (tests excluded), with the bindings it takes. */
export function sourceImports(dirs: string[]): SourceImports {
  const found: SourceImports = new Map();
  for (const dir of dirs) for (const file of sourceFiles(dir)) addImports(file, found);
  return found;
}
