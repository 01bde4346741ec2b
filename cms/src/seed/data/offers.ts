import type { OfferSeed } from './types';

/**
 * Social offers for citizens, in the manner of Socialkompasset: four per
 * category. An offer without `district` covers the whole municipality.
 */

const FREE = { da: 'Gratis', en: 'Free' } as const;

export const offers: OfferSeed[] = [
  // ------------------------------------------------------ nogen_at_tale_med
  {
    slug: 'headspace-aarhus-samtaler',
    provider: 'headspace-aarhus',
    category: 'nogen_at_tale_med',
    audience: 'unge',
    minAge: 12,
    maxAge: 25,
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@headspace.example.dk', phone: '87 13 20 09', url: 'https://headspace-aarhus.example.dk' },
    da: {
      title: 'headspace: tal med en frivillig',
      summary:
        'Kom ind fra gaden og tal med en uddannet frivillig om det, der fylder: venner, familie, skole, ensomhed eller noget helt andet. Anonymt og uden henvisning.',
      price: FREE.da,
    },
    en: {
      title: 'headspace: talk to a volunteer',
      summary:
        'Walk in and talk to a trained volunteer about whatever is on your mind: friends, family, school, loneliness or something else entirely. Anonymous, no referral.',
      price: FREE.en,
    },
  },
  {
    slug: 'boernetelefonen',
    provider: 'boerns-vilkaar',
    category: 'nogen_at_tale_med',
    audience: 'boern',
    minAge: 6,
    maxAge: 18,
    mode: 'telefon',
    referralNeeded: false,
    contact: { phone: '87 13 20 01', url: 'https://boerns-vilkaar.example.dk/boernetelefonen' },
    da: {
      title: 'BørneTelefonen',
      summary:
        'Børn og unge kan ringe eller chatte anonymt med en voksen, der lytter. Alle emner er velkomne, og samtalen bliver mellem jer.',
      price: FREE.da,
    },
    en: {
      title: 'BørneTelefonen (the children’s helpline)',
      summary:
        'Children and young people can call or chat anonymously with an adult who listens. Any subject is welcome, and the conversation stays between you.',
      price: FREE.en,
    },
  },
  {
    slug: 'ung-uden-mobning-chat',
    provider: 'ung-uden-mobning',
    category: 'nogen_at_tale_med',
    audience: 'unge',
    minAge: 10,
    maxAge: 20,
    mode: 'online',
    referralNeeded: false,
    contact: { email: 'hej@ung-uden-mobning.example.dk', url: 'https://ung-uden-mobning.example.dk/chat' },
    da: {
      title: 'Chat om mobning',
      summary:
        'Bliver du mobbet, eller er du bekymret for en ven? Skriv med en ung frivillig, der kender til mobning og kan hjælpe dig med at finde næste skridt.',
      price: FREE.da,
    },
    en: {
      title: 'Chat about bullying',
      summary:
        'Are you being bullied, or worried about a friend? Chat with a young volunteer who knows about bullying and can help you find the next step.',
      price: FREE.en,
    },
  },
  {
    slug: 'natteravnene-paa-gaden',
    provider: 'natteravnene',
    category: 'nogen_at_tale_med',
    audience: 'unge',
    minAge: 12,
    maxAge: 25,
    district: 'Gellerup',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'gellerup@natteravnene.example.dk', phone: '87 13 20 14' },
    da: {
      title: 'Natteravnene: voksne på gaden',
      summary:
        'Fredag og lørdag aften går voksne i gule jakker i Gellerup. Har du brug for en snak, hjælp til at komme hjem eller en voksen, der ringer efter hjælp, så stop dem.',
      price: FREE.da,
    },
    en: {
      title: 'Night Ravens: adults on the street',
      summary:
        'On Friday and Saturday evenings adults in yellow jackets walk in Gellerup. If you need a chat, help getting home or an adult to call for help, stop them.',
      price: FREE.en,
    },
  },

  // ------------------------------------------------------------------- sorg
  {
    slug: 'skyggeboern-boernegruppe',
    provider: 'skyggeboern',
    category: 'sorg',
    audience: 'boern',
    minAge: 7,
    maxAge: 12,
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@skyggeboern.example.dk', phone: '87 13 20 25' },
    da: {
      title: 'Samtalegruppe for børn i sorg',
      summary:
        'For børn, der har mistet en forælder eller har en alvorligt syg forælder. Børnene mødes hver anden uge med andre i samme situation og to faste frivillige.',
      price: FREE.da,
    },
    en: {
      title: 'Support group for grieving children',
      summary:
        'For children who have lost a parent or have a seriously ill parent. The children meet every other week with others in the same situation and two regular volunteers.',
      price: FREE.en,
    },
  },
  {
    slug: 'skyggeboern-ungegruppe',
    provider: 'skyggeboern',
    category: 'sorg',
    audience: 'unge',
    minAge: 13,
    maxAge: 18,
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@skyggeboern.example.dk', phone: '87 13 20 25' },
    da: {
      title: 'Ungegruppe: når mor eller far er syg eller død',
      summary:
        'Et fællesskab for teenagere, der lever med sygdom eller dødsfald i familien. Her kan du tale om det, der er svært, og om alt det andet.',
      price: FREE.da,
    },
    en: {
      title: 'Youth group: when mum or dad is ill or has died',
      summary:
        'A community for teenagers living with illness or death in the family. Here you can talk about what is hard, and about everything else.',
      price: FREE.en,
    },
  },
  {
    slug: 'skyggeboern-foraeldreaften',
    provider: 'skyggeboern',
    category: 'sorg',
    audience: 'familier',
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@skyggeboern.example.dk', phone: '87 13 20 25' },
    da: {
      title: 'Forældreaften om børn og sorg',
      summary:
        'For forældre og andre voksne omkring et barn i sorg. Få viden om, hvordan børn sørger, og tal med andre forældre.',
      price: FREE.da,
    },
    en: {
      title: 'Parents’ evening on children and grief',
      summary:
        'For parents and other adults around a grieving child. Learn how children grieve and talk with other parents.',
      price: FREE.en,
    },
  },
  {
    slug: 'citykirken-sorggruppe',
    provider: 'citykirken',
    category: 'sorg',
    audience: 'voksne',
    minAge: 18,
    maxAge: 35,
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontor@citykirken.example.dk', phone: '87 13 20 23' },
    da: {
      title: 'Sorggruppe for unge voksne',
      summary:
        'For dig mellem 18 og 35, der har mistet en, du holdt af. Gruppen mødes otte gange med en præst og en frivillig. Du behøver ikke være troende.',
      price: FREE.da,
    },
    en: {
      title: 'Grief group for young adults',
      summary:
        'For people aged 18 to 35 who have lost someone close. The group meets eight times with a pastor and a volunteer. You do not need to be religious.',
      price: FREE.en,
    },
  },

  // ----------------------------------------------------------- lektiehjaelp
  {
    slug: 'urk-lektiehjaelp-gellerup',
    provider: 'ungdommens-roede-kors',
    category: 'lektiehjaelp',
    audience: 'boern',
    minAge: 6,
    maxAge: 16,
    district: 'Gellerup',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhusvest@urk.example.dk', phone: '87 13 20 19' },
    da: {
      title: 'Lektiecafé i Gellerup',
      summary:
        'Mandag og onsdag eftermiddag hjælper unge frivillige med lektier, læsning og matematik. Der er frugt og saftevand, og man behøver ikke melde sig til.',
      price: FREE.da,
    },
    en: {
      title: 'Homework café in Gellerup',
      summary:
        'On Monday and Wednesday afternoons young volunteers help with homework, reading and maths. There is fruit and squash, and no need to sign up.',
      price: FREE.en,
    },
  },
  {
    slug: 'red-barnet-ungdom-lektiecafe',
    provider: 'red-barnet-ungdom',
    category: 'lektiehjaelp',
    audience: 'unge',
    minAge: 12,
    maxAge: 18,
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@red-barnet-ungdom.example.dk', phone: '87 13 20 16' },
    da: {
      title: 'Lektiecafé for udskolingen',
      summary:
        'For elever i 6.-10. klasse, der vil have hjælp til lektier, opgaver og eksamen. Frivillige studerende hjælper hver torsdag på Hovedbiblioteket.',
      price: FREE.da,
    },
    en: {
      title: 'Homework café for lower-secondary pupils',
      summary:
        'For pupils in years 6-10 who want help with homework, assignments and exams. Volunteer students help every Thursday at the main library.',
      price: FREE.en,
    },
  },
  {
    slug: 'leg-og-laer-frydenlund',
    provider: 'leg-og-laer-i-frydenlund',
    category: 'lektiehjaelp',
    audience: 'boern',
    minAge: 6,
    maxAge: 12,
    district: 'Aarhus N',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontakt@leg-og-laer-i-frydenlund.example.dk', phone: '87 13 20 12' },
    da: {
      title: 'Leg og Lær: lektier og leg i Frydenlund',
      summary:
        'Først lektier, så leg. For børnene i Frydenlund to eftermiddage om ugen og med udflugter i ferierne.',
      price: FREE.da,
    },
    en: {
      title: 'Leg og Lær: homework and play in Frydenlund',
      summary:
        'Homework first, then play. For the children in Frydenlund two afternoons a week, with outings in the holidays.',
      price: FREE.en,
    },
  },
  {
    slug: 'laer-for-livet-mentor',
    provider: 'laer-for-livet',
    category: 'lektiehjaelp',
    audience: 'boern',
    minAge: 6,
    maxAge: 18,
    mode: 'fremmoede',
    referralNeeded: true,
    contact: { email: 'aarhus@laer-for-livet.example.dk', phone: '87 13 20 13' },
    da: {
      title: 'Læringsmentor for anbragte børn',
      summary:
        'Anbragte børn får en frivillig læringsmentor, der følger dem i mange år og styrker lysten til at lære. Barnets sagsbehandler henviser.',
      price: FREE.da,
    },
    en: {
      title: 'Learning mentor for children in care',
      summary:
        'Children in care get a volunteer learning mentor who follows them for many years and builds their love of learning. The child’s caseworker makes the referral.',
      price: FREE.en,
    },
  },

  // ------------------------------------------------------------------ ferie
  {
    slug: 'red-barnet-ferielejr',
    provider: 'red-barnet',
    category: 'ferie',
    audience: 'boern',
    minAge: 7,
    maxAge: 12,
    mode: 'fremmoede',
    referralNeeded: true,
    contact: { email: 'aarhus@red-barnet.example.dk', phone: '87 13 20 15' },
    da: {
      title: 'Ferielejr for børn',
      summary:
        'En uge på lejr med bål, badning og nye venner for børn, der ellers ikke kommer på sommerferie. Skolen, en sagsbehandler eller sundhedsplejen kan indstille barnet.',
      price: FREE.da,
    },
    en: {
      title: 'Holiday camp for children',
      summary:
        'A week of camp with campfires, swimming and new friends for children who would otherwise not get a summer holiday. The school, a caseworker or the health visitor can nominate the child.',
      price: FREE.en,
    },
  },
  {
    slug: 'urk-sommerlejr',
    provider: 'ungdommens-roede-kors',
    category: 'ferie',
    audience: 'boern',
    minAge: 8,
    maxAge: 13,
    mode: 'fremmoede',
    referralNeeded: true,
    contact: { email: 'aarhusvest@urk.example.dk', phone: '87 13 20 19' },
    da: {
      title: 'Sommerlejr med Ungdommens Røde Kors',
      summary:
        'Seks dage på lejr med unge frivillige ledere. Børnene bliver indstillet af en fagperson, der kender dem, for eksempel en lærer eller pædagog.',
      price: FREE.da,
    },
    en: {
      title: 'Summer camp with Red Cross Youth',
      summary:
        'Six days at camp with young volunteer leaders. Children are nominated by a professional who knows them, such as a teacher or youth worker.',
      price: FREE.en,
    },
  },
  {
    slug: 'red-barnet-familieoplevelser',
    provider: 'red-barnet',
    category: 'ferie',
    audience: 'familier',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@red-barnet.example.dk', phone: '87 13 20 15', url: 'https://red-barnet.example.dk/familieoplevelser' },
    da: {
      title: 'Familieoplevelser i ferierne',
      summary:
        'Dagsture for familier med få penge: museum, zoo, strand eller skov. Transport og frokost er betalt, og der er frivillige med hele dagen.',
      price: FREE.da,
    },
    en: {
      title: 'Family outings in the holidays',
      summary:
        'Day trips for families with little money: museum, zoo, beach or forest. Transport and lunch are paid for, and volunteers come along all day.',
      price: FREE.en,
    },
  },
  {
    slug: 'boernehoejskole-sommerhoejskole',
    provider: 'aarhus-boernehoejskole',
    category: 'ferie',
    audience: 'boern',
    minAge: 8,
    maxAge: 13,
    district: 'Risskov',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontor@aarhus-boernehoejskole.example.dk', phone: '87 13 20 21' },
    da: {
      title: 'Sommerhøjskole for børn',
      summary:
        'En uge i sommerferien med værksteder, fortælling, fællessang og leg. Der er friplads til børn fra familier med lav indkomst.',
      price: '600 kr. for en uge, friplads muligt',
    },
    en: {
      title: 'Summer folk high school for children',
      summary:
        'A week in the summer holiday with workshops, storytelling, communal singing and play. Free places are available for children from low-income families.',
      price: 'DKK 600 per week, free places available',
    },
  },

  // ------------------------------------------------------------- julehjaelp
  {
    slug: 'red-barnet-julehjaelp',
    provider: 'red-barnet',
    category: 'julehjaelp',
    audience: 'familier',
    mode: 'online',
    referralNeeded: false,
    contact: { email: 'aarhus@red-barnet.example.dk', url: 'https://julehjaelp.example.dk/aarhus-2026' },
    da: {
      title: 'Julehjælp til børnefamilier',
      summary:
        'Familier med børn og lav indkomst kan søge om en julekurv eller et gavekort. Ansøgningen sker online i november.',
      price: FREE.da,
    },
    en: {
      title: 'Christmas help for families with children',
      summary:
        'Families with children and a low income can apply for a Christmas hamper or a gift card. Applications are made online in November.',
      price: FREE.en,
    },
  },
  {
    slug: 'citykirken-juleaften',
    provider: 'citykirken',
    category: 'julehjaelp',
    audience: 'voksne',
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontor@citykirken.example.dk', phone: '87 13 20 23' },
    da: {
      title: 'Juleaften i Citykirken',
      summary:
        'Fejr juleaften med and, risalamande, gaver og dans om juletræet sammen med andre. Alle er velkomne, også børnefamilier. Tilmelding senest 15. december.',
      price: FREE.da,
    },
    en: {
      title: 'Christmas Eve at Citykirken',
      summary:
        'Celebrate Christmas Eve with roast duck, rice pudding, presents and dancing around the tree together with others. Everyone is welcome, families too. Sign up by 15 December.',
      price: FREE.en,
    },
  },
  {
    slug: 'familiestoetten-julepakker',
    provider: 'familiestoetten',
    category: 'julehjaelp',
    audience: 'familier',
    district: 'Åbyhøj',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'hej@familiestoetten.example.dk', phone: '87 13 20 31' },
    da: {
      title: 'Vintertøj og julepakker til børn',
      summary:
        'Hent varmt vintertøj, legetøj og en lille julegave til dine børn ved juleindsamlingen i Nordgårdshallen. Det hele er doneret af andre familier.',
      price: FREE.da,
    },
    en: {
      title: 'Winter clothes and Christmas parcels for children',
      summary:
        'Collect warm winter clothes, toys and a small Christmas present for your children at the Christmas collection in Nordgårdshallen. Everything is donated by other families.',
      price: FREE.en,
    },
  },
  {
    slug: 'folkekirkens-familiestoette-jul',
    provider: 'folkekirkens-familiestoette',
    category: 'julehjaelp',
    audience: 'familier',
    district: 'Viby',
    mode: 'telefon',
    referralNeeded: false,
    contact: { phone: '87 13 20 05', email: 'viby@folkekirkens-familiestoette.example.dk' },
    da: {
      title: 'Julehjælp fra sognene',
      summary:
        'Sognene i Viby giver julehjælp til familier, der har svært ved at få pengene til at slå til. Ring og tal med en frivillig om, hvad I har brug for.',
      price: FREE.da,
    },
    en: {
      title: 'Christmas help from the parishes',
      summary:
        'The parishes in Viby give Christmas help to families who find it hard to make ends meet. Call and talk to a volunteer about what you need.',
      price: FREE.en,
    },
  },

  // ----------------------------------------------------------- faellesskab
  {
    slug: 'det-groenlandske-hus-cafe',
    provider: 'det-groenlandske-hus',
    category: 'faellesskab',
    audience: 'voksne',
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontakt@det-groenlandske-hus.example.dk', phone: '87 13 20 03' },
    da: {
      title: 'Café og fællesspisning i Det Grønlandske Hus',
      summary:
        'Kom til kaffe, avis og snak, eller spis med, når huset holder fællesspisning om torsdagen. Et mødested for grønlændere og venner af Grønland.',
      price: 'Gratis, fællesspisning 40 kr.',
    },
    en: {
      title: 'Café and communal dinner at the Greenlandic House',
      summary:
        'Drop in for coffee, a newspaper and a chat, or join the Thursday communal dinner. A meeting place for Greenlanders and friends of Greenland.',
      price: 'Free, communal dinner DKK 40',
    },
  },
  {
    slug: 'unge-for-ligevaerd-fredagsbar',
    provider: 'unge-for-ligevaerd',
    category: 'faellesskab',
    audience: 'unge',
    minAge: 15,
    maxAge: 30,
    district: 'Viby',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@unge-for-ligevaerd.example.dk', phone: '87 13 20 20' },
    da: {
      title: 'Fredagsbar og ture for unge med særlige behov',
      summary:
        'Et fællesskab for unge, der har svært ved at lære eller finde venner. Fredagsbar hver måned og ture i weekenderne, planlagt af de unge selv.',
      price: 'Medlemskab 200 kr. om året',
    },
    en: {
      title: 'Friday bar and trips for young people with special needs',
      summary:
        'A community for young people who find learning or making friends hard. A Friday bar every month and weekend trips, planned by the young people themselves.',
      price: 'Membership DKK 200 a year',
    },
  },
  {
    slug: 'dialog-paa-tvaers-foraeldrecafe',
    provider: 'dialog-paa-tvaers',
    category: 'faellesskab',
    audience: 'voksne',
    district: 'Gellerup',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'hej@dialog-paa-tvaers.example.dk', phone: '87 13 20 04' },
    da: {
      title: 'Forældrecafé i Gellerup',
      summary:
        'Mød andre forældre over en kop te og tal om skole, fritid og det at være forælder i Danmark. Der er tolk på arabisk og somali.',
      price: FREE.da,
    },
    en: {
      title: 'Parents’ café in Gellerup',
      summary:
        'Meet other parents over a cup of tea and talk about school, leisure and being a parent in Denmark. Interpreters for Arabic and Somali are present.',
      price: FREE.en,
    },
  },
  {
    slug: 'lokalcenter-lystrup-aabent-hus',
    provider: 'lokalcenter-lystrup',
    category: 'faellesskab',
    audience: 'aeldre',
    minAge: 60,
    district: 'Lystrup',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'nord@lokalcentre.example.dk', phone: '87 13 40 02' },
    da: {
      title: 'Åbent hus og strikkecafé på lokalcentret',
      summary:
        'Kig ind til kaffe, strik, banko eller en gåtur med lokalcentrets frivillige. Du behøver ikke bo på centret for at være med.',
      price: 'Gratis, kaffe 10 kr.',
    },
    en: {
      title: 'Open house and knitting café at the local centre',
      summary:
        'Drop in for coffee, knitting, bingo or a walk with the local centre’s volunteers. You do not need to live at the centre to join.',
      price: 'Free, coffee DKK 10',
    },
  },

  // ---------------------------------------------------------------- familie
  {
    slug: 'homestart-familiekontakt',
    provider: 'homestart',
    category: 'familie',
    audience: 'familier',
    minAge: 0,
    maxAge: 6,
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@homestart.example.dk', phone: '87 13 20 10' },
    da: {
      title: 'HomeStart: en familieven i hjemmet',
      summary:
        'Har I mindst ét barn under seks år og brug for støtte i hverdagen? En frivillig med erfaring som forælder besøger jer en gang om ugen.',
      price: FREE.da,
    },
    en: {
      title: 'HomeStart: a family friend at home',
      summary:
        'Do you have at least one child under six and need support in everyday life? A volunteer who is a parent themselves visits you once a week.',
      price: FREE.en,
    },
  },
  {
    slug: 'folkekirkens-familiestoette-familieven',
    provider: 'folkekirkens-familiestoette',
    category: 'familie',
    audience: 'familier',
    district: 'Viby',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'viby@folkekirkens-familiestoette.example.dk', phone: '87 13 20 05' },
    da: {
      title: 'Familieven fra Folkekirkens Familiestøtte',
      summary:
        'En frivillig familieven kommer hjem til jer og hjælper med det, I har brug for: lektier, en tur på legepladsen eller bare en voksen mere omkring bordet.',
      price: FREE.da,
    },
    en: {
      title: 'Family friend from Folkekirkens Familiestøtte',
      summary:
        'A volunteer family friend visits your home and helps with what you need: homework, a trip to the playground or just one more adult around the table.',
      price: FREE.en,
    },
  },
  {
    slug: 'boerns-voksenvenner-voksenven',
    provider: 'boerns-voksenvenner',
    category: 'familie',
    audience: 'boern',
    minAge: 5,
    maxAge: 14,
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@boerns-voksenvenner.example.dk', phone: '87 13 20 02' },
    da: {
      title: 'En voksenven til dit barn',
      summary:
        'Er du alene med dit barn eller har et lille netværk? Dit barn kan få en fast voksenven, som det ser et par gange om måneden.',
      price: FREE.da,
    },
    en: {
      title: 'An adult friend for your child',
      summary:
        'Are you raising your child alone or have a small network? Your child can get a regular adult friend to see a couple of times a month.',
      price: FREE.en,
    },
  },
  {
    slug: 'familiestoetten-toejbytte',
    provider: 'familiestoetten',
    category: 'familie',
    audience: 'familier',
    district: 'Åbyhøj',
    mode: 'online',
    referralNeeded: false,
    contact: { email: 'hej@familiestoetten.example.dk', url: 'https://familiestoetten.example.dk' },
    da: {
      title: 'Børnetøj og legetøj fra familie til familie',
      summary:
        'Familiestøtten matcher jer med en familie, der har tøj og legetøj i jeres børns størrelse. Skriv, hvad I mangler, så finder vi en match.',
      price: FREE.da,
    },
    en: {
      title: 'Children’s clothes and toys from family to family',
      summary:
        'Familiestøtten matches you with a family that has clothes and toys in your children’s sizes. Tell us what you need and we will find a match.',
      price: FREE.en,
    },
  },

  // ------------------------------------------------------------ raadgivning
  {
    slug: 'sind-raadgivning',
    provider: 'sind-raadgivning',
    category: 'raadgivning',
    audience: 'voksne',
    minAge: 18,
    mode: 'telefon',
    referralNeeded: false,
    contact: { phone: '87 13 20 24', email: 'raadgivning@sind.example.dk' },
    da: {
      title: 'SIND Rådgivning for psykisk sårbare og pårørende',
      summary:
        'Anonym rådgivning til dig, der har det psykisk svært, og til pårørende. Ring, eller book en personlig samtale med en frivillig rådgiver.',
      price: FREE.da,
    },
    en: {
      title: 'SIND counselling for people with mental health problems and their relatives',
      summary:
        'Anonymous counselling for people struggling with their mental health and for their relatives. Call, or book a face-to-face conversation with a volunteer counsellor.',
      price: FREE.en,
    },
  },
  {
    slug: 'tuba-aarhus',
    provider: 'tuba-aarhus',
    category: 'raadgivning',
    audience: 'unge',
    minAge: 14,
    maxAge: 35,
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@tuba.example.dk', phone: '87 13 20 17' },
    da: {
      title: 'TUBA: for unge fra familier med alkohol eller stoffer',
      summary:
        'Voksede du op med en forælder, der drak eller tog stoffer? TUBA tilbyder gratis samtaler og grupper med terapeuter. Du kan henvende dig selv.',
      price: FREE.da,
    },
    en: {
      title: 'TUBA: for young people from families with alcohol or drug problems',
      summary:
        'Did you grow up with a parent who drank or used drugs? TUBA offers free counselling and groups with therapists. You can contact them yourself.',
      price: FREE.en,
    },
  },
  {
    slug: 'det-groenlandske-hus-raadgivning',
    provider: 'det-groenlandske-hus',
    category: 'raadgivning',
    audience: 'voksne',
    minAge: 18,
    district: 'Aarhus C',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontakt@det-groenlandske-hus.example.dk', phone: '87 13 20 03' },
    da: {
      title: 'Rådgivning for grønlændere i Aarhus',
      summary:
        'Hjælp til breve fra kommunen, bolig, uddannelse og job, på grønlandsk eller dansk. Kom i åbningstiden eller aftal en tid.',
      price: FREE.da,
    },
    en: {
      title: 'Advice for Greenlanders in Aarhus',
      summary:
        'Help with letters from the municipality, housing, education and work, in Greenlandic or Danish. Drop in during opening hours or book a time.',
      price: FREE.en,
    },
  },
  {
    slug: 'foraeldretelefonen',
    provider: 'boerns-vilkaar',
    category: 'raadgivning',
    audience: 'voksne',
    mode: 'telefon',
    referralNeeded: false,
    contact: { phone: '87 13 20 01', url: 'https://boerns-vilkaar.example.dk/foraeldretelefonen' },
    da: {
      title: 'ForældreTelefonen',
      summary:
        'For forældre og andre voksne, der er bekymrede for et barn eller har brug for at vende en svær situation. Anonymt og uden tidsbestilling.',
      price: FREE.da,
    },
    en: {
      title: 'ForældreTelefonen (the parents’ helpline)',
      summary:
        'For parents and other adults who are worried about a child or need to talk through a difficult situation. Anonymous, no appointment needed.',
      price: FREE.en,
    },
  },

  // ------------------------------------------------------------------ fritid
  {
    slug: 'dgi-traenerspirer',
    provider: 'dgi-oestjylland',
    category: 'fritid',
    audience: 'unge',
    minAge: 13,
    maxAge: 17,
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'traenerspirer@dgi-oestjylland.example.dk', phone: '87 13 20 33' },
    da: {
      title: 'Bliv trænerspire',
      summary:
        'Et kursus for unge fra 7. klasse, der vil være hjælpetrænere i en idrætsforening. Du lærer at lede en træning og får et diplom.',
      price: FREE.da,
    },
    en: {
      title: 'Become a young coach',
      summary:
        'A course for young people from year 7 who want to be assistant coaches at a sports club. You learn to lead a training session and get a diploma.',
      price: FREE.en,
    },
  },
  {
    slug: 'boernehoejskole-loerdagsvaerksted',
    provider: 'aarhus-boernehoejskole',
    category: 'fritid',
    audience: 'boern',
    minAge: 6,
    maxAge: 12,
    district: 'Risskov',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontor@aarhus-boernehoejskole.example.dk', phone: '87 13 20 21' },
    da: {
      title: 'Lørdagsværksted for børn',
      summary:
        'Byg, mal, syng og fortæl. En lørdag om måneden holder Børnehøjskolen værksted med frivillige kunstnere og håndværkere.',
      price: '50 kr. pr. gang',
    },
    en: {
      title: 'Saturday workshop for children',
      summary:
        'Build, paint, sing and tell stories. One Saturday a month the children’s folk high school holds a workshop with volunteer artists and craftspeople.',
      price: 'DKK 50 per session',
    },
  },
  {
    slug: 'klubben-i-gellerup-aaben',
    provider: 'klubben-i-gellerup',
    category: 'fritid',
    audience: 'unge',
    minAge: 10,
    maxAge: 17,
    district: 'Gellerup',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontakt@klubben-i-gellerup.example.dk', phone: '87 13 32 01' },
    da: {
      title: 'Åben klub med værksted og musik',
      summary:
        'Klubben har åbent hver hverdag efter skole med værksted, musikrum, fodbold og lektiehjælp to gange om ugen.',
      price: 'Klubkontingent efter indkomst',
    },
    en: {
      title: 'Open youth club with workshop and music',
      summary:
        'The club is open every weekday after school, with a workshop, a music room, football and homework help twice a week.',
      price: 'Club fee depends on income',
    },
  },
  {
    slug: 'bogspiloppen-bogleg',
    provider: 'foreningen-bogspiloppen',
    category: 'fritid',
    audience: 'boern',
    minAge: 2,
    maxAge: 6,
    district: 'Åbyhøj',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'kontakt@foreningen-bogspiloppen.example.dk', phone: '87 13 20 06' },
    da: {
      title: 'Bogleg for de mindste',
      summary:
        'Hver anden lørdag inviterer Bogspiloppen børn og forældre til højtlæsning, sange og leg med bøger i foreningens lokaler i Åbyhøj.',
      price: FREE.da,
    },
    en: {
      title: 'Book play for the youngest',
      summary:
        'Every other Saturday Bogspiloppen invites children and parents to reading aloud, songs and play with books at the association’s rooms in Åbyhøj.',
      price: FREE.en,
    },
  },

  // ----------------------------------------------------------------- sundhed
  {
    slug: 'boersteventer-i-klassen',
    provider: 'tandplejen-aarhus',
    category: 'sundhed',
    audience: 'boern',
    minAge: 6,
    maxAge: 10,
    district: 'Gellerup',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'gellerup@tandplejen.example.dk', phone: '87 13 50 04' },
    da: {
      title: 'Børsteventer: tandsundhed i skoleklassen',
      summary:
        'Frivillige tandplejestuderende besøger indskolingsklasser og lærer børnene at børste tænder gennem leg. Skoler i Gellerup kan booke et besøg.',
      price: FREE.da,
    },
    en: {
      title: 'Brush Buddies: dental health in the classroom',
      summary:
        'Volunteer dental hygiene students visit lower-primary classes and teach the children to brush their teeth through play. Schools in Gellerup can book a visit.',
      price: FREE.en,
    },
  },
  {
    slug: 'boersteambassadoerer',
    provider: 'social-sundhed',
    category: 'sundhed',
    audience: 'familier',
    district: 'Gellerup',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'aarhus@social-sundhed.example.dk', phone: '87 13 20 32' },
    da: {
      title: 'Børsteambassadører: bydelsmødre om børns tænder',
      summary:
        'Bydelsmødre, der er uddannet som børsteambassadører, fortæller forældre om tandbørstning, sukker og tandplejens tilbud, på flere sprog.',
      price: FREE.da,
    },
    en: {
      title: 'Brushing ambassadors: neighbourhood mothers on children’s teeth',
      summary:
        'Neighbourhood mothers trained as brushing ambassadors talk to parents about tooth brushing, sugar and the dental service, in several languages.',
      price: FREE.en,
    },
  },
  {
    slug: 'tandtjek-unge-18-21',
    provider: 'social-sundhed',
    category: 'sundhed',
    audience: 'unge',
    minAge: 18,
    maxAge: 21,
    mode: 'telefon',
    referralNeeded: false,
    contact: { phone: '87 13 20 32', email: 'aarhus@social-sundhed.example.dk' },
    da: {
      title: 'Hjælp til at komme til tandlæge for 18-21-årige',
      summary:
        'Har du ikke været til tandlæge i lang tid? En frivillig fra Social Sundhed hjælper dig med at booke en tid og kan tage med, hvis du vil.',
      price: FREE.da,
    },
    en: {
      title: 'Help getting to the dentist for 18-21-year-olds',
      summary:
        'Haven’t been to the dentist in a long time? A volunteer from Social Sundhed helps you book an appointment and can come along if you like.',
      price: FREE.en,
    },
  },
  {
    slug: 'lokalcenter-tranbjerg-motion',
    provider: 'lokalcenter-tranbjerg',
    category: 'sundhed',
    audience: 'aeldre',
    minAge: 65,
    district: 'Tranbjerg',
    mode: 'fremmoede',
    referralNeeded: false,
    contact: { email: 'syd@lokalcentre.example.dk', phone: '87 13 40 01' },
    da: {
      title: 'Stolegymnastik og gåhold',
      summary:
        'Frivillige instruktører holder stolegymnastik tirsdag og gåhold torsdag. Alle kan være med, uanset form.',
      price: FREE.da,
    },
    en: {
      title: 'Chair exercises and walking group',
      summary:
        'Volunteer instructors run chair exercises on Tuesdays and a walking group on Thursdays. Everyone can join, whatever their fitness.',
      price: FREE.en,
    },
  },
];
