/**
 * One store per file for the life of the process: switching a path in settings switches stores, switching back
 * finds the same store (and its state) again, and a store that failed to open is tried afresh next time. Any
 * further arguments are used when the store is opened.
 */
export function onePerPath<T, A extends unknown[] = []>(open: (path: string, ...rest: A) => Promise<T>): (path: string, ...rest: A) => Promise<T> {
  const stores = new Map<string, Promise<T>>();
  return (path, ...rest) => {
    let s = stores.get(path);
    if (!s) {
      s = open(path, ...rest);
      stores.set(path, s);
      s.catch(() => stores.delete(path));
    }
    return s;
  };
}
