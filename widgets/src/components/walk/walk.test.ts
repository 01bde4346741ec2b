import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { requests, restoreFetch } from '../../../test/fetch-stub.js';
import { deepActiveElement, renderExample, shadow } from '../../../test/render.js';
import './walk.js';
import type { SamskabWalk, SamskabWalkStopEvent } from './walk.component.js';
import { examples, testTiles, walkDa } from './walk.examples.js';
import { bearingDegrees, compassPoint, distanceMeters, fitViewport, project } from './walk-geo.js';
import { clock, passageAt, passages } from './walk-transcript.js';

const tag = 'samskab-walk';
const example = (name: string) => examples.examples.find((e) => e.name === name)!;

// ---------------------------------------------------------------------------
// A fake navigator.geolocation the test moves around
// ---------------------------------------------------------------------------

interface Watcher {
  success: PositionCallback;
  error?: PositionErrorCallback | null;
}

class FakeGeolocation {
  watchers = new Map<number, Watcher>();
  private next = 1;
  watchPosition(success: PositionCallback, error?: PositionErrorCallback | null): number {
    const id = this.next++;
    this.watchers.set(id, { success, error });
    return id;
  }
  clearWatch(id: number): void {
    this.watchers.delete(id);
  }
  getCurrentPosition(): void {}
  /** Reports a position to every watcher. `metres` north of the point is added to the latitude. */
  moveTo(lat: number, lng: number, accuracy = 10): void {
    const coords = { latitude: lat, longitude: lng, accuracy, altitude: null, altitudeAccuracy: null, heading: null, speed: null };
    for (const w of [...this.watchers.values()]) w.success({ coords, timestamp: Date.now() } as unknown as GeolocationPosition);
  }
  fail(code: 1 | 2 | 3): void {
    const error = { code, message: 'fake', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError;
    for (const w of [...this.watchers.values()]) w.error?.(error);
  }
}

function fakeGeolocation(): FakeGeolocation {
  const value = new FakeGeolocation();
  Object.defineProperty(navigator, 'geolocation', { value, configurable: true });
  return value;
}

function noGeolocation(): void {
  Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
}

function restoreGeolocation(): void {
  delete (navigator as unknown as Record<string, unknown>).geolocation;
}

// ---------------------------------------------------------------------------
// HTMLMediaElement.play, recorded: nothing must ever play without a tap
// ---------------------------------------------------------------------------

const originalPlay = HTMLMediaElement.prototype.play;
let played: HTMLMediaElement[] = [];
function recordPlay(): void {
  played = [];
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    played.push(this);
    return Promise.resolve();
  };
}

const buttonByText = (root: ParentNode, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
const statusText = (el: SamskabWalk) => shadow(el).querySelector('[part=location-status]')!.textContent!.trim();
const offerText = (el: SamskabWalk) => shadow(el).querySelector('.offer-region')!.textContent!.replace(/\s+/g, ' ').trim();
const currentStop = (el: SamskabWalk) => shadow(el).querySelector('li[aria-current=step] [part=stop-title]')?.textContent?.replace(/\s+/g, ' ').trim();

// A point `metres` north of a stop.
const north = (stop: { lat: number; lng: number }, metres: number) => ({ lat: stop.lat + metres / 111_195, lng: stop.lng });

describe('samskab-walk', () => {
  beforeEach(recordPlay);
  afterEach(() => {
    restoreFetch();
    restoreGeolocation();
    HTMLMediaElement.prototype.play = originalPlay;
    document.querySelectorAll(tag).forEach((el) => el.remove());
  });

  it('renders the walk: title, facts, the route outline and every stop in order', async () => {
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    const root = shadow(el);
    expect(requests[0]!.url.pathname).to.equal('/api/widget/v1/walks/frivillighed-i-oererne');
    expect(root.querySelector('h2')!.textContent).to.equal('Frivillighed i ørerne');
    expect(root.querySelector('[part=facts]')!.textContent).to.equal('4 stop · 6,8 km · ca. 1 t 50 min');
    const titles = [...root.querySelectorAll('ol[part=stops] > li h3')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(titles).to.deep.equal([
      '1. Tovshøjskolen: Børsteventer (du er her)',
      '2. Bazar Vest: Natteravnene',
      '3. Åbyhøj: Bogspiloppen under dagtilbuddet',
      '4. Skolegade: Frivilligcenter Aarhus',
    ]);
    const svg = root.querySelector('svg[part=map-image]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('fra Tovshøjskolen: Børsteventer til Skolegade: Frivilligcenter Aarhus');
    expect(svg.querySelector('polyline.route')!.getAttribute('points')!.split(' ')).to.have.length(4);
    expect(svg.querySelectorAll('image')).to.have.length(0);
    // Directions: the distance and compass direction to the next stop, then the editor's text.
    const directions = root.querySelector('li [part=directions]')!.textContent!.replace(/\s+/g, ' ');
    expect(directions).to.contain('Stop 2, Bazar Vest: Natteravnene, ligger ca. 810 m mod sydøst.');
    expect(directions).to.contain('Gå mod sydøst gennem parken');
    expect(root.querySelectorAll('li')[3]!.querySelector('[part=directions]')!.textContent).to.contain('Turens sidste stop');
    // A stop without audio still has its transcript.
    expect(root.querySelectorAll('li')[2]!.textContent).to.contain('Der er ingen lyd til dette stop endnu');
  });

  it('has a native player per stop that never autoplays and never preloads', async () => {
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    const audios = [...shadow(el).querySelectorAll('audio')];
    expect(audios).to.have.length(3);
    for (const audio of audios) {
      expect(audio.controls).to.equal(true);
      expect(audio.autoplay).to.equal(false);
      expect(audio.getAttribute('preload')).to.equal('none');
      expect(audio.paused).to.equal(true);
      expect(audio.getAttribute('aria-label')).to.match(/^Lyd til stop \d: /);
    }
    expect(played).to.have.length(0);
  });

  it('offers the stop whose radius the walker enters, and plays only after a tap', async () => {
    const geo = fakeGeolocation();
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    const root = shadow(el);
    expect(geo.watchers.size, 'no position is asked for before the walker taps').to.equal(0);
    buttonByText(root, 'Brug min placering')!.click();
    await el.updateComplete;
    expect(geo.watchers.size).to.equal(1);
    expect(statusText(el)).to.equal('Finder din placering …');

    // Between stop 1 and 2: no offer, the nearest stop and its distance.
    geo.moveTo(56.153, 10.1368, 8);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Din placering bruges. Vi siger til, når du er ved et stop.');
    expect(offerText(el)).to.equal('');
    expect(root.querySelector('.nearest')!.textContent).to.match(/^Der er \d+ m til stop \d/);

    // 30 m from stop 2 (radius 60 m): stop 2 is offered, in a live region.
    const stop2 = walkDa.stops[1]!;
    const near2 = north(stop2, 30);
    geo.moveTo(near2.lat, near2.lng, 8);
    await el.updateComplete;
    expect(offerText(el)).to.contain('Du er ved stop 2: Bazar Vest: Natteravnene.');
    expect(root.querySelector('.offer-region')!.getAttribute('role')).to.equal('status');
    expect(root.querySelector('svg circle.me'), 'the walker is drawn on the route').to.exist;
    expect(played, 'entering a radius never plays audio').to.have.length(0);
    expect([...root.querySelectorAll('audio')].every((a) => a.paused)).to.equal(true);

    // Moving inside the same radius does not offer it again after "not now".
    buttonByText(root, 'Ikke nu')!.click();
    await el.updateComplete;
    geo.moveTo(near2.lat + 0.0001, near2.lng, 8);
    await el.updateComplete;
    expect(offerText(el)).to.equal('');

    // Leaving and coming back offers it again; the tap plays stop 2's audio and moves there.
    const events: SamskabWalkStopEvent[] = [];
    el.addEventListener('samskab-walk-stop', (e) => events.push(e));
    geo.moveTo(56.153, 10.1368, 8);
    geo.moveTo(near2.lat, near2.lng, 8);
    await el.updateComplete;
    buttonByText(root.querySelector('.offer')!, 'Lyt til stoppet')!.click();
    await el.updateComplete;
    expect(played).to.have.length(1);
    expect(played[0]!.getAttribute('aria-label')).to.equal('Lyd til stop 2: Bazar Vest: Natteravnene');
    expect(currentStop(el)).to.equal('2. Bazar Vest: Natteravnene (du er her)');
    expect(events.map((e) => e.detail)).to.deep.equal([{ walk: 'frivillighed-i-oererne', order: 2, title: 'Bazar Vest: Natteravnene', reason: 'location' }]);
    await waitUntil(() => deepActiveElement()?.id === 'stop-1-title', 'focus did not move to the stop');

    // Stop using the location: the watch is cleared.
    buttonByText(root, 'Brug ikke min placering')!.click();
    await el.updateComplete;
    expect(geo.watchers.size).to.equal(0);
  });

  it('offers nothing, and says why, when the position is less accurate than the radius', async () => {
    const geo = fakeGeolocation();
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    buttonByText(shadow(el), 'Brug min placering')!.click();
    const stop1 = walkDa.stops[0]!;
    geo.moveTo(stop1.lat, stop1.lng, 250);
    await el.updateComplete;
    expect(offerText(el)).to.equal('');
    expect(statusText(el)).to.equal(
      'Din placering er for unøjagtig (± 250 m) til at vise, om du er ved et stop. Brug «Næste stop», eller prøv igen under åben himmel.',
    );
    geo.moveTo(stop1.lat, stop1.lng, 12);
    await el.updateComplete;
    expect(offerText(el)).to.contain('Du er ved stop 1: Tovshøjskolen: Børsteventer.');
  });

  it('explains a denied or unavailable location, and "next stop" keeps working', async () => {
    const geo = fakeGeolocation();
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    const root = shadow(el);
    buttonByText(root, 'Brug min placering')!.click();
    geo.fail(2);
    await el.updateComplete;
    expect(statusText(el)).to.contain('Din placering kan ikke findes lige nu');
    geo.fail(1);
    await el.updateComplete;
    expect(geo.watchers.size, 'a denied watch is cleared').to.equal(0);
    expect(statusText(el)).to.contain('Du har ikke givet lov til at bruge din placering. Det er helt i orden: Brug «Næste stop»');
    expect(buttonByText(root, 'Brug min placering'), 'the walker can try again').to.exist;

    // The panel's "next stop" by keyboard.
    const next = root.querySelector<HTMLButtonElement>('[part=progress] [part=next]')!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => currentStop(el)?.startsWith('2.'), 'next stop did not move on');
    expect(root.querySelector('[part=progress] .now')!.textContent).to.equal('Stop 2 af 4: Bazar Vest: Natteravnene');
    expect(deepActiveElement()!.id).to.equal('stop-1-title');
    root.querySelector<HTMLButtonElement>('[part=progress] [part=previous]')!.click();
    await waitUntil(() => currentStop(el)?.startsWith('1.'));
    expect(played).to.have.length(0);
  });

  it('works without any geolocation at all', async () => {
    noGeolocation();
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    const root = shadow(el);
    buttonByText(root, 'Brug min placering')!.click();
    await el.updateComplete;
    expect(statusText(el)).to.equal('Din browser kan ikke oplyse din placering. Brug «Næste stop» for at gå videre.');
    // Every stop's own "next stop" button moves on, to the last stop.
    for (let i = 0; i < 3; i++) {
      root.querySelectorAll<HTMLButtonElement>('li button.next')[i]!.click();
      await waitUntil(() => currentStop(el)?.startsWith(`${i + 2}.`));
    }
    expect(root.querySelector<HTMLButtonElement>('[part=progress] [part=next]')!.disabled).to.equal(true);
  });

  it('highlights the passage being played when the transcript has timings, and seeks from a time', async () => {
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    const root = shadow(el);
    const first = root.querySelectorAll('li')[0]!;
    const passagesEl = [...first.querySelectorAll('.passage')];
    expect(passagesEl).to.have.length(3);
    expect(passagesEl[0]!.textContent).not.to.contain('[00:00]');
    expect(first.querySelector('.transcript')!.textContent).to.contain('Se dig omkring');
    const audio = first.querySelector('audio')!;
    Object.defineProperty(audio, 'currentTime', { value: 1.5, configurable: true, writable: true });
    audio.dispatchEvent(new Event('timeupdate'));
    await el.updateComplete;
    const current = first.querySelector('[aria-current=true]')!;
    expect(current.getAttribute('part')).to.equal('passage current-passage');
    expect(current.textContent).to.contain('Børsteventer');
    // An untimed transcript gets no passages.
    expect(root.querySelectorAll('li')[1]!.querySelector('.passage')).to.equal(null);
    // The time buttons seek and play (a tap).
    (passagesEl[2]!.querySelector('button.time') as HTMLButtonElement).click();
    expect(audio.currentTime).to.equal(2);
    expect(played).to.deep.equal([audio]);
  });

  it('puts the stop on the lock screen (Media Session) with play, pause, next and previous', async () => {
    const handlers = new Map<string, MediaSessionActionHandler | null>();
    const session = navigator.mediaSession;
    const original = session.setActionHandler.bind(session);
    session.setActionHandler = (action, handler) => void handlers.set(action, handler);
    try {
      const el = await renderExample<SamskabWalk>(tag, example('Walk'));
      const audios = shadow(el).querySelectorAll('audio');
      audios[0]!.dispatchEvent(new Event('play'));
      expect(session.metadata!.title).to.equal('1. Tovshøjskolen: Børsteventer');
      expect(session.metadata!.artist).to.equal('Frivillighed i ørerne');
      expect(session.playbackState).to.equal('playing');
      expect([...handlers.keys()].sort()).to.deep.equal(['nexttrack', 'pause', 'play', 'previoustrack']);
      handlers.get('nexttrack')!({ action: 'nexttrack' });
      await waitUntil(() => currentStop(el)?.startsWith('2.'));
      expect(played).to.deep.equal([audios[1]]);
      handlers.get('previoustrack')!({ action: 'previoustrack' });
      await waitUntil(() => currentStop(el)?.startsWith('1.'));
      expect(played.at(-1)).to.equal(audios[0]);
      el.remove();
      expect(handlers.get('nexttrack'), 'handlers are removed with the widget').to.equal(null);
    } finally {
      session.setActionHandler = original;
    }
  });

  it('opens the linked story in place, or links to the host site with story-url', async () => {
    const el = await renderExample<SamskabWalk>(tag, example('Walk'));
    const details = shadow(el).querySelector<HTMLDetailsElement>('details[part=story]')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Læs historien: Børsteventer gør tandbørstning til en fest');
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelector('samskab-story-card'), 'no story card');
    const card = details.querySelector('samskab-story-card');
    expect(card!.getAttribute('story')).to.equal('boersteventer-tandsundhed-gellerup');
    await waitUntil(() => (card as any).status === 'ready', 'the story did not load');
    expect(card!.shadowRoot!.textContent).to.contain('Det begyndte med et møde i Gellerup');

    restoreFetch();
    const linked = await renderExample<SamskabWalk>(tag, { ...example('Walk'), attributes: { walk: 'frivillighed-i-oererne', 'story-url': 'https://www.aarhus.dk/historier/{slug}' } });
    const link = shadow(linked).querySelector<HTMLAnchorElement>('[part=story] a')!;
    expect(link.href).to.equal('https://www.aarhus.dk/historier/boersteventer-tandsundhed-gellerup');
  });

  it('draws the route on map tiles from the host, and falls back to the outline when they fail', async () => {
    const el = await renderExample<SamskabWalk>(tag, example('Map tiles'));
    const svg = shadow(el).querySelector('svg[part=map-image]')!;
    const images = [...svg.querySelectorAll('pattern image')];
    expect(svg.querySelectorAll('rect.tile')).to.have.length(images.length);
    expect(images.length).to.be.within(1, 12);
    for (const image of images) expect(image.getAttribute('href')).to.match(/^http:\/\/[^/]+\/widgets\/src\/components\/walk\/walk-test-tile\.svg\?z=\d+&x=\d+&y=\d+$/);
    expect(shadow(el).querySelector('[part=map-caption]')!.textContent).to.contain('© Testkort');

    restoreFetch();
    const broken = await renderExample<SamskabWalk>(tag, { ...example('Map tiles'), attributes: { walk: 'frivillighed-i-oererne', tiles: '/findes-ikke/{z}/{x}/{y}.png' } });
    await waitUntil(() => shadow(broken).querySelector('[part=map-caption]')!.textContent!.includes('Kortet kunne ikke hentes'), 'no fallback');
    expect(shadow(broken).querySelectorAll('svg image')).to.have.length(0);
    expect(shadow(broken).querySelector('polyline.route')).to.exist;

    restoreFetch();
    const unsafe = await renderExample<SamskabWalk>(tag, { ...example('Map tiles'), attributes: { walk: 'frivillighed-i-oererne', tiles: 'javascript:alert(1)//{z}/{x}/{y}' } });
    expect(shadow(unsafe).querySelectorAll('svg image'), 'only http(s) tile URLs are used').to.have.length(0);
    expect(testTiles).to.contain('{z}');
  });

  it('speaks English', async () => {
    const geo = fakeGeolocation();
    const el = await renderExample<SamskabWalk>(tag, example('English'));
    const root = shadow(el);
    expect(requests[0]!.url.searchParams.get('locale')).to.equal('en');
    expect(root.querySelector('[part=facts]')!.textContent).to.equal('4 stops · 6.8 km · about 1 h 50 min');
    expect(root.querySelector('li [part=directions]')!.textContent).to.contain('is about 810 m to the south-east');
    buttonByText(root, 'Use my location')!.click();
    geo.fail(1);
    await el.updateComplete;
    expect(statusText(el)).to.contain('You have not allowed the use of your location. That is fine: use “Next stop” to move on.');
  });

  it('keeps the fallback when the walk does not exist', async () => {
    const el = await renderExample<SamskabWalk>(tag, example('Not found'));
    expect(el.status).to.equal('error');
    expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
  });
});

describe('walk geometry and transcripts', () => {
  it('measures distances and compass directions', () => {
    const a = { lat: 56.1553, lng: 10.1318 };
    const b = { lat: 56.1506, lng: 10.1418 };
    expect(Math.round(distanceMeters(a, b))).to.be.within(800, 820);
    expect(compassPoint(bearingDegrees(a, b))).to.equal(3);
    expect(compassPoint(bearingDegrees(b, a))).to.equal(7);
    expect(compassPoint(359)).to.equal(0);
  });

  it('fits every stop into the drawing', () => {
    const view = fitViewport(walkDa.stops, 400, 280, 28, true);
    expect(Number.isInteger(view.zoom)).to.equal(true);
    for (const stop of walkDa.stops) {
      const p = project(stop, view.zoom);
      expect(p.x).to.be.within(view.left + 27, view.left + 373);
      expect(p.y).to.be.within(view.top + 27, view.top + 253);
    }
  });

  it('reads [mm:ss] and [h:mm:ss] timings and finds the passage at a time', () => {
    const p = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });
    const t = passages([p('Intro'), p('[00:10] One'), p('Still one'), p('[1:00:05] Two')]);
    expect(t.timed).to.equal(true);
    expect(t.passages.map((x) => x.start)).to.deep.equal([null, 10, 3605]);
    expect(t.passages[1]!.blocks).to.have.length(2);
    expect(passageAt(t.passages, 5)).to.equal(-1);
    expect(passageAt(t.passages, 10)).to.equal(1);
    expect(passageAt(t.passages, 4000)).to.equal(2);
    expect(passages([p('[no time] text')]).timed).to.equal(false);
    expect(clock(75)).to.equal('1:15');
    expect(clock(3725)).to.equal('1:02:05');
  });
});
