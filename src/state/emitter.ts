/**
 * A minimal typed event emitter: `on` returns the function that removes the listener. Each event
 * carries a second argument, the meta data of the change that caused it (the store's intent).
 */
export class Emitter<Events extends Record<string, unknown>, Meta = undefined> {
  private listeners = new Map<keyof Events, Set<(payload: never, meta: Meta) => void>>();

  on<K extends keyof Events>(type: K, listener: (payload: Events[K], meta: Meta) => void): () => void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as (payload: never, meta: Meta) => void);
    this.listeners.set(type, set);
    return () => {
      set.delete(listener as (payload: never, meta: Meta) => void);
    };
  }

  emit<K extends keyof Events>(type: K, payload: Events[K], meta: Meta): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (p: Events[K], m: Meta) => void)(payload, meta);
  }

  /** How many listeners are attached (a leak check for tests and the soak benchmark). */
  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}
