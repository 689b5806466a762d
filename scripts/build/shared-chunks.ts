import type { Rolldown } from 'vite';

/**
 * How the shared build groups modules into files. Left to itself, the bundler cuts one chunk per
 * set of shared entries that use a module, which for per-component MUI entries is over a hundred
 * files of a few hundred bytes: a launch then spends its time on requests, not on code.
 *
 * Grouping by *consumer* instead: one chunk with everything the shell's imports reach, and one
 * chunk per set of webapps that need the same modules. A webapp then loads exactly the code it
 * uses, in a handful of files; each shared entry stays a file of its own (the import map needs
 * one URL per specifier), as a re-export of the group that holds its code.
 */
export interface Consumers {
  /** The shared entries (module ids) the shell's entry needs on every page, /launch included. */
  boot: string[];
  /** The shared entries (module ids) the shell imports. */
  shell: string[];
  /** The shared entries each webapp imports, by webapp name. */
  webapps: Record<string, string[]>;
}

const BOOT_GROUP = 'boot';
const PORTAL_GROUP = 'portal';
// The bundler's helpers, imported by every chunk: with the boot modules, which every page loads.
const RUNTIME = /^\0?rolldown[/:]runtime/;

/** Every module reachable from `entries`: statically, and with `dynamic` also through lazy imports. */
function reach(
  entries: string[],
  info: Rolldown.ChunkingContext['getModuleInfo'],
  dynamic: boolean,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const module = info(id);
    if (!module) continue;
    queue.push(...module.importedIds, ...(dynamic ? module.dynamicallyImportedIds : []));
  }
  return seen;
}

/**
 * The group of each module: `boot` for what the shell's entry needs before the handoff, `portal` for
 * the rest of what the shell reaches statically, otherwise the sorted names of the webapps that
 * reach it, at mount included (lazy imports).
 */
function assigner(consumers: Consumers) {
  let groups: Map<string, string[]> | undefined;
  return (id: string, ctx: Rolldown.ChunkingContext): string[] | undefined => {
    if (!groups) {
      const info = (moduleId: string) => ctx.getModuleInfo(moduleId);
      groups = new Map();
      const claim = (moduleIds: Iterable<string>, group: string) => {
        for (const moduleId of moduleIds) if (!groups!.has(moduleId)) groups!.set(moduleId, [group]);
      };
      claim(reach(consumers.boot, info, false), BOOT_GROUP);
      claim(reach(consumers.shell, info, false), PORTAL_GROUP);
      const tiers = new Map(groups);
      for (const [name, entries] of Object.entries(consumers.webapps).sort(([a], [b]) =>
        a.localeCompare(b),
      )) {
        for (const moduleId of reach(entries, info, true)) {
          if (!tiers.has(moduleId)) groups.set(moduleId, [...(groups.get(moduleId) ?? []), name]);
        }
      }
    }
    return RUNTIME.test(id) ? [BOOT_GROUP] : groups.get(id);
  };
}

const isTier = (members: string[] | undefined, tier: string) => members?.[0] === tier;

/**
 * Rolldown groups for the consumer grouping above. A module's dependencies are used by at least the
 * same consumers, so groups are taken largest consumer set first (the portal before everything):
 * pulling a module's dependencies into its group can then never steal one another group needs.
 */
export function sharedChunkGroups(consumers: Consumers): Rolldown.CodeSplittingOptions {
  const group = assigner(consumers);
  const all = Object.keys(consumers.webapps).length;
  const tier = (name: string, priority: number): Rolldown.CodeSplittingGroup => ({
    debugName: name,
    name: (id, ctx) => (isTier(group(id, ctx), name) ? name : null),
    priority,
  });
  // Named `webapps` when all of them use it, otherwise after its users: `aim~ydelsesoverblik`.
  const webappSets = Array.from({ length: all }, (_, i): Rolldown.CodeSplittingGroup => ({
    debugName: `used by ${all - i} webapps`,
    name: (id, ctx) => {
      const members = group(id, ctx);
      if (!members || isTier(members, BOOT_GROUP) || isTier(members, PORTAL_GROUP)) return null;
      if (members.length !== all - i) return null;
      return members.length === all ? 'webapps' : members.join('~');
    },
    priority: all - i,
  }));
  return { groups: [tier(BOOT_GROUP, all + 2), tier(PORTAL_GROUP, all + 1), ...webappSets] };
}
