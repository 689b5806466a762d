import { describe, expect, it, vi } from 'vitest';
import { muiBarrelImports } from './mui-imports.ts';

type Hook = (this: unknown, ...args: string[]) => unknown;
const plugin = muiBarrelImports();
const transform = plugin.transform as unknown as Hook;
const resolveId = plugin.resolveId as unknown as Hook;

describe('MUI through the consumer’s barrel (built shell and webapps)', () => {
  it('rewrites each per-component default import to a named import from @mui/material', () => {
    const source = [
      "import Button from '@mui/material/Button';",
      "import MuiLink from '@mui/material/Link';",
      "import { styled } from '@mui/material/styles';",
    ].join('\n');
    expect((transform.call({}, source, '/repo/webapps/aim/src/a.tsx') as { code: string }).code).toBe(
      [
        "import { Button as Button } from '@mui/material';",
        "import { Link as MuiLink } from '@mui/material';",
        "import { styled } from '@mui/material/styles';",
      ].join('\n'),
    );
  });

  it('leaves packages alone', () => {
    const source = "import SvgIcon from '@mui/material/SvgIcon';";
    expect(transform.call({}, source, '/repo/node_modules/@mui/icons-material/esm/Search.js')).toBeNull();
  });

  it('stops the build on a form it cannot rewrite, instead of leaving a specifier the import map lacks', () => {
    const error = vi.fn((message: string) => {
      throw new Error(message);
    });
    expect(() => resolveId.call({ error }, '@mui/material/Button', '/repo/shell/src/a.tsx')).toThrow(
      /one line/,
    );
    expect(resolveId.call({ error }, '@mui/material/SvgIcon', '/repo/node_modules/x/index.js')).toBeNull();
  });
});
