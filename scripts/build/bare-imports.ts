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

/**
 * The bindings a built ES module imports from each bare specifier: `default`, the imported names,
 * or `*` for a namespace or dynamic import (anything may be used). Minified output only has the
 * forms `import d,{a as b}from"x"`, `import*as n from"x"`, `export{a}from"x"` and `import("x")`.
 */
export function importedBindings(code: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (specifier: string, names: string[]) => {
    if (/^[./]|^[a-z]+:/.test(specifier)) return;
    const set = found.get(specifier) ?? new Set<string>();
    names.forEach((name) => set.add(name));
    found.set(specifier, set);
  };
  const named = (list: string) =>
    list
      .split(',')
      .map((item) =>
        item
          .trim()
          .split(/\s+as\s+/)[0]!
          .trim(),
      )
      .filter(Boolean);
  const statement =
    /\b(import|export)\s*(?:([\w$]+)\s*,?\s*)?(?:\*\s*as\s+[\w$]+|(\*)|\{([^}]*)\})?\s*from\s*["']([^"']+)["']/g;
  for (const [text, keyword, defaultName, star, list, specifier] of code.matchAll(statement)) {
    const names = list === undefined ? [] : named(list);
    if (defaultName && keyword === 'import') names.push('default');
    if (text.includes('*')) names.push('*');
    if (star && keyword === 'export') names.push('*');
    add(specifier!, names);
  }
  for (const match of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) add(match[1]!, ['*']);
  return found;
}
