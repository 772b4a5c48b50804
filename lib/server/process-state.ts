// State that must be one per server process although Next.js evaluates a module more than once
// (the custom server, each route bundle, the proxy, dev reloads): the database handle, the
// caches in front of Next, the publication worker. All of it hangs from one global, by name.

type Registry = Map<string, unknown>;
const holder = globalThis as typeof globalThis & { __toaSoan?: Registry };

/** The process's one value under `name`, made by `create` the first time any bundle asks. */
export function processState<T>(name: string, create: () => T): T {
  const registry = (holder.__toaSoan ??= new Map());
  if (!registry.has(name)) registry.set(name, create());
  return registry.get(name) as T;
}
