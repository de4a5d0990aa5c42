/**
 * The app's one state object, a rune class in context (as svelte-maplibre keeps its map
 * context): created once by the root layout, read by routes and components with `useAtlas()`.
 * Each thing is derived once here: the index, the parsed view, the language, the metric, the
 * selected city (one identity: its 6-digit code), the notice, the carrier payload, the credit.
 * The URL stays the source of truth: `navigate()` writes a new view, and the view is re-read.
 */
import { getContext, setContext } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { base } from '$app/paths';
import { AtlasIndex, type Atlas, type AtlasCity } from '../data/atlas';
import { cityMetric, type CityMetric } from '../domain/aggregate';
import { creditFor, type Credit } from '../domain/credit';
import { periodNote, starsPeriod, type PlanPeriod } from '../domain/plan-period';
import { legendTitle } from '../domain/describe';
import { carriersForCluster, type CarrierAtlas } from '../domain/carriers';
import { loadCarrierAtlas } from '../data/carriers-client';
import { t, type Lang } from '../i18n/messages';
import type { Glosses } from '../i18n/gloss';
import { describeIgnored } from './notice';
import { parseView, type ParsedView } from './url';
import { contextFromDataset, type ViewState } from './view';
import { viewHref } from './nav';
import { routePath, startView } from './per-view';
import type { MapHandle } from '../map/handle';

/** Where the map stands: drawing, drawn, or replaced by a message (the table holds the values). */
export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'error';

export class AtlasState {
  /** False while the prerendered default view is shown; the URL is read once mounted. */
  mounted = $state(false);
  /** The user closed the notice about ignored link parameters. */
  dismissed = $state(false);
  /** A city lit from outside the map (matrix hover) or on it (pointer), by code. */
  hover = $state<string | null>(null);
  /** Cities a search named for the chosen product or sub-sector (outlined on the map). */
  named = $state<string[]>([]);
  mapStatus = $state<MapStatus>('loading');
  /** A camera hash the map could not use (dropped from the link), for the notice. */
  cameraRejected = $state<string | null>(null);
  mapError = $state('');
  carriers = $state<CarrierAtlas | null>(null);
  carrierError = $state('');
  /** Glosses that came with data loaded after the page (evidence, carriers, page data). */
  private loadedGlosses = $state.raw<Glosses>({});
  /** The drawn map, for exports; set by the map host while it lives. Not reactive. */
  map: MapHandle | null = null;

  readonly index: AtlasIndex;
  readonly parsed: ParsedView;
  readonly metric: CityMetric;
  /** The selected clusters' names in the current language. */
  readonly names: string[];
  /** The legend's heading for the current selection. */
  readonly legendTitle: string;
  /** The selected city, or null. */
  readonly city: AtlasCity | null;
  /** One line naming the link parameters that were not used; '' when none (or dismissed). */
  readonly notice: string;
  /** Carrier ids that serve the selected clusters (emphasised on the map). */
  readonly emphasised: Set<string>;
  /** The documents the stars come from, chosen by source id (see domain/credit.ts). */
  readonly credit: Credit;
  /** Chinese → English for what the page shows: the route's glosses and every loaded payload's. */
  readonly glosses: Glosses;
  /** Today (YYYY-MM-DD): the day the page judges periods and windows by. */
  // Read once, as a string: nothing here mutates or observes the clock.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  today = $state(new Date().toISOString().slice(0, 10));
  /** The stars' plan period, and whether it has ended today. */
  readonly planPeriod: PlanPeriod | null;

  constructor(atlas: () => Atlas) {
    this.index = $derived(new AtlasIndex(atlas()));
    // A route's load may return `glosses` for the Chinese its page shows; the atlas every page
    // carries has none (its Chinese is bilingual or shown as names).
    this.glosses = $derived({
      ...(page.data.glosses as Glosses | undefined),
      ...this.loadedGlosses,
    });
    this.parsed = $derived.by(() => {
      // A per-view page (`/new-energy-en`) starts from its cluster and language; the query,
      // read once mounted, goes on top.
      const start = startView(
        page.params.view,
        atlas().clusters.map((c) => c.id),
      );
      return this.mounted
        ? parseView(page.url.search, contextFromDataset(atlas()), start)
        : { view: start, ignored: [], fields: {} as ParsedView['fields'] };
    });
    this.metric = $derived(cityMetric(this.index, this.view.clusters, this.view.agg));
    this.names = $derived(
      this.metric.clusters.map((id) => this.index.cluster(id)!.name[this.lang]),
    );
    this.legendTitle = $derived(legendTitle(this.metric, this.names, this.lang));
    this.city = $derived(this.view.city ? (this.index.cityById.get(this.view.city) ?? null) : null);
    this.notice = $derived.by(() => {
      if (this.dismissed) return '';
      const ignored = this.cameraRejected
        ? [
            ...this.parsed.ignored,
            { key: this.cameraRejected, value: '', reason: 'invalid-value' as const },
          ]
        : this.parsed.ignored;
      return describeIgnored(ignored, this.lang);
    });
    this.credit = $derived(creditFor({ stars: true }, this.index.atlas.sources));
    this.planPeriod = $derived(starsPeriod(this.index.atlas.sources, this.today));
    this.emphasised = $derived(
      // Rebuilt whole on each change, never mutated: a plain Set is enough.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      new Set(
        this.carriers
          ? carriersForCluster(this.carriers, this.metric.clusters).map((c) => c.id)
          : [],
      ),
    );
  }

  get view(): ViewState {
    return this.parsed.view;
  }
  /** The route's path without a per-view slug (`/embed/new-energy-en` → `/embed`). */
  get routePath(): string {
    return routePath(page.url.pathname, page.params.view);
  }
  /** The per-view slug this page was opened at, if any. */
  get slug(): string | undefined {
    return page.params.view;
  }
  get lang(): Lang {
    return this.view.lang;
  }
  /** The selected city's code, or null. */
  get cityCode(): string | null {
    return this.city?.code ?? null;
  }
  /** The map is drawn or has given way to a message: the page may start its heavier work. */
  get mapSettled(): boolean {
    return this.mapStatus !== 'loading';
  }
  /** The plan period in words: "星级出自…规划期 … 至 …。该规划期已于 … 结束…" ('' if unknown). */
  get periodNote(): string {
    return periodNote(this.planPeriod, this.lang);
  }
  /** "新能源、汽车" or the app's title when nothing is selected. */
  get title(): string {
    return this.names.length ? this.names.join(t(this.lang, 'listSep')) : t(this.lang, 'appTitle');
  }

  /** Writes a new view as a history entry (or in place), keeping the camera hash. */
  navigate(patch: Partial<ViewState>, opts: { replace?: boolean } = {}): void {
    const next = { ...this.view, ...patch };
    if (patch.clusters) this.named = [];
    // location.hash, not page.url.hash: the camera hash is written by shallow replaceState.
    void goto(viewHref(this.routePath, next, location.hash), {
      keepFocus: true,
      noScroll: true,
      replaceState: opts.replace ?? false,
    });
  }

  /** Adds the glosses a payload carries (evidence, carriers, a page's data); once each. */
  addGlosses(glosses: Glosses | undefined): void {
    if (glosses && Object.keys(glosses).some((k) => !(k in this.loadedGlosses)))
      this.loadedGlosses = { ...this.loadedGlosses, ...glosses };
  }

  /** Opens a city's panel by its code (what the map, matrix and lists know a city by). */
  openCity(code: string | null): void {
    this.navigate({ city: code ? (this.index.city(code)?.id ?? null) : null });
  }

  /** Fetches the carrier payload once, on first need (a layer toggled, a panel opened). */
  loadCarriers(): void {
    if (this.carriers || this.carrierError) return;
    loadCarrierAtlas(base).then(
      (a) => {
        this.addGlosses(a.glosses);
        this.carriers = a;
      },
      (e: Error) => (this.carrierError = e.message),
    );
  }
}

const KEY = Symbol('atlas-state');

/** Called once by the root layout: one state shared by every route and component. */
export function provideAtlas(atlas: () => Atlas): AtlasState {
  return setContext(KEY, new AtlasState(atlas));
}

export function useAtlas(): AtlasState {
  return getContext<AtlasState>(KEY);
}
