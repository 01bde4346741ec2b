import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Locale, Walk, WalkStop } from '../../base/api-types.js';
import type { ApiClient } from '../../base/api-client.js';
import { SamskabElement, baseStyles } from '../../base/base-element.js';
import type { Catalogue } from '../../base/i18n.js';
import { renderRichText } from '../../base/rich-text.js';
import { focalPosition, imageSrc, imageSrcset, safeHref } from '../../base/urls.js';
import { bearingDegrees, compassPoint, distanceMeters, fitViewport, project, type LatLng } from './walk-geo.js';
import { clock, passageAt, passages, type Passage } from './walk-transcript.js';
import { styles } from './walk.styles.js';

type WalkMap = typeof import('./walk-map.js');
type GeoState = 'off' | 'locating' | 'watching' | 'denied' | 'unavailable' | 'unsupported';
type Reason = 'next' | 'previous' | 'location' | 'media-session' | 'audio';

export interface SamskabWalkStopDetail {
  walk: string;
  order: number;
  title: string;
  /** What moved the walker on: the next/previous buttons, a location prompt, the lock screen, or playing a stop's audio. */
  reason: Reason;
}

/** The walker is now at another stop. */
export class SamskabWalkStopEvent extends CustomEvent<SamskabWalkStopDetail> {
  static readonly type = 'samskab-walk-stop';
  constructor(detail: SamskabWalkStopDetail) {
    super(SamskabWalkStopEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** The drawing's size in SVG units (the SVG scales to the widget's width). */
const MAP_W = 400;
const MAP_MIN_H = 180;
const MAP_MAX_H = 320;
const MAP_PAD = 28;

/** An audio URL from the API: http(s), resolved against the API origin (data:audio for recorded examples). */
function audioSrc(src: string, apiOrigin: string): string | undefined {
  try {
    const trimmed = src.trim();
    if (/^data:audio\/[a-z0-9.+-]+[;,]/i.test(trimmed)) return trimmed;
    const url = new URL(trimmed, apiOrigin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @tagname samskab-walk
 * @summary The podcast walk: the route drawn (on a map when the host gives a tile URL), the stops in order, each with its audio, the transcript beside it, the linked story and the way to the next stop. With permission, it offers each stop when the walker gets there.
 *
 * @attr walk - The walk's slug.
 * @attr tiles - Optional map tiles, a URL template such as `https://tiles.example/{z}/{x}/{y}.png` (http(s), with `{z}`, `{x}` and `{y}`). Without it, or when the tiles cannot be loaded, the route is drawn as an outline. The tile host gets requests from the visitor's browser: name it in your privacy notice and Content Security Policy (`img-src`).
 * @attr tiles-attribution - The attribution the tile provider requires, e.g. `© OpenStreetMap`; shown under the map.
 * @attr story-url - Where the linked stories live on your site, e.g. `https://www.aarhus.dk/historier/{slug}`. Without it, a stop's story opens in place.
 * @attr heading-level - The level of the walk's title, 1 to 4 (default 2; 1 on a page of its own); the stops are one level below.
 * @attr api - Where the API lives (an origin). Defaults to `<meta name="samskab-api">`, then the script's origin.
 * @attr lang - `da` or `en`; defaults to the closest `lang` on the page.
 *
 * @slot - Fallback content, shown while loading and kept if the API cannot be reached.
 *
 * @csspart base - The walk.
 * @csspart title - The walk's title.
 * @csspart intro - The introduction.
 * @csspart facts - Number of stops, distance and time.
 * @csspart map - The figure with the route (map or outline).
 * @csspart map-image - The SVG drawing of the route.
 * @csspart map-caption - The caption under the route.
 * @csspart progress - The panel with the current stop, previous/next and the location controls.
 * @csspart previous - The "previous stop" button.
 * @csspart next - The "next stop" buttons.
 * @csspart locate - The "use my location" button.
 * @csspart location-status - The live text about the location (denied, inaccurate, …).
 * @csspart offer - The prompt shown when the walker reaches a stop.
 * @csspart stops - The ordered list of stops.
 * @csspart stop - One stop.
 * @csspart current-stop - The stop the walker is at.
 * @csspart stop-title - A stop's title.
 * @csspart photo - A stop's photo.
 * @csspart listen - The audio and the transcript.
 * @csspart audio - A stop's audio player (native controls, never autoplaying).
 * @csspart transcript - A stop's transcript.
 * @csspart passage - A timed passage of a transcript.
 * @csspart current-passage - The passage being played.
 * @csspart story - The linked story.
 * @csspart directions - The way to the next stop.
 * @csspart fallback - The wrapper around the fallback slot.
 * @csspart error - The message shown when loading failed and there is no fallback.
 *
 * @cssproperty --samskab-walk-min-height - Space reserved before loading (default 32rem).
 * @cssproperty --samskab-walk-route-color - The route line and the stop markers.
 * @cssproperty --samskab-walk-highlight - The background of the current stop and of the passage being played.
 *
 * @fires samskab-walk-stop - The walker moved to another stop (`detail`: walk, order, title, reason).
 * @fires samskab-load - The walk is shown.
 * @fires samskab-error - The walk could not be loaded; the fallback stays.
 */
export class SamskabWalk extends SamskabElement {
  static override messages: Catalogue = {
    da: {
      stops: '{count} stop',
      aboutDuration: 'ca. {duration}',
      hoursMinutes: '{h} t {m} min',
      minutes: '{m} min',
      stopsLabel: 'Turens stop',
      noStops: 'Gåturen har ingen stop endnu.',
      mapLabel: 'Tegning af ruten med {count} stop, fra {first} til {last}.',
      mapCaption: 'Ruten med {count} stop. Alle stop med lyd og udskrift står i listen herunder.',
      tilesFailed: 'Kortet kunne ikke hentes, så ruten er tegnet uden kort.',
      progress: 'Stop {order} af {count}: {title}',
      previousStop: 'Forrige stop',
      nextStop: 'Næste stop',
      locate: 'Brug min placering',
      locateHelp: 'Så siger vi til, når du når et stop. Lyden starter først, når du trykker på afspil.',
      stopLocating: 'Brug ikke min placering',
      locating: 'Finder din placering …',
      watching: 'Din placering bruges. Vi siger til, når du er ved et stop.',
      nearest: 'Der er {distance} til stop {order}: {title}.',
      inaccurate:
        'Din placering er for unøjagtig (± {accuracy}) til at vise, om du er ved et stop. Brug «Næste stop», eller prøv igen under åben himmel.',
      denied:
        'Du har ikke givet lov til at bruge din placering. Det er helt i orden: Brug «Næste stop» for at gå videre. Vil du bruge den alligevel, så giv lov i browserens indstillinger for siden og tryk på «Brug min placering» igen.',
      unavailable:
        'Din placering kan ikke findes lige nu, fx indendørs eller uden GPS. Brug «Næste stop» for at gå videre; vi prøver fortsat at finde dig.',
      unsupported: 'Din browser kan ikke oplyse din placering. Brug «Næste stop» for at gå videre.',
      arrived: 'Du er ved stop {order}: {title}.',
      listenNow: 'Lyt til stoppet',
      notNow: 'Ikke nu',
      youAreHere: 'du er her',
      listenTo: 'Lyd til stop {order}: {title}',
      downloadAudio: 'Hent lyden',
      audioLength: 'Varighed {time}',
      noAudio: 'Der er ingen lyd til dette stop endnu. Læs udskriften.',
      transcript: 'Udskrift',
      playFrom: 'Lyt fra',
      readStory: 'Læs historien: {title}',
      wayToNext: 'Vejen til næste stop',
      nextLeg: 'Stop {order}, {title}, ligger ca. {distance} mod {direction}.',
      lastStop: 'Turens sidste stop',
      photoBy: 'Foto: {credit}',
      compass: 'nord|nordøst|øst|sydøst|syd|sydvest|vest|nordvest',
    },
    en: {
      stops: '{count} stops',
      aboutDuration: 'about {duration}',
      hoursMinutes: '{h} h {m} min',
      minutes: '{m} min',
      stopsLabel: 'Stops on the walk',
      noStops: 'The walk has no stops yet.',
      mapLabel: 'Drawing of the route with {count} stops, from {first} to {last}.',
      mapCaption: 'The route with {count} stops. Every stop, with its audio and transcript, is in the list below.',
      tilesFailed: 'The map could not be loaded, so the route is drawn without it.',
      progress: 'Stop {order} of {count}: {title}',
      previousStop: 'Previous stop',
      nextStop: 'Next stop',
      locate: 'Use my location',
      locateHelp: 'We will tell you when you reach a stop. The audio only starts when you press play.',
      stopLocating: 'Stop using my location',
      locating: 'Finding your location …',
      watching: 'Your location is in use. We will tell you when you reach a stop.',
      nearest: 'Stop {order}, {title}, is {distance} away.',
      inaccurate:
        'Your location is too inaccurate (± {accuracy}) to tell whether you are at a stop. Use “Next stop”, or try again under open sky.',
      denied:
        'You have not allowed the use of your location. That is fine: use “Next stop” to move on. To use it after all, allow it in your browser’s settings for this site and press “Use my location” again.',
      unavailable:
        'Your location cannot be found right now, for example indoors or without GPS. Use “Next stop” to move on; we keep trying to find you.',
      unsupported: 'Your browser cannot tell us your location. Use “Next stop” to move on.',
      arrived: 'You are at stop {order}: {title}.',
      listenNow: 'Listen to the stop',
      notNow: 'Not now',
      youAreHere: 'you are here',
      listenTo: 'Audio for stop {order}: {title}',
      downloadAudio: 'Download the audio',
      audioLength: 'Length {time}',
      noAudio: 'There is no audio for this stop yet. Read the transcript.',
      transcript: 'Transcript',
      playFrom: 'Play from',
      readStory: 'Read the story: {title}',
      wayToNext: 'The way to the next stop',
      nextLeg: 'Stop {order}, {title}, is about {distance} to the {direction}.',
      lastStop: 'The last stop of the walk',
      photoBy: 'Photo: {credit}',
      compass: 'north|north-east|east|south-east|south|south-west|west|north-west',
    },
  };

  static override styles = [...baseStyles, styles];

  static override properties: PropertyDeclarations = {
    walk: { type: String, reflect: true },
    tiles: { type: String },
    tilesAttribution: { type: String, attribute: 'tiles-attribution' },
    storyUrl: { type: String, attribute: 'story-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { state: true },
    current: { state: true },
    geo: { state: true },
    position: { state: true },
    offered: { state: true },
    activePassage: { state: true },
    openStories: { state: true },
    tilesFailed: { state: true },
    walkMap: { state: true },
  };

  declare walk: string | null;
  declare tiles: string | null;
  declare tilesAttribution: string | null;
  declare storyUrl: string | null;
  declare headingLevel: number;
  // The walk as the API gave it.
  protected declare data: Walk | null;
  // The index of the stop the walker is at.
  protected declare current: number;
  protected declare geo: GeoState;
  protected declare position: (LatLng & { accuracy: number }) | null;
  // The stop offered because the walker is inside its radius.
  protected declare offered: number | null;
  protected declare activePassage: { stop: number; passage: number } | null;
  protected declare openStories: ReadonlySet<number>;
  protected declare tilesFailed: boolean;
  protected declare walkMap: WalkMap | null;

  private watchId: number | null = null;
  /** The stop whose radius the walker is in (offered once per visit). */
  private arrivedAt: number | null = null;
  private mediaHandlers = false;
  private transcripts = new Map<number, { timed: boolean; passages: Passage[] }>();

  constructor() {
    super();
    this.walk = null;
    this.tiles = null;
    this.tilesAttribution = null;
    this.storyUrl = null;
    this.headingLevel = 2;
    this.data = null;
    this.current = 0;
    this.geo = 'off';
    this.position = null;
    this.offered = null;
    this.activePassage = null;
    this.openStories = new Set();
    this.tilesFailed = false;
    this.walkMap = null;
  }

  protected override get reloadKeys(): readonly string[] {
    return ['walk', 'tiles'];
  }

  protected override async load(client: ApiClient, locale: Locale, signal: AbortSignal): Promise<void> {
    if (!this.walk) throw new Error('The walk attribute is missing: set it to the walk slug.');
    // The map module is loaded only when the host asked for map tiles; without it the outline is drawn.
    const mapModule: Promise<WalkMap | null> = this.tiles ? import('./walk-map.js').catch(() => null) : Promise.resolve(null);
    const [walk, walkMap] = await Promise.all([client.get<Walk>(`/walks/${encodeURIComponent(this.walk)}`, { locale }, signal), mapModule]);
    this.transcripts = new Map(walk.stops.map((stop, i) => [i, passages(stop.transcript)]));
    if (this.data?.slug !== walk.slug) this.current = 0;
    this.data = walk;
    this.walkMap = walkMap;
    this.tilesFailed = false;
    this.current = Math.min(this.current, Math.max(0, walk.stops.length - 1));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLocating();
    this.pauseAll();
    if (this.mediaHandlers && navigator.mediaSession) {
      for (const action of ['play', 'pause', 'nexttrack', 'previoustrack'] as const) {
        try {
          navigator.mediaSession.setActionHandler(action, null);
        } catch {
          // not supported in this browser
        }
      }
      this.mediaHandlers = false;
    }
  }

  // ---------------------------------------------------------------------------
  // Moving between stops
  // ---------------------------------------------------------------------------

  private audioOf(index: number): HTMLAudioElement | null {
    return this.renderRoot.querySelector<HTMLAudioElement>(`audio[data-stop="${index}"]`);
  }

  private pauseAll(except?: number): void {
    this.renderRoot.querySelectorAll<HTMLAudioElement>('audio').forEach((audio) => {
      if (Number(audio.dataset.stop) !== except && !audio.paused) audio.pause();
    });
  }

  /** Makes stop `index` the current one; `play` only ever comes from a tap (a button or the lock screen). */
  async goTo(index: number, reason: Reason, { play = false, focus = true } = {}): Promise<void> {
    const stops = this.data?.stops ?? [];
    if (index < 0 || index >= stops.length) return;
    const changed = index !== this.current;
    this.current = index;
    if (this.offered === index) this.offered = null;
    if (changed) this.dispatchEvent(new SamskabWalkStopEvent({ walk: this.data!.slug, order: stops[index]!.order, title: stops[index]!.title, reason }));
    const audio = this.audioOf(index);
    if (play && audio) {
      this.pauseAll(index);
      // Called inside the tap's handler, before any await, so the browser allows it.
      audio.play()?.catch(() => undefined);
    }
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(`#stop-${index}-title`);
    if (!heading) return;
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    if (focus) heading.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------------------
  // Audio, transcript highlighting and the lock screen (Media Session)
  // ---------------------------------------------------------------------------

  private onPlay(index: number): void {
    this.pauseAll(index);
    if (index !== this.current) {
      this.current = index;
      const stop = this.data!.stops[index]!;
      this.dispatchEvent(new SamskabWalkStopEvent({ walk: this.data!.slug, order: stop.order, title: stop.title, reason: 'audio' }));
    }
    this.updateMediaSession(index, 'playing');
  }

  private onPause(index: number): void {
    if (index === this.current) this.updateMediaSession(index, 'paused');
  }

  private onTimeUpdate(index: number, event: Event): void {
    const transcript = this.transcripts.get(index);
    if (!transcript?.timed) return;
    const passage = passageAt(transcript.passages, (event.currentTarget as HTMLAudioElement).currentTime);
    if (this.activePassage?.stop !== index || this.activePassage.passage !== passage) this.activePassage = { stop: index, passage };
  }

  private seek(index: number, seconds: number): void {
    const audio = this.audioOf(index);
    if (!audio) return;
    this.pauseAll(index);
    audio.currentTime = seconds;
    audio.play()?.catch(() => undefined);
  }

  private updateMediaSession(index: number, state: 'playing' | 'paused'): void {
    const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
    const walk = this.data;
    const stop = walk?.stops[index];
    if (!session || !walk || !stop || !this.client) return;
    try {
      if (typeof MediaMetadata === 'function') {
        const photo = stop.photo ? imageSrc(stop.photo.url, this.client.origin) : undefined;
        session.metadata = new MediaMetadata({
          title: `${stop.order}. ${stop.title}`,
          artist: walk.title,
          album: walk.title,
          artwork: photo && stop.photo ? [{ src: photo, sizes: `${stop.photo.width}x${stop.photo.height}` }] : [],
        });
      }
      session.playbackState = state;
      if (this.mediaHandlers) return;
      this.mediaHandlers = true;
      session.setActionHandler('play', () => void this.audioOf(this.current)?.play()?.catch(() => undefined));
      session.setActionHandler('pause', () => this.audioOf(this.current)?.pause());
      session.setActionHandler('nexttrack', () => void this.goTo(this.current + 1, 'media-session', { play: true, focus: false }));
      session.setActionHandler('previoustrack', () => void this.goTo(this.current - 1, 'media-session', { play: true, focus: false }));
    } catch {
      // A browser without some of these actions: the native controls still work.
    }
  }

  // ---------------------------------------------------------------------------
  // Where the walker is (Geolocation, only after the walker asks for it)
  // ---------------------------------------------------------------------------

  private startLocating(): void {
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation) {
      this.geo = 'unsupported';
      return;
    }
    this.geo = 'locating';
    this.arrivedAt = null;
    try {
      this.watchId = geolocation.watchPosition(
        (position) => this.onPosition(position),
        (error) => this.onPositionError(error),
        { enableHighAccuracy: true, maximumAge: 15000, timeout: 30000 },
      );
    } catch {
      this.geo = 'unsupported';
    }
  }

  private stopLocating(): void {
    if (this.watchId !== null) navigator.geolocation?.clearWatch(this.watchId);
    this.watchId = null;
    if (this.geo !== 'denied' && this.geo !== 'unsupported') this.geo = 'off';
    this.position = null;
    this.offered = null;
  }

  private onPosition(position: GeolocationPosition): void {
    const stops = this.data?.stops ?? [];
    const here = { lat: position.coords.latitude, lng: position.coords.longitude, accuracy: position.coords.accuracy };
    this.position = here;
    this.geo = 'watching';
    if (!stops.length) return;
    const inside = stops
      .map((stop, index) => ({ index, distance: distanceMeters(here, stop), radius: stop.radiusMeters }))
      .filter((s) => s.distance <= s.radius)
      .sort((a, b) => a.distance - b.distance)[0];
    if (!inside) {
      this.arrivedAt = null;
      return;
    }
    // Too inaccurate to tell: offer nothing (the walker sees why).
    if (here.accuracy > stops[inside.index]!.radiusMeters) return;
    if (inside.index === this.arrivedAt) return;
    this.arrivedAt = inside.index;
    this.offered = inside.index;
  }

  private onPositionError(error: GeolocationPositionError): void {
    if (error.code === 1) {
      if (this.watchId !== null) navigator.geolocation?.clearWatch(this.watchId);
      this.watchId = null;
      this.geo = 'denied';
      this.position = null;
      this.offered = null;
    } else {
      this.geo = 'unavailable';
    }
  }

  /** The nearest stop and whether the position is too inaccurate to use (accuracy worse than that stop's radius). */
  private nearest(): { index: number; distance: number; inaccurate: boolean } | null {
    const stops = this.data?.stops ?? [];
    if (!this.position || !stops.length) return null;
    let best = { index: 0, distance: Infinity };
    stops.forEach((stop, index) => {
      const distance = distanceMeters(this.position!, stop);
      if (distance < best.distance) best = { index, distance };
    });
    return { ...best, inaccurate: this.position.accuracy > stops[best.index]!.radiusMeters };
  }

  // ---------------------------------------------------------------------------
  // Formatting
  // ---------------------------------------------------------------------------

  private number(value: number, digits = 0): string {
    return new Intl.NumberFormat(this.locale === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: digits }).format(value);
  }

  private distance(metres: number): string {
    if (metres < 1000) return `${this.number(Math.max(10, Math.round(metres / 10) * 10))} m`;
    return `${this.number(metres / 1000, 1)} km`;
  }

  private duration(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes % 60);
    return h ? this.msg('hoursMinutes', { h, m }) : this.msg('minutes', { m });
  }

  private direction(from: LatLng, to: LatLng): string {
    return this.msg('compass').split('|')[compassPoint(bearingDegrees(from, to))] ?? '';
  }

  private heading(offset: number, content: unknown, options: { id?: string; cls?: string; part?: string } = {}): TemplateResult {
    const level = Math.min(6, Math.min(4, Math.max(1, this.headingLevel || 2)) + offset);
    const id = options.id ?? nothing;
    const tabindex = options.id ? '-1' : nothing;
    const cls = options.cls ?? nothing;
    const part = options.part ?? nothing;
    switch (level) {
      case 1:
        return html`<h1 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h1>`;
      case 2:
        return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h2>`;
      case 3:
        return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h3>`;
      case 4:
        return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h4>`;
      case 5:
        return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h5>`;
      default:
        return html`<h6 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h6>`;
    }
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  protected override renderContent(): TemplateResult | typeof nothing {
    const walk = this.data;
    if (!walk || !this.client) return nothing;
    const facts = [
      this.msg('stops', { count: walk.stops.length }),
      walk.distanceKm ? `${this.number(walk.distanceKm, 1)} km` : '',
      walk.durationMinutes ? this.msg('aboutDuration', { duration: this.duration(walk.durationMinutes) }) : '',
    ].filter(Boolean);
    return html`<section class="walk" part="base" aria-labelledby="walk-title">
      <header class="header">
        ${this.heading(0, walk.title, { cls: 'title', part: 'title' })}
        ${walk.intro ? html`<p class="intro" part="intro">${walk.intro}</p>` : nothing}
        <p class="facts" part="facts">${facts.join(' · ')}</p>
      </header>
      ${walk.stops.length
        ? html`${this.renderMap(walk)} ${this.renderProgress(walk)}
            <ol class="stops" part="stops" aria-label=${this.msg('stopsLabel')}>
              ${walk.stops.map((stop, index) => this.renderStop(walk, stop, index))}
            </ol>`
        : html`<p class="sk-message">${this.msg('noStops')}</p>`}
    </section>`;
  }

  private renderMap(walk: Walk): TemplateResult {
    const map = this.walkMap;
    const template = map && !this.tilesFailed ? map.tileTemplate(this.tiles) : null;
    // As tall as the route needs, within limits: a route from west to east gets a low drawing.
    const base = walk.stops.map((stop) => project(stop, 0));
    const spanX = Math.max(...base.map((p) => p.x)) - Math.min(...base.map((p) => p.x));
    const spanY = Math.max(...base.map((p) => p.y)) - Math.min(...base.map((p) => p.y));
    const height = Math.round(Math.min(MAP_MAX_H, Math.max(MAP_MIN_H, (MAP_W - 2 * MAP_PAD) * (spanX > 0 ? spanY / spanX : 1) + 2 * MAP_PAD)));
    const view = fitViewport(walk.stops, MAP_W, height, MAP_PAD, !!template);
    const xy = (p: LatLng) => project(p, view.zoom);
    const points = walk.stops.map(xy);
    const route = points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    const near = this.nearest();
    const me = this.position && near && !near.inaccurate ? xy(this.position) : null;
    const first = walk.stops[0]!;
    const last = walk.stops[walk.stops.length - 1]!;
    return html`<figure class="map" part="map">
      <svg
        class="map-image ${template ? 'with-tiles' : 'outline'}"
        part="map-image"
        viewBox="${view.left.toFixed(1)} ${view.top.toFixed(1)} ${view.width} ${view.height}"
        role="img"
        aria-label=${this.msg('mapLabel', { count: walk.stops.length, first: first.title, last: last.title })}
      >
        <rect class="ground" x=${view.left} y=${view.top} width=${view.width} height=${view.height}></rect>
        ${template && map
          ? map.renderTiles(
              template,
              view,
              () => {
                this.tilesFailed = true;
              },
              () => undefined,
            )
          : nothing}
        <polyline class="route-casing" points=${route}></polyline>
        <polyline class="route" points=${route}></polyline>
        ${points.map(
          (p, index) => svg`<g class="marker ${index === this.current ? 'current' : ''}">
            <circle cx=${p.x.toFixed(1)} cy=${p.y.toFixed(1)} r="11"></circle>
            <text x=${p.x.toFixed(1)} y=${p.y.toFixed(1)} dy="0.35em" text-anchor="middle">${walk.stops[index]!.order}</text>
          </g>`,
        )}
        ${me ? svg`<circle class="me" cx=${me.x.toFixed(1)} cy=${me.y.toFixed(1)} r="7"></circle>` : nothing}
      </svg>
      <figcaption class="map-caption" part="map-caption">
        ${this.msg('mapCaption', { count: walk.stops.length })}
        ${this.tilesFailed ? html`<span class="note">${this.msg('tilesFailed')}</span>` : nothing}
        ${template && this.tilesAttribution ? html`<span class="attribution">${this.tilesAttribution}</span>` : nothing}
      </figcaption>
    </figure>`;
  }

  private locationText(): string {
    switch (this.geo) {
      case 'locating':
        return this.msg('locating');
      case 'denied':
        return this.msg('denied');
      case 'unavailable':
        return this.msg('unavailable');
      case 'unsupported':
        return this.msg('unsupported');
      case 'watching': {
        const near = this.nearest();
        if (near?.inaccurate) return this.msg('inaccurate', { accuracy: this.distance(this.position!.accuracy) });
        return this.msg('watching');
      }
      default:
        return '';
    }
  }

  private renderProgress(walk: Walk): TemplateResult {
    const stops = walk.stops;
    const stop = stops[this.current]!;
    const active = this.geo === 'locating' || this.geo === 'watching' || this.geo === 'unavailable';
    const near = this.geo === 'watching' ? this.nearest() : null;
    const offered = this.offered !== null ? stops[this.offered] : undefined;
    const status = this.locationText();
    return html`<div class="progress" part="progress">
      <p class="now">${this.msg('progress', { order: stop.order, count: stops.length, title: stop.title })}</p>
      <div class="nav">
        <button
          type="button"
          class="sk-button sk-button--secondary"
          part="previous"
          ?disabled=${this.current === 0}
          @click=${() => this.goTo(this.current - 1, 'previous')}
        >
          ${this.msg('previousStop')}
        </button>
        <button type="button" class="sk-button" part="next" ?disabled=${this.current >= stops.length - 1} @click=${() => this.goTo(this.current + 1, 'next')}>
          ${this.msg('nextStop')}
        </button>
      </div>
      <div class="location">
        ${this.geo === 'unsupported'
          ? nothing
          : active
            ? html`<button type="button" class="sk-button sk-button--secondary" part="locate" @click=${() => this.stopLocating()}>
                ${this.msg('stopLocating')}
              </button>`
            : html`<button type="button" class="sk-button sk-button--secondary" part="locate" @click=${() => this.startLocating()}>${this.msg('locate')}</button>
                <p class="hint">${this.msg('locateHelp')}</p>`}
        <p class="location-status ${this.geo}" part="location-status" role="status">${status}</p>
        ${near && !near.inaccurate && this.offered === null
          ? html`<p class="nearest">${this.msg('nearest', { distance: this.distance(near.distance), order: stops[near.index]!.order, title: stops[near.index]!.title })}</p>`
          : nothing}
      </div>
      <div class="offer-region" role="status">
        ${offered
          ? html`<div class="offer" part="offer">
              <p class="offer-text">${this.msg('arrived', { order: offered.order, title: offered.title })}</p>
              <div class="nav">
                <button type="button" class="sk-button" @click=${() => this.goTo(this.offered!, 'location', { play: true })}>${this.msg('listenNow')}</button>
                <button
                  type="button"
                  class="sk-button sk-button--secondary"
                  @click=${() => {
                    this.offered = null;
                  }}
                >
                  ${this.msg('notNow')}
                </button>
              </div>
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  private renderPhoto(stop: WalkStop): TemplateResult | typeof nothing {
    const photo = stop.photo;
    const src = photo && this.client ? imageSrc(photo.url, this.client.origin) : undefined;
    if (!photo || !src || !this.client) return nothing;
    return html`<figure class="photo" part="photo">
      <img
        src=${src}
        srcset=${imageSrcset(photo.srcset, this.client.origin) ?? nothing}
        sizes="(min-width: 40rem) 20rem, 100vw"
        alt=${photo.alt}
        width=${photo.width}
        height=${photo.height}
        loading="lazy"
        decoding="async"
        data-focal=${focalPosition(photo)}
      />
      ${photo.credit
        ? html`<figcaption class="credit">${/^(foto|photo)\b/i.test(photo.credit) ? photo.credit : this.msg('photoBy', { credit: photo.credit })}</figcaption>`
        : nothing}
    </figure>`;
  }

  private renderTranscript(stop: WalkStop, index: number): TemplateResult {
    const origin = this.client!.origin;
    const options = { apiOrigin: origin, headingOffset: Math.max(0, this.headingLevel + 1) };
    const transcript = this.transcripts.get(index) ?? passages(stop.transcript);
    if (!transcript.timed) return renderRichText(stop.transcript, options);
    const active = this.activePassage?.stop === index ? this.activePassage.passage : -1;
    return html`${transcript.passages.map((passage, i) =>
      passage.start === null
        ? renderRichText(passage.blocks, options)
        : html`<div class="passage ${i === active ? 'current' : ''}" part=${i === active ? 'passage current-passage' : 'passage'} aria-current=${i === active ? 'true' : nothing}>
            <button type="button" class="time" @click=${() => this.seek(index, passage.start!)}>
              <span class="sk-visually-hidden">${this.msg('playFrom')}</span> ${clock(passage.start)}
            </button>
            ${renderRichText(passage.blocks, options)}
          </div>`,
    )}`;
  }

  private renderStory(stop: WalkStop, index: number): TemplateResult | typeof nothing {
    const story = stop.story;
    if (!story || !this.client) return nothing;
    const label = this.msg('readStory', { title: story.title });
    const external = this.storyUrl && this.storyUrl.includes('{slug}') ? safeHref(this.storyUrl.replace('{slug}', encodeURIComponent(story.slug))) : undefined;
    if (external) return html`<p class="story" part="story"><a href=${external}>${label}</a></p>`;
    const open = this.openStories.has(index);
    return html`<details
      class="story"
      part="story"
      ?open=${open}
      @toggle=${(event: Event) => {
        const isOpen = (event.currentTarget as HTMLDetailsElement).open;
        if (isOpen === this.openStories.has(index)) return;
        const next = new Set(this.openStories);
        if (isOpen) next.add(index);
        else next.delete(index);
        this.openStories = next;
      }}
    >
      <summary>${label}</summary>
      ${open
        ? html`<samskab-story-card
            story=${story.slug}
            api=${this.client.origin}
            lang=${this.locale}
            heading-level=${String(Math.max(2, Math.min(4, this.headingLevel + 2)))}
            open
          ></samskab-story-card>`
        : nothing}
    </details>`;
  }

  private renderStop(walk: Walk, stop: WalkStop, index: number): TemplateResult {
    const current = index === this.current;
    const next = walk.stops[index + 1];
    const origin = this.client!.origin;
    const src = stop.audio ? audioSrc(stop.audio.url, origin) : undefined;
    const seconds = stop.audio?.durationSeconds;
    return html`<li class="stop ${current ? 'current' : ''}" part=${current ? 'stop current-stop' : 'stop'} aria-current=${current ? 'step' : nothing}>
      <article class="stop-body" aria-labelledby="stop-${index}-title">
        ${this.heading(
          1,
          html`<span class="number">${stop.order}.</span> ${stop.title}${current ? html`<span class="here"> (${this.msg('youAreHere')})</span>` : nothing}`,
          { id: `stop-${index}-title`, cls: 'stop-title', part: 'stop-title' },
        )}
        ${this.renderPhoto(stop)}
        <div class="listen" part="listen">
          <div class="player">
            ${src
              ? html`<audio
                    controls
                    preload="none"
                    part="audio"
                    data-stop=${index}
                    src=${src}
                    aria-label=${this.msg('listenTo', { order: stop.order, title: stop.title })}
                    @play=${() => this.onPlay(index)}
                    @pause=${() => this.onPause(index)}
                    @timeupdate=${(event: Event) => this.onTimeUpdate(index, event)}
                  >
                    <a href=${src}>${this.msg('downloadAudio')}</a>
                  </audio>
                  ${seconds ? html`<p class="length">${this.msg('audioLength', { time: clock(seconds) })}</p>` : nothing}`
              : html`<p class="length">${this.msg('noAudio')}</p>`}
          </div>
          <div class="transcript" part="transcript">
            ${this.heading(2, this.msg('transcript'), { cls: 'sub' })} ${this.renderTranscript(stop, index)}
          </div>
        </div>
        ${this.renderStory(stop, index)}
        <div class="directions" part="directions">
          ${this.heading(2, next ? this.msg('wayToNext') : this.msg('lastStop'), { cls: 'sub' })}
          ${next
            ? html`<p class="leg">
                ${this.msg('nextLeg', { order: next.order, title: next.title, distance: this.distance(distanceMeters(stop, next)), direction: this.direction(stop, next) })}
              </p>`
            : nothing}
          ${stop.directions ? html`<p>${stop.directions}</p>` : nothing}
        </div>
        ${next
          ? html`<button type="button" class="sk-button next" part="next" @click=${() => this.goTo(index + 1, 'next')}>
              ${this.msg('nextStop')}<span class="sk-visually-hidden">: ${next.order}. ${next.title}</span>
            </button>`
          : nothing}
      </article>
    </li>`;
  }
}
