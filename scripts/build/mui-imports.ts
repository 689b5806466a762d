import type { Plugin } from 'vite';

/** The one specifier a built shell or webapp imports MUI components from. */
export const MUI_BARREL = '@mui/material';
// Components are PascalCase; data modules such as `@mui/material/locale` are bundled where used.
export const MUI_COMPONENT = /^@mui\/material\/[A-Z][A-Za-z]+$/;
const COMPONENT_IMPORT = /^import ([A-Za-z_$][\w$]*) from '@mui\/material\/([A-Z][A-Za-z]+)';$/gm;

/**
 * The source imports MUI per component, as MUI recommends (`import Button from '@mui/material/Button'`),
 * and vitest and editors resolve that from node_modules. A built shell or webapp instead imports every
 * component from `@mui/material`, which the import map resolves, per consumer, to one file with just
 * the components that consumer uses: a launch into Søg fetched about 40 re-export files of a hundred
 * bytes each before, each its own request and its own preload.
 */
export function muiBarrelImports(): Plugin {
  const ours = (id: string) => !id.includes('/node_modules/') && /\.tsx?$/.test(id);
  return {
    name: 'klinik:mui-barrel-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!ours(id)) return null;
      const rewritten = code.replace(
        COMPONENT_IMPORT,
        (_, binding: string, name: string) => `import { ${name} as ${binding} } from '${MUI_BARREL}';`,
      );
      return rewritten === code ? null : { code: rewritten, map: null };
    },
    // Any other form would reach the import map as a specifier it no longer has.
    resolveId(source, importer) {
      if (importer && ours(importer) && MUI_COMPONENT.test(source))
        this.error(`${importer}: import MUI components as \`import Name from '${source}';\`, on one line`);
      return null;
    },
  };
}
