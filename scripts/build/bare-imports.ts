/**
 * Bare module specifiers a built ES module imports (statically or by a literal dynamic import).
 * Relative and absolute URLs are not bare. Minified output keeps `from"x"` and `import("x")` forms.
 */
export function bareImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s*["']([^"'./][^"']*)["']/g,
    /\bimport\s*\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    /\bimport\s*["']([^"'./][^"']*)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1]!;
      if (!/^[a-z]+:/.test(specifier)) found.add(specifier);
    }
  }
  return [...found];
}
