import type {
  ContactPointSeed,
  EntryPointSeed,
  GuideAnswer,
  GuideLocalised,
  GuideOutcome,
  GuideQuestion,
  GuideQuestionKind,
  GuideSeed,
  Locale,
} from './types';

/**
 * Contact points, the "where do I turn" guides and the front page entry point.
 * Phone numbers and addresses are invented for the demo (112 is real, on purpose).
 */

// ---------------------------------------------------------------------------
// Contact points (not localised in the schema, so Danish only)
// ---------------------------------------------------------------------------

export const contactPoints: ContactPointSeed[] = [
  {
    slug: 'frivilligcenter-aarhus',
    name: 'Frivilligcenter Aarhus',
    role: 'Byens frivilligcenter',
    helpsWith:
      'Hjælper dig med at finde en frivillig opgave, der passer til din tid. Rådgiver foreninger om frivillige, vedtægter og fondsansøgninger og samler børne- og ungenetværket med 25 foreninger.',
    phone: '87 13 20 30',
    email: 'info@frivilligcenter-aarhus.example.dk',
    hours: 'Mandag-torsdag 10-16, fredag 10-13',
    url: 'https://frivilligcenter-aarhus.example.dk',
  },
  {
    slug: 'frivilligkonsulent-boern-og-unge',
    name: 'Frivilligkonsulenten i Børn og Unge',
    role: 'Konsulent for frivillighed og samskabelse, Børn og Unge',
    helpsWith:
      'Hjælper skoler, dagtilbud og klubber i gang med frivillige: samarbejdsaftale, børneattest, forsikring og kommunikationspakker med plakater, foldere og fotos. Hjælper også foreninger, der vil samarbejde med Børn og Unge.',
    phone: '87 13 50 02',
    email: 'frivillig@boern-og-unge.example.dk',
    hours: 'Hverdage 9-15',
    url: 'https://boern-og-unge.example.dk/frivillig',
  },
  {
    slug: 'frivilligkonsulent-nord',
    name: 'Frivilligkonsulent for lokalcentrene, Nord',
    role: 'Lokal frivilligkonsulent, Sundhed og Omsorg',
    helpsWith:
      'Frivillige opgaver på lokalcentre og plejehjem i Lystrup, Risskov og Aarhus N. Hjælper også medarbejderne med at tage godt imod frivillige.',
    phone: '87 13 40 02',
    email: 'nord@lokalcentre.example.dk',
    hours: 'Hverdage 8-15',
    url: 'https://lokalcentre.example.dk/nord',
  },
  {
    slug: 'frivilligkonsulent-vest',
    name: 'Frivilligkonsulent for lokalcentrene, Midt-Vest',
    role: 'Lokal frivilligkonsulent, Sundhed og Omsorg',
    helpsWith:
      'Frivillige opgaver på lokalcentre og plejehjem i Aarhus C, Åbyhøj og Gellerup. Hjælper også medarbejderne med at tage godt imod frivillige.',
    phone: '87 13 40 03',
    email: 'vest@lokalcentre.example.dk',
    hours: 'Hverdage 8-15',
    url: 'https://lokalcentre.example.dk/vest',
  },
  {
    slug: 'frivilligkonsulent-syd',
    name: 'Frivilligkonsulent for lokalcentrene, Syd',
    role: 'Lokal frivilligkonsulent, Sundhed og Omsorg',
    helpsWith:
      'Frivillige opgaver på lokalcentre og plejehjem i Viby, Stavtrup og Tranbjerg. Hjælper også medarbejderne med at tage godt imod frivillige.',
    phone: '87 13 40 01',
    email: 'syd@lokalcentre.example.dk',
    hours: 'Hverdage 8-15',
    url: 'https://lokalcentre.example.dk/syd',
  },
  {
    slug: 'socialkompasset',
    name: 'Socialkompasset',
    role: 'Overblik over sociale tilbud i Aarhus',
    helpsWith:
      'Over 600 frivillige og kommunale tilbud samlet ét sted: nogen at tale med, sorg, lektiehjælp, ferie, julehjælp og meget mere. Foreninger kan få deres egne tilbud med.',
    phone: '87 13 50 10',
    email: 'redaktion@socialkompasset.example.dk',
    hours: 'Siden er åben døgnet rundt. Redaktionen svarer på hverdage.',
    url: 'https://socialkompasset.example.dk',
  },
  {
    slug: 'borgerservice',
    name: 'Borgerservice Aarhus',
    role: 'Kommunens indgang for borgere',
    helpsWith:
      'Hjælp til digital post, sundhedskort, pas og ydelser, og til at finde den rette afdeling i kommunen, når du ikke ved, hvem du skal spørge.',
    phone: '87 13 50 11',
    email: 'borgerservice@aarhus-kommune.example.dk',
    hours: 'Mandag-fredag 10-15, torsdag til 17',
    url: 'https://borgerservice.aarhus-kommune.example.dk',
  },
  {
    slug: 'familieraadgivningen',
    name: 'Familierådgivningen',
    role: 'Rådgivning om børn og familier, Sociale Forhold og Beskæftigelse',
    helpsWith:
      'Tager imod underretninger, når du er bekymret for et barn. Giver gratis og anonym rådgivning til forældre og unge, der har det svært.',
    phone: '87 13 50 12',
    email: 'familieraadgivningen@aarhus-kommune.example.dk',
    hours: 'Hverdage 8-15. Uden for åbningstid: ring til politiet på 114',
    url: 'https://familieraadgivningen.aarhus-kommune.example.dk',
  },
  {
    slug: 'puljer-og-tilskud',
    name: 'Puljer og tilskud',
    role: 'Lokalt partnerskab og midler til frivilligt arbejde',
    helpsWith:
      'Vejledning om kommunens puljer, §18-midler til frivilligt socialt arbejde og midler til lokale idéer. Hjælper dig med at skrive en god ansøgning.',
    phone: '87 13 50 13',
    email: 'puljer@aarhus-kommune.example.dk',
    hours: 'Hverdage 9-14',
    url: 'https://puljer.aarhus-kommune.example.dk',
  },
  {
    slug: 'lokaler-til-foreninger',
    name: 'Lokaler til foreninger',
    role: 'Booking af kommunale lokaler',
    helpsWith:
      'Foreninger kan låne skoler, idrætshaller og mødelokaler til frivillige aktiviteter. Hjælper med at finde og booke et ledigt lokale.',
    phone: '87 13 50 14',
    email: 'lokaler@aarhus-kommune.example.dk',
    hours: 'Hverdage 9-13',
    url: 'https://lokaler.aarhus-kommune.example.dk',
  },
  {
    slug: 'faellessekretariatet',
    name: 'Fællessekretariatet for Frivillighed og Samskabelse',
    role: 'Indgang for idéer og samskabelse',
    helpsWith:
      'Har du en idé til dit nabolag, eller vil du samarbejde med kommunen? Sekretariatet hjælper dig med at beskrive idéen og finde de rette samarbejdspartnere på tværs af kommunen.',
    phone: '87 13 50 05',
    email: 'samskabelse@aarhus-kommune.example.dk',
    hours: 'Hverdage 9-15',
    url: 'https://samskabelse.aarhus-kommune.example.dk',
  },
  {
    slug: 'alarm-112',
    name: 'Alarm 112',
    role: 'Politi, brand og ambulance',
    helpsWith: 'Ring 112, hvis et barn eller en voksen er i akut fare.',
    phone: '112',
    hours: 'Døgnet rundt',
    url: 'https://politi.example.dk',
  },
];

// ---------------------------------------------------------------------------
// Guides, written once in both languages so da and en share one structure
// ---------------------------------------------------------------------------

interface Text {
  da: string;
  en: string;
}

interface BiQuestion {
  key: string;
  kind: GuideQuestionKind;
  text: Text;
  help?: Text;
  /** `none` marks the "none of these" answer (required once in a multiple-choice question); `districts` lists district names and postcodes. */
  answers: { label: Text; next: string; districts?: string; none?: boolean }[];
}

interface BiOutcome {
  key: string;
  title: Text;
  text: Text;
  contactPoints: string[];
  offers: string[];
}

interface BiGuide {
  slug: string;
  sensitive: boolean;
  startQuestion: string;
  title: Text;
  intro: Text;
  questions: BiQuestion[];
  outcomes: BiOutcome[];
}

function localise(guide: BiGuide, locale: Locale): GuideLocalised {
  const questions: GuideQuestion[] = guide.questions.map((q) => ({
    key: q.key,
    text: q.text[locale],
    ...(q.help ? { help: q.help[locale] } : {}),
    kind: q.kind,
    answers: q.answers.map(
      (a): GuideAnswer & { none?: boolean } => ({
        label: a.label[locale],
        next: a.next,
        ...(a.districts ? { districts: a.districts } : {}),
        ...(a.none ? { none: true } : {}),
      }),
    ),
  }));
  const outcomes: GuideOutcome[] = guide.outcomes.map((o) => ({
    key: o.key,
    title: o.title[locale],
    text: o.text[locale],
    contactPoints: [...o.contactPoints],
    offers: [...o.offers],
  }));
  return { title: guide.title[locale], intro: guide.intro[locale], questions, outcomes };
}

function toSeed(guide: BiGuide): GuideSeed {
  return {
    slug: guide.slug,
    sensitive: guide.sensitive,
    startQuestion: guide.startQuestion,
    da: localise(guide, 'da'),
    en: localise(guide, 'en'),
  };
}

const hvorHenvenderJegMig: BiGuide = {
  slug: 'hvor-henvender-jeg-mig',
  sensitive: false,
  startQuestion: 'hvad-vil-du',
  title: { da: 'Hvor henvender jeg mig?', en: 'Where do I turn?' },
  intro: {
    da: 'Svar på et par spørgsmål, så viser vi dig, hvem i kommunen eller blandt foreningerne der kan hjælpe dig videre. Du skal ikke oplyse dit navn.',
    en: 'Answer a few questions and we will show you who in the municipality or among the associations can help you further. You do not need to give your name.',
  },
  questions: [
    {
      key: 'hvad-vil-du',
      kind: 'single',
      text: { da: 'Hvad kan vi hjælpe dig med?', en: 'What can we help you with?' },
      answers: [
        { label: { da: 'Jeg har en idé til mit nabolag', en: 'I have an idea for my neighbourhood' }, next: 'ide-behov' },
        {
          label: {
            da: 'Jeg er fra en forening og søger lokaler, penge eller frivillige',
            en: 'I represent an association looking for premises, funding or volunteers',
          },
          next: 'forening-behov',
        },
        {
          label: {
            da: 'Jeg arbejder på en skole, i et dagtilbud eller på et lokalcenter og vil gerne have frivillige',
            en: 'I work at a school, daycare or local centre and would like volunteers',
          },
          next: 'arbejdsplads',
        },
        { label: { da: 'Jeg er forælder og søger hjælp til mit barn', en: 'I am a parent looking for help for my child' }, next: 'barn-behov' },
        {
          label: { da: 'Jeg søger hjælp til mig selv eller en voksen, jeg kender', en: 'I am looking for help for myself or an adult I know' },
          next: 'voksen-behov',
        },
        { label: { da: 'Jeg vil gerne være frivillig', en: 'I would like to volunteer' }, next: 'frivillig-omraade' },
      ],
    },
    {
      key: 'ide-behov',
      kind: 'single',
      text: { da: 'Hvad har du mest brug for til din idé?', en: 'What does your idea need most?' },
      help: {
        da: 'Vælg det, der fylder mest lige nu. Du kan altid gå tilbage og vælge igen.',
        en: 'Choose what matters most right now. You can always go back and choose again.',
      },
      answers: [
        { label: { da: 'Sparring og nogen at samarbejde med', en: 'Advice and someone to work with' }, next: 'ide-sparring' },
        { label: { da: 'Penge til at komme i gang', en: 'Money to get started' }, next: 'penge' },
        { label: { da: 'Et sted at mødes', en: 'A place to meet' }, next: 'lokaler' },
      ],
    },
    {
      key: 'forening-behov',
      kind: 'multiple',
      text: { da: 'Hvad søger foreningen?', en: 'What is the association looking for?' },
      help: {
        da: 'Vælg alt det, der passer. Så viser vi, hvem der kan hjælpe med hver ting.',
        en: 'Choose everything that applies. We will show you who can help with each.',
      },
      answers: [
        { label: { da: 'Lokaler', en: 'Premises' }, next: 'lokaler' },
        { label: { da: 'Penge fra puljer eller fonde', en: 'Money from grants or foundations' }, next: 'penge' },
        { label: { da: 'Flere frivillige', en: 'More volunteers' }, next: 'forening-frivillige' },
        {
          label: {
            da: 'Et samarbejde med skoler, dagtilbud eller klubber',
            en: 'A partnership with schools, daycares or youth clubs',
          },
          next: 'forening-samarbejde',
        },
        { label: { da: 'Ingen af disse', en: 'None of these' }, next: 'forening-raadgivning', none: true },
      ],
    },
    {
      key: 'arbejdsplads',
      kind: 'single',
      text: { da: 'Hvor arbejder du?', en: 'Where do you work?' },
      answers: [
        { label: { da: 'På en skole, i et dagtilbud eller i en klub', en: 'At a school, daycare or youth club' }, next: 'institution-frivillige' },
        { label: { da: 'På et lokalcenter eller plejehjem', en: 'At a local centre or care home' }, next: 'lokalomraade' },
      ],
    },
    {
      key: 'barn-behov',
      kind: 'single',
      text: { da: 'Hvad har dit barn brug for?', en: 'What does your child need?' },
      answers: [
        { label: { da: 'Hjælp til lektier', en: 'Help with homework' }, next: 'barn-lektier' },
        { label: { da: 'Nogen at tale med', en: 'Someone to talk to' }, next: 'barn-alder' },
        {
          label: {
            da: 'Støtte, fordi nogen i familien er alvorligt syg eller er død',
            en: 'Support because someone in the family is seriously ill or has died',
          },
          next: 'barn-sorg',
        },
        { label: { da: 'En ferieoplevelse eller hjælp til jul', en: 'A holiday experience or help at Christmas' }, next: 'barn-ferie-jul' },
        { label: { da: 'Jeg er bekymret for, hvordan mit barn har det', en: 'I am worried about how my child is doing' }, next: 'barn-bekymring' },
      ],
    },
    {
      key: 'barn-alder',
      kind: 'single',
      text: { da: 'Hvor gammel er dit barn?', en: 'How old is your child?' },
      answers: [
        { label: { da: 'Under 12 år', en: 'Under 12' }, next: 'barn-tale-boern' },
        { label: { da: '12 år eller ældre', en: '12 or older' }, next: 'barn-tale-unge' },
      ],
    },
    {
      key: 'voksen-behov',
      kind: 'single',
      text: { da: 'Hvad har du eller den voksne brug for?', en: 'What do you or the adult need?' },
      answers: [
        { label: { da: 'Nogen at tale med eller få råd af', en: 'Someone to talk to or get advice from' }, next: 'voksen-tale' },
        { label: { da: 'Støtte i sorg', en: 'Support in grief' }, next: 'voksen-sorg' },
        { label: { da: 'Hjælp til jul', en: 'Help at Christmas' }, next: 'voksen-jul' },
        { label: { da: 'Et fællesskab at være en del af', en: 'A community to be part of' }, next: 'voksen-faellesskab' },
        { label: { da: 'Noget andet', en: 'Something else' }, next: 'voksen-andet', none: true },
      ],
    },
    {
      key: 'frivillig-omraade',
      kind: 'single',
      text: { da: 'Hvad kunne du tænke dig at lave?', en: 'What would you like to do?' },
      answers: [
        { label: { da: 'Noget med børn og unge', en: 'Something with children and young people' }, next: 'frivillig-tid' },
        { label: { da: 'Noget med ældre', en: 'Something with older people' }, next: 'lokalomraade' },
        { label: { da: 'Jeg ved det ikke endnu', en: 'I do not know yet' }, next: 'frivillig-raadgivning' },
      ],
    },
    {
      key: 'frivillig-tid',
      kind: 'single',
      text: { da: 'Hvor meget tid har du?', en: 'How much time do you have?' },
      help: {
        da: 'De fleste frivillige i Aarhus giver en hånd med ind imellem frem for hver uge. Begge dele er lige velkomne.',
        en: 'Most volunteers in Aarhus lend a hand now and then rather than every week. Both are equally welcome.',
      },
      answers: [
        { label: { da: 'Et par timer en gang imellem', en: 'A few hours now and then' }, next: 'frivillig-episodisk' },
        { label: { da: 'Et par timer hver uge', en: 'A few hours every week' }, next: 'frivillig-fast' },
      ],
    },
    {
      key: 'lokalomraade',
      kind: 'district',
      text: { da: 'Hvor i Aarhus?', en: 'Where in Aarhus?' },
      help: {
        da: 'Skriv dit postnummer eller din bydel, eller vælg på listen. Lokalcentrene har hver sin frivilligkonsulent for deres del af byen.',
        en: 'Type your postcode or district, or choose from the list. Each part of the city has its own volunteer consultant for the local centres.',
      },
      answers: [
        { label: { da: 'Nord: Lystrup, Risskov og Aarhus N', en: 'North: Lystrup, Risskov and Aarhus N' }, next: 'lokal-nord', districts: 'Lystrup, Risskov, Aarhus N, 8520, 8240, 8200' },
        { label: { da: 'Midt og vest: Aarhus C, Åbyhøj og Gellerup', en: 'Centre and west: Aarhus C, Åbyhøj and Gellerup' }, next: 'lokal-vest', districts: 'Aarhus C, Åbyhøj, Gellerup, Brabrand, 8000, 8230, 8220' },
        { label: { da: 'Syd: Viby, Stavtrup og Tranbjerg', en: 'South: Viby, Stavtrup and Tranbjerg' }, next: 'lokal-syd', districts: 'Viby, Stavtrup, Tranbjerg, 8260, 8310' },
      ],
    },
  ],
  outcomes: [
    {
      key: 'ide-sparring',
      title: { da: 'Få sparring på din idé', en: 'Get advice on your idea' },
      text: {
        da: 'Fællessekretariatet for Frivillighed og Samskabelse hjælper dig med at beskrive idéen og finde samarbejdspartnere på tværs af kommunen. Skal idéen blive til en forening, kan Frivilligcenter Aarhus hjælpe.',
        en: 'The joint secretariat for volunteering and co-creation helps you describe your idea and find partners across the municipality. If the idea is to become an association, Frivilligcenter Aarhus can help.',
      },
      contactPoints: ['faellessekretariatet', 'frivilligcenter-aarhus'],
      offers: [],
    },
    {
      key: 'penge',
      title: { da: 'Søg penge til idéen eller foreningen', en: 'Apply for funding for your idea or association' },
      text: {
        da: 'Kommunen har puljer til lokale idéer og §18-midler til frivilligt socialt arbejde. Puljer og tilskud vejleder om, hvad I kan søge. Frivilligcenter Aarhus hjælper med fondsansøgninger.',
        en: 'The municipality has grants for local ideas and section 18 funds for voluntary social work. Grants and subsidies can tell you what to apply for. Frivilligcenter Aarhus helps with applications to foundations.',
      },
      contactPoints: ['puljer-og-tilskud', 'frivilligcenter-aarhus'],
      offers: [],
    },
    {
      key: 'lokaler',
      title: { da: 'Find et lokale', en: 'Find premises' },
      text: {
        da: 'Foreninger og grupper kan låne kommunale lokaler, haller og skoler til frivillige aktiviteter. Se ledige lokaler og book dem online, eller ring og få hjælp.',
        en: 'Associations and groups can borrow municipal rooms, halls and schools for voluntary activities. See available rooms and book them online, or call for help.',
      },
      contactPoints: ['lokaler-til-foreninger', 'frivilligcenter-aarhus'],
      offers: [],
    },
    {
      key: 'forening-frivillige',
      title: { da: 'Find flere frivillige', en: 'Find more volunteers' },
      text: {
        da: 'Læg jeres opgaver i opgavebanken, gerne som enkeltstående opgaver. Arbejder I med børn og unge, kan I være med i den fælles kampagne Frivillig for fremtiden.',
        en: 'Add your tasks to the task bank, ideally as one-off tasks. If you work with children and young people, you can join the joint campaign Volunteer for the future.',
      },
      contactPoints: ['frivilligcenter-aarhus', 'frivilligkonsulent-boern-og-unge'],
      offers: [],
    },
    {
      key: 'forening-samarbejde',
      title: { da: 'Samarbejd med Børn og Unge', en: 'Work with Children and Young People' },
      text: {
        da: 'Frivilligkonsulenten i Børn og Unge kender skolerne og dagtilbuddene og hjælper med en samarbejdsaftale. Få også jeres tilbud på Socialkompasset, så medarbejderne kan finde jer.',
        en: 'The volunteering consultant in Children and Young People knows the schools and daycares and helps with a cooperation agreement. Also list your services in Socialkompasset, so staff can find you.',
      },
      contactPoints: ['frivilligkonsulent-boern-og-unge', 'socialkompasset'],
      offers: [],
    },
    {
      key: 'forening-raadgivning',
      title: { da: 'Få råd som forening', en: 'Get advice as an association' },
      text: {
        da: 'Frivilligcenter Aarhus rådgiver foreninger om alt fra vedtægter til frivillige. Vil I samarbejde med kommunen om noget nyt, hjælper Fællessekretariatet for Frivillighed og Samskabelse jer til den rette afdeling.',
        en: 'Frivilligcenter Aarhus advises associations on everything from statutes to volunteers. If you want to work with the municipality on something new, the joint secretariat for volunteering and co-creation finds the right department for you.',
      },
      contactPoints: ['frivilligcenter-aarhus', 'faellessekretariatet'],
      offers: [],
    },
    {
      key: 'institution-frivillige',
      title: { da: 'Kom i gang med frivillige', en: 'Get started with volunteers' },
      text: {
        da: 'Der er en skabelon til samarbejdsaftalen, frivillige kan oprettes i lønsystemet, så børneattest og forsikring er på plads, og I kan lave plakater, foldere og bannere med jeres eget navn i institutionsportalen.',
        en: 'There is a template for the cooperation agreement, volunteers can be registered in the payroll system so the child protection certificate and insurance are in place, and you can make posters, flyers and banners with your own name in the institution portal.',
      },
      contactPoints: ['frivilligkonsulent-boern-og-unge'],
      offers: [],
    },
    {
      key: 'barn-lektier',
      title: { da: 'Lektiehjælp', en: 'Homework help' },
      text: {
        da: 'Frivillige lektiecaféer i byen tager imod uden tilmelding. Anbragte børn kan få en fast læringsmentor.',
        en: 'Volunteer homework cafés around the city welcome children without sign-up. Children in care can get a regular learning mentor.',
      },
      contactPoints: ['socialkompasset'],
      offers: ['urk-lektiehjaelp-gellerup', 'red-barnet-ungdom-lektiecafe', 'leg-og-laer-frydenlund', 'laer-for-livet-mentor'],
    },
    {
      key: 'barn-tale-boern',
      title: { da: 'Nogen at tale med for børn', en: 'Someone to talk to for children' },
      text: {
        da: 'Børn kan ringe eller skrive anonymt til en voksen, der lytter. Bliver dit barn mobbet, kan det også chatte med en ung frivillig.',
        en: 'Children can call or write anonymously to an adult who listens. If your child is being bullied, they can also chat with a young volunteer.',
      },
      contactPoints: ['socialkompasset'],
      offers: ['boernetelefonen', 'ung-uden-mobning-chat'],
    },
    {
      key: 'barn-tale-unge',
      title: { da: 'Nogen at tale med for unge', en: 'Someone to talk to for young people' },
      text: {
        da: 'Unge kan tale med en frivillig i headspace, chatte om mobning eller få samtaler hos TUBA, hvis der er alkohol eller stoffer i familien.',
        en: 'Young people can talk to a volunteer at headspace, chat about bullying or get counselling at TUBA if there is alcohol or drug abuse in the family.',
      },
      contactPoints: ['socialkompasset'],
      offers: ['headspace-aarhus-samtaler', 'ung-uden-mobning-chat', 'tuba-aarhus', 'natteravnene-paa-gaden'],
    },
    {
      key: 'barn-sorg',
      title: { da: 'Støtte til børn i sorg', en: 'Support for grieving children' },
      text: {
        da: 'Skyggebørn har samtalegrupper for børn og unge, der har mistet en forælder eller har en alvorligt syg forælder, og aftener for forældrene.',
        en: 'Skyggebørn runs support groups for children and young people who have lost a parent or have a seriously ill parent, and evenings for the parents.',
      },
      contactPoints: [],
      offers: ['skyggeboern-boernegruppe', 'skyggeboern-ungegruppe', 'skyggeboern-foraeldreaften'],
    },
    {
      key: 'barn-ferie-jul',
      title: { da: 'Ferie og julehjælp', en: 'Holidays and Christmas help' },
      text: {
        da: 'Foreningerne tilbyder ferielejre, familieudflugter og julehjælp til familier med få penge.',
        en: 'The associations offer holiday camps, family outings and Christmas help for families with little money.',
      },
      contactPoints: [],
      offers: ['red-barnet-ferielejr', 'red-barnet-familieoplevelser', 'red-barnet-julehjaelp', 'familiestoetten-julepakker'],
    },
    {
      key: 'barn-bekymring',
      title: { da: 'Når du er bekymret for dit barn', en: 'When you are worried about your child' },
      text: {
        da: 'Tal med ForældreTelefonen eller Familierådgivningen. Begge dele kan være anonymt. Guiden »Bekymret for et barn?« hjælper dig videre, hvis det haster.',
        en: 'Talk to ForældreTelefonen or the family counselling service. Both can be anonymous. The guide “Worried about a child?” helps you further if it is urgent.',
      },
      contactPoints: ['familieraadgivningen'],
      offers: ['foraeldretelefonen', 'homestart-familiekontakt'],
    },
    {
      key: 'frivillig-episodisk',
      title: { da: 'Giv en hånd med ind imellem', en: 'Lend a hand now and then' },
      text: {
        da: 'Find en enkeltstående opgave i opgavebanken: et bål i skoven, en aften som natteravn eller en lørdag med julekurve. Frivilligcenter Aarhus hjælper, hvis du er i tvivl.',
        en: 'Find a one-off task in the task bank: a campfire in the woods, an evening as a night raven or a Saturday packing Christmas hampers. Frivilligcenter Aarhus can help if you are unsure.',
      },
      contactPoints: ['frivilligcenter-aarhus'],
      offers: [],
    },
    {
      key: 'frivillig-fast',
      title: { da: 'Bliv fast frivillig for børn og unge', en: 'Become a regular volunteer for children and young people' },
      text: {
        da: 'Lektiecaféer, læsemakkere, voksenvenner og familievenner søger frivillige et par timer om ugen. Se opgaverne under Frivillig for fremtiden.',
        en: 'Homework cafés, reading buddies, adult friends and family friends are looking for volunteers a few hours a week. See the tasks under Volunteer for the future.',
      },
      contactPoints: ['frivilligcenter-aarhus', 'frivilligkonsulent-boern-og-unge'],
      offers: [],
    },
    {
      key: 'frivillig-raadgivning',
      title: { da: 'Få hjælp til at finde den rette opgave', en: 'Get help finding the right task' },
      text: {
        da: 'Frivilligcenter Aarhus tager en snak med dig om, hvad du har lyst til, og hvor meget tid du har, og finder opgaver, der passer.',
        en: 'Frivilligcenter Aarhus will talk with you about what you would like to do and how much time you have, and find tasks that fit.',
      },
      contactPoints: ['frivilligcenter-aarhus'],
      offers: [],
    },
    {
      key: 'lokal-nord',
      title: { da: 'Frivilligkonsulenten i Nord', en: 'The volunteer consultant for the north' },
      text: {
        da: 'Kontakt frivilligkonsulenten for lokalcentrene i Lystrup, Risskov og Aarhus N.',
        en: 'Contact the volunteer consultant for the local centres in Lystrup, Risskov and Aarhus N.',
      },
      contactPoints: ['frivilligkonsulent-nord'],
      offers: [],
    },
    {
      key: 'lokal-vest',
      title: { da: 'Frivilligkonsulenten i Midt-Vest', en: 'The volunteer consultant for the centre and west' },
      text: {
        da: 'Kontakt frivilligkonsulenten for lokalcentrene i Aarhus C, Åbyhøj og Gellerup.',
        en: 'Contact the volunteer consultant for the local centres in Aarhus C, Åbyhøj and Gellerup.',
      },
      contactPoints: ['frivilligkonsulent-vest'],
      offers: [],
    },
    {
      key: 'lokal-syd',
      title: { da: 'Frivilligkonsulenten i Syd', en: 'The volunteer consultant for the south' },
      text: {
        da: 'Kontakt frivilligkonsulenten for lokalcentrene i Viby, Stavtrup og Tranbjerg.',
        en: 'Contact the volunteer consultant for the local centres in Viby, Stavtrup and Tranbjerg.',
      },
      contactPoints: ['frivilligkonsulent-syd'],
      offers: [],
    },
    {
      key: 'voksen-tale',
      title: { da: 'Nogen at tale med', en: 'Someone to talk to' },
      text: {
        da: 'Frivillige rådgivere lytter og giver råd, anonymt og gratis. Socialkompasset har flere tilbud, hvis du leder efter noget bestemt.',
        en: 'Volunteer advisers listen and give advice, anonymously and free of charge. Socialkompasset has more offers if you are looking for something specific.',
      },
      contactPoints: ['socialkompasset'],
      offers: ['sind-raadgivning', 'det-groenlandske-hus-raadgivning'],
    },
    {
      key: 'voksen-sorg',
      title: { da: 'Støtte i sorg', en: 'Support in grief' },
      text: {
        da: 'Det hjælper mange at tale med andre, der også har mistet. Er sorgen svær at bære, kan du også tale med en frivillig rådgiver.',
        en: 'Many people find it helps to talk to others who have also lost someone. If the grief is hard to bear, you can also talk to a volunteer adviser.',
      },
      contactPoints: ['socialkompasset'],
      offers: ['citykirken-sorggruppe', 'sind-raadgivning'],
    },
    {
      key: 'voksen-jul',
      title: { da: 'Hjælp til jul', en: 'Help at Christmas' },
      text: {
        da: 'Sognene og foreningerne hjælper med julemad og gaver, og man kan holde juleaften sammen med andre.',
        en: 'The parishes and associations help with Christmas food and presents, and you can spend Christmas Eve with others.',
      },
      contactPoints: [],
      offers: ['folkekirkens-familiestoette-jul', 'familiestoetten-julepakker', 'citykirken-juleaften'],
    },
    {
      key: 'voksen-faellesskab',
      title: { da: 'Find et fællesskab', en: 'Find a community' },
      text: {
        da: 'Spis sammen, strik, drik kaffe eller mød andre forældre. Alle er velkomne, og du behøver ikke tilmelde dig.',
        en: 'Eat together, knit, have a coffee or meet other parents. Everyone is welcome, and you do not need to sign up.',
      },
      contactPoints: [],
      offers: ['det-groenlandske-hus-cafe', 'dialog-paa-tvaers-foraeldrecafe', 'lokalcenter-lystrup-aabent-hus'],
    },
    {
      key: 'voksen-andet',
      title: { da: 'Find den rette hjælp', en: 'Find the right help' },
      text: {
        da: 'Borgerservice hjælper dig med at finde den rette afdeling i kommunen. På Socialkompasset finder du over 600 frivillige og kommunale tilbud.',
        en: 'Citizen services help you find the right department in the municipality. Socialkompasset lists more than 600 voluntary and municipal offers.',
      },
      contactPoints: ['borgerservice', 'socialkompasset'],
      offers: [],
    },
  ],
};

const bekymretForEtBarn: BiGuide = {
  slug: 'bekymret-for-et-barn',
  sensitive: true,
  startQuestion: 'akut',
  title: { da: 'Bekymret for et barn?', en: 'Worried about a child?' },
  intro: {
    da: 'Her kan du finde ud af, hvem du kan tale med, hvis du er bekymret for et barn eller en ung, også hvis det er dig selv, der har det svært. Dine svar bliver ikke gemt.',
    en: 'Find out who you can talk to if you are worried about a child or a young person, including if you are the one having a hard time. Your answers are not stored.',
  },
  questions: [
    {
      key: 'akut',
      kind: 'single',
      text: { da: 'Er barnet i fare lige nu?', en: 'Is the child in danger right now?' },
      answers: [
        { label: { da: 'Ja, der er brug for hjælp med det samme', en: 'Yes, help is needed immediately' }, next: 'akut-fare' },
        { label: { da: 'Nej, men jeg er bekymret', en: 'No, but I am worried' }, next: 'hvem-er-du' },
      ],
    },
    {
      key: 'hvem-er-du',
      kind: 'single',
      text: { da: 'Hvem er du?', en: 'Who are you?' },
      answers: [
        { label: { da: 'Jeg er selv barn eller ung og har det svært', en: 'I am a child or young person and I am having a hard time' }, next: 'ung-selv' },
        { label: { da: 'Jeg er forælder og bekymret for mit eget barn', en: 'I am a parent worried about my own child' }, next: 'foraelder-bekymring' },
        { label: { da: 'Jeg arbejder med børn, som ansat eller frivillig', en: 'I work with children, as staff or as a volunteer' }, next: 'underretning-fagperson' },
        { label: { da: 'Jeg er nabo, familie eller ven', en: 'I am a neighbour, relative or friend' }, next: 'underretning-borger' },
      ],
    },
    {
      key: 'foraelder-bekymring',
      kind: 'single',
      text: { da: 'Hvad bekymrer dig mest?', en: 'What worries you most?' },
      answers: [
        {
          label: { da: 'Mit barn mistrives og har brug for nogen at tale med', en: 'My child is unhappy and needs someone to talk to' },
          next: 'foraelder-tale',
        },
        {
          label: { da: 'Der er alvorlig sygdom eller et dødsfald i familien', en: 'There is serious illness or a death in the family' },
          next: 'foraelder-sorg',
        },
        { label: { da: 'Jeg har selv brug for støtte som forælder', en: 'I need support as a parent myself' }, next: 'foraelder-stoette' },
      ],
    },
  ],
  outcomes: [
    {
      key: 'akut-fare',
      title: { da: 'Ring 112', en: 'Call 112' },
      text: {
        da: 'Er et barn i akut fare, så ring 112 med det samme. Når barnet er i sikkerhed, kan du kontakte Familierådgivningen.',
        en: 'If a child is in immediate danger, call 112 straight away. When the child is safe, you can contact the family counselling service.',
      },
      contactPoints: ['alarm-112', 'familieraadgivningen'],
      offers: [],
    },
    {
      key: 'ung-selv',
      title: { da: 'Du kan tale med nogen, anonymt', en: 'You can talk to someone, anonymously' },
      text: {
        da: 'Du behøver ikke sige dit navn. Ring eller skriv til en voksen, der lytter, eller gå ind fra gaden hos headspace.',
        en: 'You do not have to give your name. Call or write to an adult who listens, or walk in at headspace.',
      },
      contactPoints: [],
      offers: ['boernetelefonen', 'headspace-aarhus-samtaler', 'ung-uden-mobning-chat'],
    },
    {
      key: 'underretning-fagperson',
      title: { da: 'Send en underretning', en: 'Send a notification of concern' },
      text: {
        da: 'Er du ansat i kommunen, har du skærpet underretningspligt. Tal med din leder og send en underretning til Familierådgivningen. Er du frivillig, så tal med din kontaktperson. Har du mistanke om omsorgssvigt eller overgreb, skal du altid underrette.',
        en: 'If you are employed by the municipality, you have a special duty to notify. Talk to your manager and send a notification to the family counselling service. If you are a volunteer, talk to your contact person. If you suspect neglect or abuse, you must always notify.',
      },
      contactPoints: ['familieraadgivningen'],
      offers: [],
    },
    {
      key: 'underretning-borger',
      title: { da: 'Del din bekymring med kommunen', en: 'Share your concern with the municipality' },
      text: {
        da: 'Alle har pligt til at underrette kommunen, hvis et barn bliver udsat for omsorgssvigt eller overgreb. Du kan gøre det anonymt. Er du i tvivl, kan du først vende det med ForældreTelefonen.',
        en: 'Everyone has a duty to notify the municipality if a child is subjected to neglect or abuse. You can do it anonymously. If you are unsure, you can talk it through with ForældreTelefonen first.',
      },
      contactPoints: ['familieraadgivningen'],
      offers: ['foraeldretelefonen'],
    },
    {
      key: 'foraelder-tale',
      title: { da: 'Nogen at tale med for dit barn', en: 'Someone to talk to for your child' },
      text: {
        da: 'Dit barn kan tale anonymt med en frivillig. Du kan selv få råd hos ForældreTelefonen om, hvordan du støtter dit barn.',
        en: 'Your child can talk anonymously with a volunteer. You can get advice from ForældreTelefonen on how to support your child.',
      },
      contactPoints: ['socialkompasset'],
      offers: ['headspace-aarhus-samtaler', 'boernetelefonen', 'foraeldretelefonen'],
    },
    {
      key: 'foraelder-sorg',
      title: { da: 'Støtte, når familien rammes af sygdom eller død', en: 'Support when illness or death hits the family' },
      text: {
        da: 'Skyggebørn har grupper for børn og unge og aftener for forældre. Mange børn har godt af at møde andre i samme situation.',
        en: 'Skyggebørn has groups for children and young people and evenings for parents. Many children benefit from meeting others in the same situation.',
      },
      contactPoints: [],
      offers: ['skyggeboern-boernegruppe', 'skyggeboern-ungegruppe', 'skyggeboern-foraeldreaften'],
    },
    {
      key: 'foraelder-stoette',
      title: { da: 'Støtte til dig som forælder', en: 'Support for you as a parent' },
      text: {
        da: 'Du kan ringe anonymt til ForældreTelefonen, få en familieven fra HomeStart eller tale med Familierådgivningen. Har du det selv psykisk svært, kan SIND Rådgivning hjælpe.',
        en: 'You can call ForældreTelefonen anonymously, get a family friend from HomeStart or talk to the family counselling service. If you are struggling with your own mental health, SIND counselling can help.',
      },
      contactPoints: ['familieraadgivningen'],
      offers: ['foraeldretelefonen', 'homestart-familiekontakt', 'sind-raadgivning'],
    },
  ],
};

export const guides: GuideSeed[] = [toSeed(hvorHenvenderJegMig), toSeed(bekymretForEtBarn)];

// ---------------------------------------------------------------------------
// Entry point (single type): the three doors on the municipal front page
// ---------------------------------------------------------------------------

export const entryPoint: EntryPointSeed = {
  da: {
    heading: 'Frivillighed og fællesskab i Aarhus',
    intro:
      'Vil du give en hånd med, leder du efter hjælp, eller har du en idé til dit nabolag? Vælg en dør, så hjælper vi dig videre.',
    doors: [
      {
        kind: 'volunteer',
        title: 'Jeg vil være frivillig',
        text: 'Find en opgave, der passer til din tid: en enkelt aften eller et par timer hver uge.',
        href: '/demo/frivillig',
      },
      {
        kind: 'help',
        title: 'Jeg søger hjælp',
        text: 'Find nogen at tale med, lektiehjælp, sorggrupper, ferie- og julehjælp og meget mere.',
        href: '/demo/hjaelp',
      },
      {
        kind: 'idea',
        title: 'Jeg har en idé',
        text: 'Få sparring, lokaler eller penge til din idé, og find ud af, hvem i kommunen du skal tale med.',
        href: '/demo/ide?hvor-henvender-jeg-mig=ide-behov',
      },
    ],
  },
  en: {
    heading: 'Volunteering and community in Aarhus',
    intro:
      'Would you like to lend a hand, are you looking for help, or do you have an idea for your neighbourhood? Choose a door and we will help you on your way.',
    doors: [
      {
        kind: 'volunteer',
        title: 'I want to volunteer',
        text: 'Find a task that fits your time: a single evening or a few hours every week.',
        href: '/demo/frivillig',
      },
      {
        kind: 'help',
        title: 'I am looking for help',
        text: 'Find someone to talk to, homework help, grief groups, holiday and Christmas help and much more.',
        href: '/demo/hjaelp',
      },
      {
        kind: 'idea',
        title: 'I have an idea',
        text: 'Get advice, premises or funding for your idea, and find out who in the municipality to talk to.',
        href: '/demo/ide?hvor-henvender-jeg-mig=ide-behov',
      },
    ],
  },
};
