import type { OpportunitySeed } from './types';

/**
 * The task bank. Most tasks are episodic: the 2023 survey of civil society in
 * Aarhus found that most volunteering is now episodic rather than regular, and
 * that time is the biggest barrier.
 */
export const opportunities: OpportunitySeed[] = [
  // --------------------------------------------------------------- episodic
  {
    slug: 'baal-i-skoven-stavtrup',
    organisation: 'stavtrup-dagtilbud',
    commitment: 'episodic',
    minAge: 18,
    childCertificate: true,
    district: 'Stavtrup',
    startsAt: '2026-12-04',
    endsAt: '2027-03-26',
    contact: { name: 'Dagtilbudsleder', email: 'frivillig@stavtrup-dagtilbud.example.dk', phone: '87 13 31 01' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Tænd bål med børnehavebørn i Stavtrup',
      summary:
        'Vil du stå for bålet, når børnehaven er i skoven? Så kan pædagogerne samle børnene om maden og fortællingerne. Du vælger selv, hvilke fredage du kommer.',
      timeNeeded: '3 timer, en fredag formiddag',
      location: 'Skoven bag Stavtrup Dagtilbud',
    },
    en: {
      title: 'Light a campfire with kindergarten children in Stavtrup',
      summary:
        'Would you look after the campfire when the kindergarten is in the woods? Then the educators can gather the children around the food and the stories. You choose which Fridays you come.',
      timeNeeded: '3 hours, one Friday morning',
      location: 'The woods behind Stavtrup Dagtilbud',
    },
  },
  {
    slug: 'toejindsamling-familiestoetten',
    organisation: 'familiestoetten',
    commitment: 'episodic',
    minAge: 15,
    childCertificate: false,
    district: 'Åbyhøj',
    startsAt: '2026-12-05',
    endsAt: '2026-12-05',
    contact: { name: 'Indsamlingsgruppen', email: 'hej@familiestoetten.example.dk', phone: '87 13 20 31' },
    campaign: 'julehjaelp-2026',
    da: {
      title: 'Sortér børnetøj til juleindsamlingen',
      summary:
        'Hjælp med at tage imod, sortere og pakke børnetøj og legetøj, der skal videre til familier med få penge. Ingen forudsætninger, bare godt humør.',
      timeNeeded: '4 timer, én lørdag i december',
      location: 'Nordgårdshallen',
    },
    en: {
      title: 'Sort children’s clothes for the Christmas collection',
      summary:
        'Help receive, sort and pack children’s clothes and toys that will go to families with little money. No experience needed, just a good mood.',
      timeNeeded: '4 hours, one Saturday in December',
      location: 'Nordgårdshallen sports hall',
    },
  },
  {
    slug: 'julekurve-red-barnet',
    organisation: 'red-barnet',
    commitment: 'episodic',
    minAge: 14,
    childCertificate: false,
    district: 'Viby',
    startsAt: '2026-12-12',
    endsAt: '2026-12-19',
    contact: { name: 'Lokalforeningen i Aarhus', email: 'aarhus@red-barnet.example.dk', phone: '87 13 20 15' },
    campaign: 'julehjaelp-2026',
    da: {
      title: 'Pak julekurve med Red Barnet',
      summary:
        'Red Barnet giver julehjælp til familier i Aarhus. Vi pakker kurvene i to weekender i december og søger frivillige til at pakke, bære og køre ud.',
      timeNeeded: '3 timer, en weekenddag i december',
      location: 'Red Barnets lager i Viby',
    },
    en: {
      title: 'Pack Christmas hampers with Red Barnet',
      summary:
        'Red Barnet (Save the Children Denmark) gives Christmas help to families in Aarhus. We pack the hampers over two weekends in December and need volunteers to pack, carry and deliver.',
      timeNeeded: '3 hours, one weekend day in December',
      location: 'Red Barnet’s storeroom in Viby',
    },
  },
  {
    slug: 'juleaften-citykirken',
    organisation: 'citykirken',
    commitment: 'episodic',
    minAge: 16,
    childCertificate: false,
    district: 'Aarhus C',
    startsAt: '2026-12-24',
    endsAt: '2026-12-24',
    contact: { name: 'Kirkekontoret', email: 'frivillig@citykirken.example.dk', phone: '87 13 20 23' },
    campaign: 'julehjaelp-2026',
    da: {
      title: 'Hold juleaften for dem, der ellers er alene',
      summary:
        'Citykirken holder juleaften for over 100 gæster. Vi søger frivillige til madlavning, borddækning, opvask og til at sidde med ved bordet og tale med gæsterne.',
      timeNeeded: 'Op til 5 timer, juleaften',
      location: 'Citykirken, Vestergade',
    },
    en: {
      title: 'Host Christmas Eve for those who would be alone',
      summary:
        'Citykirken hosts Christmas Eve for more than 100 guests. We need volunteers to cook, set tables, wash up and sit at the table and talk with the guests.',
      timeNeeded: 'Up to 5 hours, Christmas Eve',
      location: 'Citykirken, Vestergade',
    },
  },
  {
    slug: 'natteravn-gellerup',
    organisation: 'natteravnene',
    commitment: 'episodic',
    minAge: 18,
    childCertificate: true,
    district: 'Gellerup',
    startsAt: '2026-11-27',
    contact: { name: 'Natteravnene i Gellerup', email: 'gellerup@natteravnene.example.dk', phone: '87 13 20 14' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Gå en tur som natteravn i Gellerup',
      summary:
        'Vær en tryg voksen på gaden en fredag eller lørdag aften. Du går sammen med to andre, får en introduktion og vælger selv, hvor tit du går.',
      timeNeeded: '3 timer, en fredag eller lørdag aften',
      location: 'Gellerup og Bazar Vest',
    },
    en: {
      title: 'Walk as a night raven in Gellerup',
      summary:
        'Be a reassuring adult on the street on a Friday or Saturday evening. You walk with two others, get an introduction and choose how often you walk.',
      timeNeeded: '3 hours, one Friday or Saturday evening',
      location: 'Gellerup and Bazar Vest',
    },
  },
  {
    slug: 'boersteven-klassebesoeg',
    organisation: 'tandplejen-aarhus',
    commitment: 'episodic',
    minAge: 18,
    childCertificate: true,
    district: 'Gellerup',
    startsAt: '2027-01-11',
    endsAt: '2027-05-28',
    contact: { name: 'Klinikken i Gellerup', email: 'frivillig@tandplejen.example.dk', phone: '87 13 50 04' },
    da: {
      title: 'Bliv børsteven i en skoleklasse',
      summary:
        'For tandplejestuderende: tag med tandplejen ud i en indskolingsklasse og lær børnene at børste tænder gennem leg. Materialer og forberedelse får du af tandplejen.',
      timeNeeded: '2 timer, ét skolebesøg',
      location: 'Skoler i Gellerup',
    },
    en: {
      title: 'Become a brush buddy in a school class',
      summary:
        'For dental hygiene students: join the dental service in a lower-primary class and teach the children to brush their teeth through play. The dental service provides materials and preparation.',
      timeNeeded: '2 hours, one school visit',
      location: 'Schools in Gellerup',
    },
  },
  {
    slug: 'ferielejr-red-barnet-ungdom',
    organisation: 'red-barnet-ungdom',
    commitment: 'episodic',
    minAge: 18,
    childCertificate: true,
    district: 'Aarhus C',
    startsAt: '2027-07-12',
    endsAt: '2027-07-16',
    contact: { name: 'Aktivitetskoordinator', email: 'aarhus@red-barnet-ungdom.example.dk', phone: '87 13 20 16' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Leder på sommerlejr for børn',
      summary:
        'Tag med på en uges sommerlejr for børn, der ellers ikke kommer på ferie. Du planlægger aktiviteter sammen med de andre ledere og er en tryg voksen døgnet rundt.',
      timeNeeded: '5 dage i uge 28 plus et planlægningsmøde',
      location: 'Lejrskole ved Mols Bjerge',
    },
    en: {
      title: 'Leader at a summer camp for children',
      summary:
        'Join a week-long summer camp for children who would otherwise not get a holiday. You plan activities with the other leaders and are a safe adult around the clock.',
      timeNeeded: '5 days in week 28 plus one planning meeting',
      location: 'Camp site near Mols Bjerge',
    },
  },
  {
    slug: 'hjaelpetraener-idraetsdag',
    organisation: 'dgi-oestjylland',
    commitment: 'episodic',
    minAge: 13,
    childCertificate: true,
    district: 'Lystrup',
    startsAt: '2027-05-07',
    endsAt: '2027-05-07',
    contact: { name: 'Konsulent for trænerspirer', email: 'traenerspirer@dgi-oestjylland.example.dk', phone: '87 13 20 33' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Hjælpetræner til idrætsdag for indskolingen',
      summary:
        'For trænerspirer og andre sportsglade unge: stå for en post på idrætsdagen og få de yngste børn til at løbe, kaste og grine.',
      timeNeeded: '4 timer, én fredag i maj',
      location: 'Lystrup Skole og idrætshallen',
    },
    en: {
      title: 'Assistant coach at a sports day for young pupils',
      summary:
        'For young coaches and other sporty teenagers: run a station at the sports day and get the youngest children running, throwing and laughing.',
      timeNeeded: '4 hours, one Friday in May',
      location: 'Lystrup Skole and the sports hall',
    },
  },
  {
    slug: 'strikkecafe-gaest-lystrup',
    organisation: 'lokalcenter-lystrup',
    commitment: 'episodic',
    minAge: 16,
    childCertificate: false,
    district: 'Lystrup',
    startsAt: '2026-12-01',
    endsAt: '2027-04-30',
    contact: { name: 'Frivilligkonsulent, Nord', email: 'nord@lokalcentre.example.dk', phone: '87 13 40 02' },
    da: {
      title: 'Værtinde eller vært i strikkecaféen',
      summary:
        'Sæt kaffe over, tag imod gæsterne og sørg for, at nye føler sig velkomne i lokalcentrets strikkecafé. Du behøver ikke kunne strikke.',
      timeNeeded: '2 timer, en tirsdag eftermiddag',
      location: 'Lokalcenter Lystrup',
    },
    en: {
      title: 'Host at the knitting café',
      summary:
        'Make the coffee, welcome the guests and make sure newcomers feel at home in the local centre’s knitting café. You do not need to know how to knit.',
      timeNeeded: '2 hours, one Tuesday afternoon',
      location: 'Lystrup local centre',
    },
  },
  {
    slug: 'havedag-lokalcenter-tranbjerg',
    organisation: 'lokalcenter-tranbjerg',
    commitment: 'episodic',
    minAge: 12,
    childCertificate: false,
    district: 'Tranbjerg',
    startsAt: '2027-04-24',
    endsAt: '2027-04-24',
    contact: { name: 'Frivilligkonsulent, Syd', email: 'syd@lokalcentre.example.dk', phone: '87 13 40 01' },
    da: {
      title: 'Havedag på lokalcentret',
      summary:
        'Hjælp beboerne med at gøre haven klar til foråret: luge, plante og bygge et nyt højbed. Familier og skoleklasser er også velkomne.',
      timeNeeded: '4 timer, én lørdag',
      location: 'Haven ved Lokalcenter Tranbjerg',
    },
    en: {
      title: 'Garden day at the local centre',
      summary:
        'Help the residents get the garden ready for spring: weeding, planting and building a new raised bed. Families and school classes are welcome too.',
      timeNeeded: '4 hours, one Saturday',
      location: 'The garden at Tranbjerg local centre',
    },
  },
  {
    slug: 'kulturaften-det-groenlandske-hus',
    organisation: 'det-groenlandske-hus',
    commitment: 'episodic',
    minAge: 18,
    childCertificate: false,
    district: 'Aarhus C',
    startsAt: '2027-01-21',
    endsAt: '2027-01-21',
    contact: { name: 'Rådgivningen', email: 'frivillig@det-groenlandske-hus.example.dk', phone: '87 13 20 03' },
    da: {
      title: 'Hjælp til kulturaften i Det Grønlandske Hus',
      summary:
        'Vi fejrer solens tilbagekomst med mad, musik og fortællinger. Hjælp med at stille op, servere og rydde op.',
      timeNeeded: '3 timer, én torsdag aften',
      location: 'Det Grønlandske Hus, Dalgas Avenue',
    },
    en: {
      title: 'Help at a culture evening at the Greenlandic House',
      summary:
        'We celebrate the return of the sun with food, music and stories. Help set up, serve and clear away.',
      timeNeeded: '3 hours, one Thursday evening',
      location: 'The Greenlandic House, Dalgas Avenue',
    },
  },
  {
    slug: 'frivillighedsdagen-2027',
    organisation: 'frivilligcenter-aarhus',
    commitment: 'episodic',
    minAge: 15,
    childCertificate: false,
    district: 'Aarhus C',
    startsAt: '2027-04-11',
    endsAt: '2027-04-11',
    contact: { name: 'Frivilligcenter Aarhus', email: 'info@frivilligcenter-aarhus.example.dk', phone: '87 13 20 30' },
    da: {
      title: 'Vært på Frivillighedsdagen',
      summary:
        'Den anden søndag i april viser foreninger, virksomheder og kommunen, hvad de laver. Tag imod gæster, vis vej og hjælp foreningerne med at stille deres boder op.',
      timeNeeded: '4 timer, én søndag i april',
      location: 'Rådhusparken, Aarhus C',
    },
    en: {
      title: 'Host at Volunteering Day',
      summary:
        'On the second Sunday in April, associations, businesses and the municipality show what they do. Welcome visitors, show the way and help the associations set up their stalls.',
      timeNeeded: '4 hours, one Sunday in April',
      location: 'Rådhusparken, Aarhus C',
    },
  },

  {
    slug: 'familieudflugt-red-barnet',
    organisation: 'red-barnet',
    commitment: 'episodic',
    minAge: 18,
    childCertificate: true,
    district: 'Viby',
    startsAt: '2027-02-13',
    endsAt: '2027-02-13',
    contact: { name: 'Lokalforeningen i Aarhus', email: 'aarhus@red-barnet.example.dk', phone: '87 13 20 15' },
    da: {
      title: 'Med på familieudflugt i vinterferien',
      summary:
        'Red Barnet tager familier med få penge med i Naturhistorisk Museum og på frokost i det fri. Hjælp med at tage imod, holde styr på madpakkerne og lege med børnene.',
      timeNeeded: '7 timer, én lørdag i vinterferien',
      location: 'Afgang fra Viby Torv',
    },
    en: {
      title: 'Join a family outing in the winter holiday',
      summary:
        'Red Barnet takes families with little money to the Natural History Museum and a picnic lunch. Help welcome the families, keep track of the packed lunches and play with the children.',
      timeNeeded: '7 hours, one Saturday in the winter holiday',
      location: 'Departure from Viby Torv',
    },
  },

  // ---------------------------------------------------------------- regular
  {
    slug: 'lektiecafe-tranbjerg-skole',
    organisation: 'tranbjerg-skole',
    commitment: 'regular',
    minAge: 16,
    childCertificate: true,
    district: 'Tranbjerg',
    startsAt: '2026-11-30',
    endsAt: '2027-06-18',
    contact: { name: 'Frivilligkoordinator', email: 'frivillig@tranbjerg-skole.example.dk', phone: '87 13 30 01' },
    campaign: 'lektiecafe-frivillige',
    da: {
      title: 'Frivillig i lektiecaféen på Tranbjerg Skole',
      summary:
        'Hjælp elever i 3.-7. klasse med lektier, læsning og matematik. Skolens frivilligkoordinator tager imod dig, og du er aldrig alene i caféen.',
      timeNeeded: '2 timer hver tirsdag eftermiddag',
      location: 'Tranbjerg Skoles bibliotek',
    },
    en: {
      title: 'Volunteer at the homework café at Tranbjerg Skole',
      summary:
        'Help pupils in years 3-7 with homework, reading and maths. The school’s volunteer coordinator welcomes you, and you are never alone in the café.',
      timeNeeded: '2 hours every Tuesday afternoon',
      location: 'Tranbjerg Skole library',
    },
  },
  {
    slug: 'lektiehjaelp-gellerup-urk',
    organisation: 'ungdommens-roede-kors',
    commitment: 'regular',
    minAge: 16,
    childCertificate: true,
    district: 'Gellerup',
    startsAt: '2026-11-23',
    contact: { name: 'Afdelingen i Aarhus Vest', email: 'aarhusvest@urk.example.dk', phone: '87 13 20 19' },
    campaign: 'lektiecafe-frivillige',
    da: {
      title: 'Lektiehjælper i Gellerup',
      summary:
        'Ungdommens Røde Kors holder lektiecafé for skolebørn i Gellerup to gange om ugen. Du kommer på en fast dag og bliver en del af et hold af unge frivillige.',
      timeNeeded: '2 timer om ugen',
      location: 'Beboerhuset i Gellerup',
    },
    en: {
      title: 'Homework helper in Gellerup',
      summary:
        'Ungdommens Røde Kors (Red Cross Youth) runs a homework café for schoolchildren in Gellerup twice a week. You come on a fixed day and join a team of young volunteers.',
      timeNeeded: '2 hours a week',
      location: 'The residents’ house in Gellerup',
    },
  },
  {
    slug: 'hoejtlaeser-bogspiloppen',
    organisation: 'foreningen-bogspiloppen',
    commitment: 'regular',
    minAge: 18,
    childCertificate: true,
    district: 'Åbyhøj',
    startsAt: '2026-11-23',
    contact: { name: 'Daglig leder', email: 'frivillig@foreningen-bogspiloppen.example.dk', phone: '87 13 20 06' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Læs højt for de mindste',
      summary:
        'Kom i et dagtilbud tæt på dig og læs, leg og fortæl med en lille gruppe børn. Bogspiloppen giver dig bøger, idéer og et introduktionskursus.',
      timeNeeded: '1 time om ugen, formiddag',
      location: 'Et dagtilbud nær dig',
    },
    en: {
      title: 'Read aloud to the youngest children',
      summary:
        'Visit a daycare near you and read, play and tell stories with a small group of children. Bogspiloppen gives you books, ideas and an introductory course.',
      timeNeeded: '1 hour a week, morning',
      location: 'A daycare near you',
    },
  },
  {
    slug: 'voksenven-boerns-voksenvenner',
    organisation: 'boerns-voksenvenner',
    commitment: 'regular',
    minAge: 25,
    childCertificate: true,
    district: 'Aarhus C',
    startsAt: '2026-11-23',
    contact: { name: 'Lokalafdelingen i Aarhus', email: 'aarhus@boerns-voksenvenner.example.dk', phone: '87 13 20 02' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Bliv voksenven for et barn',
      summary:
        'Et barn med et lille netværk får en fast voksen at lave ting sammen med: gå i skoven, bage, spille eller tage på museum. Venskabet skal helst vare mindst et år.',
      timeNeeded: '3-4 timer hver anden uge',
      location: 'Hvor I aftaler',
    },
    en: {
      title: 'Become an adult friend to a child',
      summary:
        'A child with a small network gets a regular adult to do things with: walks in the woods, baking, games or a museum visit. The friendship should ideally last at least a year.',
      timeNeeded: '3-4 hours every other week',
      location: 'Wherever you agree',
    },
  },
  {
    slug: 'familieven-homestart',
    organisation: 'homestart',
    commitment: 'regular',
    minAge: 23,
    childCertificate: true,
    district: 'Risskov',
    startsAt: '2027-01-15',
    contact: { name: 'Familiekoordinator', email: 'aarhus@homestart.example.dk', phone: '87 13 20 10' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Familieven for en småbørnsfamilie',
      summary:
        'Har du selv erfaring som forælder? Besøg en familie med små børn en gang om ugen og vær en støtte i hverdagen. Du får et kursus, før du starter.',
      timeNeeded: '2-3 timer om ugen i 6-12 måneder',
      location: 'Hjemme hos familien',
    },
    en: {
      title: 'Family friend for a family with young children',
      summary:
        'Are you a parent yourself? Visit a family with young children once a week and be a support in everyday life. You take a short course before you start.',
      timeNeeded: '2-3 hours a week for 6-12 months',
      location: 'In the family’s home',
    },
  },
  {
    slug: 'laesemakker-tovshoejskolen',
    organisation: 'tovshoejskolen',
    commitment: 'regular',
    minAge: 18,
    childCertificate: true,
    district: 'Gellerup',
    startsAt: '2027-01-04',
    endsAt: '2027-06-25',
    contact: { name: 'Skolens kontor', email: 'frivillig@tovshoejskolen.example.dk', phone: '87 13 30 03' },
    campaign: 'frivillig-for-fremtiden',
    da: {
      title: 'Læsemakker på Tovshøjskolen',
      summary:
        'Læs sammen med en elev i 2. eller 3. klasse, der har brug for ekstra læsetræning. Lærerne vælger bøgerne, og du giver tiden og roen.',
      timeNeeded: '1 time om ugen i skoletiden',
      location: 'Tovshøjskolen',
    },
    en: {
      title: 'Reading buddy at Tovshøjskolen',
      summary:
        'Read with a pupil in year 2 or 3 who needs extra reading practice. The teachers choose the books; you bring the time and the calm.',
      timeNeeded: '1 hour a week during school hours',
      location: 'Tovshøjskolen',
    },
  },
  {
    slug: 'samtalegruppe-skyggeboern',
    organisation: 'skyggeboern',
    commitment: 'regular',
    minAge: 23,
    childCertificate: true,
    district: 'Aarhus C',
    startsAt: '2027-02-01',
    contact: { name: 'Gruppekoordinator', email: 'frivillig@skyggeboern.example.dk', phone: '87 13 20 25' },
    da: {
      title: 'Gruppeleder for børn i sorg',
      summary:
        'Vær med til at lede en samtalegruppe for børn, der har mistet en forælder eller har en alvorligt syg forælder. Du får uddannelse og supervision.',
      timeNeeded: '2½ time hver anden uge',
      location: 'Skyggebørn, Fredensgade',
    },
    en: {
      title: 'Group leader for grieving children',
      summary:
        'Help lead a support group for children who have lost a parent or have a seriously ill parent. You get training and supervision.',
      timeNeeded: '2½ hours every other week',
      location: 'Skyggebørn, Fredensgade',
    },
  },
];
