import { html } from 'lit';
import type { Block, Story, Walk } from '../../base/api-types.js';
import { placeholderImage, type WidgetExamples } from '../../base/examples.js';

/** A short silent WAV as a data URL, so the examples need no network (8 kHz, 8 bit, mono). */
export function silentWav(seconds: number): string {
  const samples = Math.round(8000 * seconds);
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  bytes.fill(128, 44);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return `data:audio/wav;base64,${btoa(binary)}`;
}

const p = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const audio = (seconds: number) => ({ url: silentWav(seconds), mime: 'audio/wav', size: 44 + 8000 * seconds, durationSeconds: seconds });

/** Recorded from GET /api/widget/v1/walks/frivillighed-i-oererne?locale=da (four of its stops), the first transcript with timings. */
export const walkDa: Walk = {
  slug: 'frivillighed-i-oererne',
  locale: 'da',
  title: 'Frivillighed i ørerne',
  intro: 'En gåtur med høretelefoner fra Gellerup til midtbyen. Undervejs hører du historien om steder, hvor frivillige, foreninger og kommunen har skabt noget sammen.',
  distanceKm: 6.8,
  durationMinutes: 110,
  stops: [
    {
      order: 1,
      title: 'Tovshøjskolen: Børsteventer',
      lat: 56.1553,
      lng: 10.1318,
      radiusMeters: 50,
      audio: audio(3),
      transcript: [
        p('[00:00] Velkommen til Frivillighed i ørerne. Du står ved Tovshøjskolen i Gellerup.'),
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: '[00:01] Herinde har børnene fået besøg af tandplejestuderende med kæmpetandbørster. De kalder sig ' },
            { type: 'strong', children: [{ type: 'text', text: 'Børsteventer' }] },
            { type: 'text', text: '.' },
          ],
        },
        p('[00:02] Det begyndte med et møde mellem beboere, foreninger og tandplejen.'),
        p('Se dig omkring: Løsningen findes ofte allerede i området.'),
      ],
      photo: placeholderImage('Børsteventer', 'Tandplejestuderende med en kæmpetandbørste i en skoleklasse', 190, 'Aarhus Kommune'),
      story: { slug: 'boersteventer-tandsundhed-gellerup', title: 'Børsteventer gør tandbørstning til en fest' },
      directions: 'Gå mod sydøst gennem parken til Bazar Vest. Det tager cirka 10 minutter.',
    },
    {
      order: 2,
      title: 'Bazar Vest: Natteravnene',
      lat: 56.1506,
      lng: 10.1418,
      radiusMeters: 60,
      audio: audio(2),
      transcript: [
        p('Om dagen er her fyldt med handlende. Men kom forbi en fredag aften, så møder du måske nogle voksne i gule jakker. Det er Natteravnene.'),
        p('En natteravn kan gå én aften om måneden, og det er nok.'),
      ],
      photo: null,
      story: { slug: 'natteravnene-en-aften-om-maaneden', title: 'Natteravnene: én aften om måneden' },
      directions: 'Følg Silkeborgvej mod øst ind i Åbyhøj, cirka 20 minutter.',
    },
    {
      order: 3,
      title: 'Åbyhøj: Bogspiloppen under dagtilbuddet',
      lat: 56.1524,
      lng: 10.1611,
      radiusMeters: 40,
      audio: null,
      transcript: [p('Bag vinduerne her leger børnene i et dagtilbud. Men huset har også en anden beboer: foreningen Bogspiloppen.')],
      photo: null,
      story: null,
      directions: 'Fortsæt ad Silkeborgvej mod byen til Frivilligcenter Aarhus.',
    },
    {
      order: 4,
      title: 'Skolegade: Frivilligcenter Aarhus',
      lat: 56.1569,
      lng: 10.2104,
      radiusMeters: 40,
      audio: audio(2),
      transcript: [p('Du er nået til sidste stop: Frivilligcenter Aarhus. Måske er det din tur næste gang?')],
      photo: null,
      story: null,
      directions: 'Turen slutter her. Tak fordi du gik med.',
    },
  ],
};

/** Recorded from GET /api/widget/v1/walks/frivillighed-i-oererne?locale=en */
export const walkEn: Walk = {
  ...walkDa,
  locale: 'en',
  title: 'Volunteering in your ears',
  intro: 'A walk with headphones from Gellerup to the city centre, hearing the story of places where volunteers, associations and the municipality created something together.',
  stops: walkDa.stops.map((stop, i) => ({
    ...stop,
    title: ['Tovshøjskolen: Brush Buddies', 'Bazar Vest: the Night Ravens', 'Åbyhøj: Bogspiloppen under the daycare', 'Skolegade: Volunteer Centre Aarhus'][i]!,
    transcript:
      i === 0
        ? [p('[00:00] Welcome to Volunteering in your ears.'), p('[00:01] The children here have had visits from dental hygiene students.'), p('[00:02] It started with a meeting.')]
        : [p('The English transcript of this stop.')],
    story: stop.story ? { ...stop.story, title: 'The story in English' } : null,
    directions: 'Walk on to the next stop, about 10 minutes.',
  })),
};

/** Recorded from GET /api/widget/v1/stories/boersteventer-tandsundhed-gellerup?locale=da (shortened): the story behind stop 1. */
export const storyBoersteventer: Story = {
  slug: 'boersteventer-tandsundhed-gellerup',
  locale: 'da',
  title: 'Børsteventer gør tandbørstning til en fest',
  summary: 'Tandplejestuderende og bydelsmødre gør tandbørstning til noget, børnene glæder sig til.',
  theme: 'sundhed',
  themeLabel: 'Sundhed',
  publishDate: '2025-10-01T09:00:00.000Z',
  hero: null,
  organisation: null,
  campaign: null,
  body: [p('Det begyndte med et møde i Gellerup, hvor beboere, foreninger og tandplejen satte sig sammen.')],
};

/** A same-origin tile for the tests (the browser test server serves the file; the query is ignored). */
export const testTiles = '/widgets/src/components/walk/walk-test-tile.svg?z={z}&x={x}&y={y}';

const fallback = html`<p><a href="https://www.aarhus.dk/frivillig">Hør gåturen Frivillighed i ørerne</a></p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-walk',
  title: 'Walk',
  examples: [
    {
      name: 'Walk',
      description: 'The podcast walk with the route drawn as an outline (no map tiles), the stops in order, audio, transcripts (the first with timings), stories and directions.',
      attributes: { walk: 'frivillighed-i-oererne' },
      responses: { '/walks/frivillighed-i-oererne': { body: walkDa }, '/stories/boersteventer-tandsundhed-gellerup': { body: storyBoersteventer } },
      fallback,
    },
    {
      name: 'Map tiles',
      description: 'With a tile URL from the host, the route is drawn on a map; if the tiles cannot be loaded, the outline stays.',
      attributes: { walk: 'frivillighed-i-oererne', tiles: testTiles, 'tiles-attribution': '© Testkort' },
      responses: { '/walks/frivillighed-i-oererne': { body: walkDa } },
    },
    {
      name: 'English',
      description: 'The walk in English.',
      attributes: { walk: 'frivillighed-i-oererne', lang: 'en' },
      responses: { '/walks/frivillighed-i-oererne': { body: walkEn } },
    },
    {
      name: 'Not found',
      description: 'An unknown walk: the API answers 404 and the fallback stays.',
      attributes: { walk: 'findes-ikke' },
      responses: {
        '/walks/findes-ikke': { status: 404, body: { error: { status: 404, code: 'not_found', message: 'No published walk with the slug "findes-ikke".' } } },
      },
      fallback,
    },
  ],
};
