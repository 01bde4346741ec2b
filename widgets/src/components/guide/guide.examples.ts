import { html } from 'lit';
import type { ContactPoint, Guide, GuideOutcome, GuideQuestion, Locale, Offer } from '../../base/api-types.js';
import type { WidgetExamples } from '../../base/examples.js';

/**
 * Abridged from GET /api/widget/v1/guides/hvor-henvender-jeg-mig and
 * /guides/bekymret-for-et-barn (da and en), with the same keys and shapes.
 */
type Text = Record<Locale, string>;
const t = (da: string, en: string): Text => ({ da, en });

const contacts: Record<string, ContactPoint> = {
  frivilligcenter: {
    slug: 'frivilligcenter-aarhus',
    name: 'Frivilligcenter Aarhus',
    role: 'Byens frivilligcenter',
    helpsWith: 'Hjælper dig med at finde en frivillig opgave og rådgiver foreninger om frivillige, vedtægter og fondsansøgninger.',
    phone: '87 13 20 30',
    email: 'info@frivilligcenter-aarhus.example.dk',
    hours: 'Mandag-torsdag 10-16, fredag 10-13',
    url: 'https://frivilligcenter-aarhus.example.dk',
  },
  faellessekretariatet: {
    slug: 'faellessekretariatet',
    name: 'Fællessekretariatet for Frivillighed og Samskabelse',
    role: 'Indgang for idéer og samskabelse',
    helpsWith: 'Hjælper dig med at beskrive din idé og finde de rette samarbejdspartnere på tværs af kommunen.',
    phone: '87 13 50 05',
    email: 'samskabelse@aarhus-kommune.example.dk',
    hours: 'Hverdage 9-15',
    url: 'https://samskabelse.aarhus-kommune.example.dk',
  },
  puljer: {
    slug: 'puljer-og-tilskud',
    name: 'Puljer og tilskud',
    role: 'Lokalt partnerskab og midler til frivilligt arbejde',
    helpsWith: 'Vejledning om kommunens puljer og §18-midler. Hjælper dig med at skrive en god ansøgning.',
    phone: '87 13 50 13',
    email: 'puljer@aarhus-kommune.example.dk',
    hours: 'Hverdage 9-14',
    url: 'https://puljer.aarhus-kommune.example.dk',
  },
  lokaler: {
    slug: 'lokaler-til-foreninger',
    name: 'Lokaler til foreninger',
    role: 'Booking af kommunale lokaler',
    helpsWith: 'Foreninger kan låne skoler, idrætshaller og mødelokaler til frivillige aktiviteter.',
    phone: '87 13 50 14',
    email: 'lokaler@aarhus-kommune.example.dk',
    hours: 'Hverdage 9-13',
    url: 'https://lokaler.aarhus-kommune.example.dk',
  },
  socialkompasset: {
    slug: 'socialkompasset',
    name: 'Socialkompasset',
    role: 'Overblik over sociale tilbud i Aarhus',
    helpsWith: 'Over 600 frivillige og kommunale tilbud samlet ét sted.',
    phone: '87 13 50 10',
    email: 'redaktion@socialkompasset.example.dk',
    hours: 'Siden er åben døgnet rundt. Redaktionen svarer på hverdage.',
    url: 'https://socialkompasset.example.dk',
  },
  nord: {
    slug: 'frivilligkonsulent-nord',
    name: 'Frivilligkonsulent for lokalcentrene, Nord',
    role: 'Lokal frivilligkonsulent, Sundhed og Omsorg',
    helpsWith: 'Frivillige opgaver på lokalcentre og plejehjem i Lystrup, Risskov og Aarhus N.',
    phone: '87 13 40 02',
    email: 'nord@lokalcentre.example.dk',
    hours: 'Hverdage 8-15',
    url: 'https://lokalcentre.example.dk/nord',
  },
  syd: {
    slug: 'frivilligkonsulent-syd',
    name: 'Frivilligkonsulent for lokalcentrene, Syd',
    role: 'Lokal frivilligkonsulent, Sundhed og Omsorg',
    helpsWith: 'Frivillige opgaver på lokalcentre og plejehjem i Viby, Stavtrup og Tranbjerg.',
    phone: '87 13 40 01',
    email: 'syd@lokalcentre.example.dk',
    hours: 'Hverdage 8-15',
    url: 'https://lokalcentre.example.dk/syd',
  },
  alarm: {
    slug: 'alarm-112',
    name: 'Alarm 112',
    role: 'Politi, brand og ambulance',
    helpsWith: 'Ring 112, hvis et barn eller en voksen er i akut fare.',
    phone: '112',
    email: null,
    hours: 'Døgnet rundt',
    url: null,
  },
  familieraadgivningen: {
    slug: 'familieraadgivningen',
    name: 'Familierådgivningen',
    role: 'Rådgivning om børn og familier',
    helpsWith: 'Tager imod underretninger, når du er bekymret for et barn. Giver gratis og anonym rådgivning.',
    phone: '87 13 50 12',
    email: 'familieraadgivningen@aarhus-kommune.example.dk',
    hours: 'Hverdage 8-15. Uden for åbningstid: ring til politiet på 114',
    url: 'https://familieraadgivningen.aarhus-kommune.example.dk',
  },
};

const org = (slug: string, name: string) => ({ slug, name, kind: 'association', district: null });

function offer(slug: string, title: Text, summary: Text, provider: string, contact: Offer['contact'], locale: Locale): Offer {
  return {
    slug,
    title: title[locale],
    summary: summary[locale],
    provider: org(slug.split('-')[0], provider),
    category: 'lektiehjaelp',
    categoryLabel: locale === 'da' ? 'Lektiehjælp' : 'Homework help',
    audience: 'boern',
    audienceLabel: locale === 'da' ? 'Børn' : 'Children',
    minAge: 6,
    maxAge: 16,
    district: 'Gellerup',
    mode: 'fremmoede',
    modeLabel: locale === 'da' ? 'Fremmøde' : 'In person',
    price: null,
    referralNeeded: false,
    contact,
  };
}

const offers = (locale: Locale): Record<string, Offer> => ({
  lektier: offer(
    'urk-lektiehjaelp-gellerup',
    t('Lektiehjælp i Gellerup', 'Homework help in Gellerup'),
    t('Frivillige hjælper med lektier to eftermiddage om ugen. Kom bare, der er ingen tilmelding.', 'Volunteers help with homework two afternoons a week. Just turn up, no sign-up needed.'),
    'Ungdommens Røde Kors',
    { name: 'Lektiecaféen', email: 'lektier@urk.example.dk', phone: '87 13 20 40', url: 'https://urk.example.dk/lektier' },
    locale,
  ),
  mentor: offer(
    'laer-for-livet-mentor',
    t('Læringsmentor fra Lær for Livet', 'Learning mentor from Lær for Livet'),
    t('Børn i pleje kan få en fast frivillig mentor, der hjælper med skolen.', 'Children in care can get a regular volunteer mentor who helps with school.'),
    'Lær for Livet',
    { name: null, email: 'info@laerforlivet.example.dk', phone: null, url: null },
    locale,
  ),
  boernetelefonen: offer(
    'boernetelefonen',
    t('BørneTelefonen', 'BørneTelefonen, the children’s helpline'),
    t('Børn og unge kan ringe eller skrive anonymt til en voksen, der lytter.', 'Children and young people can call or write anonymously to an adult who listens.'),
    'Børns Vilkår',
    { name: null, email: null, phone: '116 111', url: 'https://boernetelefonen.example.dk' },
    locale,
  ),
  foraeldretelefonen: offer(
    'foraeldretelefonen',
    t('ForældreTelefonen', 'ForældreTelefonen, the parents’ helpline'),
    t('Anonym rådgivning til forældre, der er bekymrede for deres barn.', 'Anonymous advice for parents who are worried about their child.'),
    'Børns Vilkår',
    { name: null, email: null, phone: '35 55 55 59', url: null },
    locale,
  ),
});

interface BiQuestion {
  key: string;
  kind: GuideQuestion['kind'];
  text: Text;
  help?: Text;
  answers: { label: Text; next: string; none?: boolean; districts?: string[] }[];
}
interface BiOutcome {
  key: string;
  title: Text;
  text: Text;
  contactPoints: ContactPoint[];
  offers: string[];
}

function build(
  base: { slug: string; title: Text; intro: Text; sensitive: boolean; start: string; questions: BiQuestion[]; outcomes: BiOutcome[] },
  locale: Locale,
): Guide {
  const o = offers(locale);
  return {
    slug: base.slug,
    locale,
    title: base.title[locale],
    intro: base.intro[locale],
    sensitive: base.sensitive,
    start: base.start,
    questions: base.questions.map((q) => ({
      key: q.key,
      text: q.text[locale],
      help: q.help?.[locale] ?? null,
      kind: q.kind,
      answers: q.answers.map((a) => ({ label: a.label[locale], next: a.next, none: !!a.none, districts: a.districts ?? [] })),
    })),
    outcomes: base.outcomes.map(
      (x): GuideOutcome => ({
        key: x.key,
        title: x.title[locale],
        text: x.text[locale],
        contactPoints: x.contactPoints,
        offers: x.offers.map((slug) => o[slug]),
      }),
    ),
  };
}

const whereDoITurn = {
  slug: 'hvor-henvender-jeg-mig',
  sensitive: false,
  start: 'hvad-vil-du',
  title: t('Hvor henvender jeg mig?', 'Where do I turn?'),
  intro: t(
    'Svar på et par spørgsmål, så viser vi dig, hvem der kan hjælpe dig videre. Du skal ikke oplyse dit navn.',
    'Answer a few questions and we will show you who can help you further. You do not need to give your name.',
  ),
  questions: [
    {
      key: 'hvad-vil-du',
      kind: 'single',
      text: t('Hvad kan vi hjælpe dig med?', 'What can we help you with?'),
      answers: [
        { label: t('Jeg har en idé til mit nabolag', 'I have an idea for my neighbourhood'), next: 'ide-behov' },
        { label: t('Jeg er fra en forening og søger lokaler, penge eller frivillige', 'I represent an association looking for premises, funding or volunteers'), next: 'forening-behov' },
        { label: t('Jeg er forælder og søger hjælp til mit barn', 'I am a parent looking for help for my child'), next: 'barn-behov' },
        { label: t('Jeg vil gerne være frivillig', 'I would like to volunteer'), next: 'frivillig-omraade' },
      ],
    },
    {
      key: 'ide-behov',
      kind: 'single',
      text: t('Hvad har du mest brug for til din idé?', 'What does your idea need most?'),
      help: t('Vælg det, der fylder mest lige nu. Du kan altid gå tilbage og vælge igen.', 'Choose what matters most right now. You can always go back and choose again.'),
      answers: [
        { label: t('Sparring og nogen at samarbejde med', 'Advice and someone to work with'), next: 'ide-sparring' },
        { label: t('Penge til at komme i gang', 'Money to get started'), next: 'penge' },
        { label: t('Et sted at mødes', 'A place to meet'), next: 'lokaler' },
      ],
    },
    {
      key: 'forening-behov',
      kind: 'multiple',
      text: t('Hvad søger foreningen?', 'What is the association looking for?'),
      help: t('Vælg alt det, der passer. Så viser vi, hvem der kan hjælpe med hver ting.', 'Choose everything that applies. We will show you who can help with each.'),
      answers: [
        { label: t('Lokaler', 'Premises'), next: 'lokaler' },
        { label: t('Penge fra puljer eller fonde', 'Money from grants or foundations'), next: 'penge' },
        { label: t('Flere frivillige', 'More volunteers'), next: 'forening-frivillige' },
        { label: t('Ingen af disse', 'None of these'), next: 'forening-raadgivning', none: true },
      ],
    },
    {
      key: 'barn-behov',
      kind: 'single',
      text: t('Hvad har dit barn brug for?', 'What does your child need?'),
      answers: [
        { label: t('Hjælp til lektier', 'Help with homework'), next: 'barn-lektier' },
        { label: t('Nogen at tale med', 'Someone to talk to'), next: 'barn-tale' },
      ],
    },
    {
      key: 'frivillig-omraade',
      kind: 'single',
      text: t('Hvad kunne du tænke dig at lave?', 'What would you like to do?'),
      answers: [
        { label: t('Noget med ældre', 'Something with older people'), next: 'lokalomraade' },
        { label: t('Jeg ved det ikke endnu', 'I do not know yet'), next: 'frivillig-raadgivning' },
      ],
    },
    {
      key: 'lokalomraade',
      kind: 'district',
      text: t('Hvor i Aarhus?', 'Where in Aarhus?'),
      help: t('Lokalcentrene har hver sin frivilligkonsulent for deres del af byen.', 'Each part of the city has its own volunteer consultant for the local centres.'),
      answers: [
        { label: t('Nord: Lystrup, Risskov og Aarhus N', 'North: Lystrup, Risskov and Aarhus N'), next: 'lokal-nord', districts: ['Lystrup', 'Risskov', 'Aarhus N', '8520', '8240', '8200'] },
        { label: t('Syd: Viby, Stavtrup og Tranbjerg', 'South: Viby, Stavtrup and Tranbjerg'), next: 'lokal-syd', districts: ['Viby', 'Stavtrup', 'Tranbjerg', '8260', '8310'] },
        { label: t('Jeg ved det ikke', 'I do not know'), next: 'frivillig-raadgivning', none: true },
      ],
    },
  ] satisfies BiQuestion[],
  outcomes: [
    {
      key: 'ide-sparring',
      title: t('Få sparring på din idé', 'Get advice on your idea'),
      text: t('Fællessekretariatet hjælper dig med at beskrive idéen og finde samarbejdspartnere.', 'The joint secretariat helps you describe your idea and find partners.'),
      contactPoints: [contacts.faellessekretariatet, contacts.frivilligcenter],
      offers: [],
    },
    {
      key: 'penge',
      title: t('Søg penge til idéen eller foreningen', 'Apply for funding for your idea or association'),
      text: t('Kommunen har puljer til lokale idéer og §18-midler til frivilligt socialt arbejde.', 'The municipality has grants for local ideas and section 18 funds for voluntary social work.'),
      contactPoints: [contacts.puljer, contacts.frivilligcenter],
      offers: [],
    },
    {
      key: 'lokaler',
      title: t('Find et lokale', 'Find premises'),
      text: t('Foreninger og grupper kan låne kommunale lokaler til frivillige aktiviteter.', 'Associations and groups can borrow municipal rooms for voluntary activities.'),
      contactPoints: [contacts.lokaler],
      offers: [],
    },
    {
      key: 'forening-frivillige',
      title: t('Find flere frivillige', 'Find more volunteers'),
      text: t('Læg jeres opgaver i opgavebanken, gerne som enkeltstående opgaver.', 'Add your tasks to the task bank, ideally as one-off tasks.'),
      contactPoints: [contacts.frivilligcenter],
      offers: [],
    },
    {
      key: 'forening-raadgivning',
      title: t('Få råd som forening', 'Get advice as an association'),
      text: t('Frivilligcenter Aarhus rådgiver foreninger om alt fra vedtægter til frivillige.', 'Frivilligcenter Aarhus advises associations on everything from statutes to volunteers.'),
      contactPoints: [contacts.frivilligcenter, contacts.faellessekretariatet],
      offers: [],
    },
    {
      key: 'barn-lektier',
      title: t('Lektiehjælp', 'Homework help'),
      text: t('Frivillige lektiecaféer tager imod uden tilmelding. Anbragte børn kan få en fast læringsmentor.', 'Volunteer homework cafés welcome children without sign-up. Children in care can get a learning mentor.'),
      contactPoints: [contacts.socialkompasset],
      offers: ['lektier', 'mentor'],
    },
    {
      key: 'barn-tale',
      title: t('Nogen at tale med', 'Someone to talk to'),
      text: t('Børn kan ringe eller skrive anonymt til en voksen, der lytter.', 'Children can call or write anonymously to an adult who listens.'),
      contactPoints: [],
      offers: ['boernetelefonen'],
    },
    {
      key: 'frivillig-raadgivning',
      title: t('Få hjælp til at finde den rette opgave', 'Get help finding the right task'),
      text: t('Frivilligcenter Aarhus tager en snak med dig om, hvad du har lyst til.', 'Frivilligcenter Aarhus will talk with you about what you would like to do.'),
      contactPoints: [contacts.frivilligcenter],
      offers: [],
    },
    {
      key: 'lokal-nord',
      title: t('Frivilligkonsulenten i Nord', 'The volunteer consultant for the north'),
      text: t('Kontakt frivilligkonsulenten for lokalcentrene i Lystrup, Risskov og Aarhus N.', 'Contact the volunteer consultant for the local centres in Lystrup, Risskov and Aarhus N.'),
      contactPoints: [contacts.nord],
      offers: [],
    },
    {
      key: 'lokal-syd',
      title: t('Frivilligkonsulenten i Syd', 'The volunteer consultant for the south'),
      text: t('Kontakt frivilligkonsulenten for lokalcentrene i Viby, Stavtrup og Tranbjerg.', 'Contact the volunteer consultant for the local centres in Viby, Stavtrup and Tranbjerg.'),
      contactPoints: [contacts.syd],
      offers: [],
    },
  ] satisfies BiOutcome[],
};

const worriedAboutAChild = {
  slug: 'bekymret-for-et-barn',
  sensitive: true,
  start: 'akut',
  title: t('Bekymret for et barn?', 'Worried about a child?'),
  intro: t(
    'Her kan du finde ud af, hvem du kan tale med, hvis du er bekymret for et barn eller en ung. Dine svar bliver ikke gemt.',
    'Find out who you can talk to if you are worried about a child or a young person. Your answers are not stored.',
  ),
  questions: [
    {
      key: 'akut',
      kind: 'single',
      text: t('Er barnet i fare lige nu?', 'Is the child in danger right now?'),
      answers: [
        { label: t('Ja, der er brug for hjælp med det samme', 'Yes, help is needed immediately'), next: 'akut-fare' },
        { label: t('Nej, men jeg er bekymret', 'No, but I am worried'), next: 'hvem-er-du' },
      ],
    },
    {
      key: 'hvem-er-du',
      kind: 'single',
      text: t('Hvem er du?', 'Who are you?'),
      answers: [
        { label: t('Jeg er selv barn eller ung og har det svært', 'I am a child or young person and I am having a hard time'), next: 'ung-selv' },
        { label: t('Jeg er forælder og bekymret for mit eget barn', 'I am a parent worried about my own child'), next: 'foraelder-stoette' },
      ],
    },
  ] satisfies BiQuestion[],
  outcomes: [
    {
      key: 'akut-fare',
      title: t('Ring 112', 'Call 112'),
      text: t('Er et barn i akut fare, så ring 112 med det samme.', 'If a child is in immediate danger, call 112 straight away.'),
      contactPoints: [contacts.alarm, contacts.familieraadgivningen],
      offers: [],
    },
    {
      key: 'ung-selv',
      title: t('Du kan tale med nogen, anonymt', 'You can talk to someone, anonymously'),
      text: t('Du behøver ikke sige dit navn. Ring eller skriv til en voksen, der lytter.', 'You do not have to give your name. Call or write to an adult who listens.'),
      contactPoints: [],
      offers: ['boernetelefonen'],
    },
    {
      key: 'foraelder-stoette',
      title: t('Støtte til dig som forælder', 'Support for you as a parent'),
      text: t('Du kan ringe anonymt til ForældreTelefonen eller tale med Familierådgivningen.', 'You can call ForældreTelefonen anonymously or talk to the family counselling service.'),
      contactPoints: [contacts.familieraadgivningen],
      offers: ['foraeldretelefonen'],
    },
  ] satisfies BiOutcome[],
};

export const guideDa: Guide = build(whereDoITurn, 'da');
export const guideEn: Guide = build(whereDoITurn, 'en');
export const sensitiveGuideDa: Guide = build(worriedAboutAChild, 'da');

const guideResponses = { '/guides/hvor-henvender-jeg-mig': { body: guideDa } };

const fallback = html`<p>Ring til Borgerservice på <a href="tel:87135011">87 13 50 11</a>, så hjælper de dig videre.</p>`;

export const examples: WidgetExamples = {
  tag: 'samskab-guide',
  title: 'Guide',
  examples: [
    {
      name: 'Where do I turn',
      description: 'The first question of "Hvor henvender jeg mig?", in Danish. Each answer is a large button.',
      attributes: { guide: 'hvor-henvender-jeg-mig' },
      responses: guideResponses,
      fallback,
    },
    {
      name: 'English',
      description: 'The same guide in English.',
      attributes: { guide: 'hvor-henvender-jeg-mig', lang: 'en' },
      responses: { '/guides/hvor-henvender-jeg-mig': { body: guideEn } },
    },
    {
      name: 'Multiple choice',
      description: 'An association may need several things: tick all that apply, or "none of these". Starts from an answer given by the `answers` attribute.',
      attributes: { guide: 'hvor-henvender-jeg-mig', answers: 'forening-behov' },
      responses: guideResponses,
    },
    {
      name: 'Postcode or district',
      description: 'The local volunteer consultant depends on where you live: type a postcode or district, or choose from the list.',
      attributes: { guide: 'hvor-henvender-jeg-mig', answers: 'frivillig-omraade/lokalomraade' },
      responses: guideResponses,
    },
    {
      name: 'Several outcomes',
      description: 'The association needs premises and funding: both outcomes, with their contact points, and the answers with change buttons.',
      attributes: { guide: 'hvor-henvender-jeg-mig', answers: 'forening-behov/lokaler,penge' },
      responses: guideResponses,
    },
    {
      name: 'Outcome with offers',
      description: 'A parent looking for homework help: a contact point and the matching offers.',
      attributes: { guide: 'hvor-henvender-jeg-mig', answers: 'barn-behov/barn-lektier' },
      responses: guideResponses,
    },
    {
      name: 'Sensitive guide',
      description: 'A guide marked sensitive: the quick-exit button (also Shift three times), and no answers in the URL.',
      attributes: { guide: 'bekymret-for-et-barn' },
      responses: { '/guides/bekymret-for-et-barn': { body: sensitiveGuideDa } },
      fallback: html`<p>Er et barn i akut fare, så ring <a href="tel:112">112</a>.</p>`,
    },
    {
      name: 'Sensitive outcome',
      description: 'The outcome of the sensitive guide, still with the quick exit.',
      attributes: { guide: 'bekymret-for-et-barn', answers: 'hvem-er-du/foraelder-stoette' },
      responses: { '/guides/bekymret-for-et-barn': { body: sensitiveGuideDa } },
    },
    {
      name: 'API unavailable',
      description: 'The API cannot be reached: the fallback text stays.',
      attributes: { guide: 'hvor-henvender-jeg-mig' },
      responses: { '/guides/hvor-henvender-jeg-mig': { status: 500, body: { error: { status: 500, code: 'internal', message: 'Internal error' } } } },
      fallback,
    },
  ],
};
