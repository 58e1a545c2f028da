/**
 * The stories the app can tell: each file is fetched once, when its story is first asked for,
 * and checked against the claims it names. The story panel and the timeline's step marks both
 * read from here, so neither needs the other.
 */
import { absoluteUrl } from '../config/absolute-url.ts';
import { fetchJson } from './load-data.ts';
import type { Incident } from './schema.ts';
import { checkStory, type Story } from './story-schema.ts';
import { STORIES } from './stories.ts';

export type LoadedStory = { story: Story | null; errors: string[] };

export class StoryBook {
  private readonly cache = new Map<string, Promise<LoadedStory>>();

  constructor(
    private readonly incidents: readonly Incident[],
    private readonly urls: Readonly<Record<string, string>> = STORIES,
  ) {}

  /** Ids of every story (own keys only). */
  ids(): string[] {
    return Object.keys(this.urls);
  }

  get(id: string): Promise<LoadedStory> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const url = Object.hasOwn(this.urls, id) ? this.urls[id] : undefined;
    const loading = url ? this.load(id, url) : Promise.resolve({ story: null, errors: [`no story "${id.slice(0, 60)}"`] });
    this.cache.set(id, loading);
    return loading;
  }

  private async load(id: string, url: string): Promise<LoadedStory> {
    const name = `stories/${id}.json`;
    const loaded = await fetchJson(absoluteUrl(url), name);
    if (!loaded.json) return { story: null, errors: [loaded.error ?? `${name}: could not be loaded`] };
    return checkStory(loaded.json, this.incidents, name);
  }
}
