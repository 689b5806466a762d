import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedBindings } from './bare-imports.ts';
import { sourceImports } from './source-imports.ts';

const listed = (found: Map<string, Set<string>>) =>
  Object.fromEntries([...found].map(([specifier, names]) => [specifier, [...names].sort()]));

describe('importedBindings (built code)', () => {
  it('reads default, named, namespace, re-export and dynamic imports of bare specifiers', () => {
    const code =
      'import d,{a as b,c}from"x";import*as n from"y";import e from"z";export{f as g}from"w";' +
      'const q=import("dyn");import{h}from"./rel.js";import"side";';
    expect(listed(importedBindings(code))).toEqual({
      x: ['a', 'c', 'default'],
      y: ['*'],
      z: ['default'],
      w: ['f'],
      dyn: ['*'],
    });
  });
});

describe('sourceImports (the source tree)', () => {
  it('keeps the value imports and leaves out type-only ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'klinik-imports-'));
    writeFileSync(
      join(dir, 'a.tsx'),
      [
        "import Button from '@mui/material/Button';",
        "import { Link as RouterLink, type RouteObject, useParams } from 'react-router';",
        "import type { QueryClient } from '@tanstack/react-query';",
        "export { useQuery } from '@tanstack/react-query';",
        "const lazy = () => import('./b.ts');",
      ].join('\n'),
    );
    writeFileSync(join(dir, 'a.test.tsx'), "import { MemoryRouter } from 'react-router';");
    expect(listed(sourceImports([dir]))).toEqual({
      '@mui/material/Button': ['default'],
      'react-router': ['Link', 'useParams'],
      '@tanstack/react-query': ['useQuery'],
      './b.ts': ['*'],
    });
  });
});
