import type { Plugin } from 'vite';

export const MODULE_LIST_FILE = '.vite/modules.json';

/** Records which source modules went into the build, so CI can prove no shared package was bundled. */
export function moduleListPlugin(): Plugin {
  return {
    name: 'klinik:module-list',
    generateBundle(_, bundle) {
      const modules = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' ? Object.keys(output.modules) : [],
      );
      this.emitFile({
        type: 'asset',
        fileName: MODULE_LIST_FILE,
        source: JSON.stringify([...new Set(modules)].sort(), null, 1),
      });
    },
  };
}
