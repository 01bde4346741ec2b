import { md } from './types';
import type { WalkSeed, WalkStopSeed } from './types';

/**
 * The podcast walk "Frivillighed i ørerne", an idea from the open workshop in
 * 2018: walk past the good examples and hear their story on the spot.
 * From Gellerup through Åbyhøj to Aarhus C, about 7 km.
 *
 * The audio files are generated chimes: renderChime(stop.durationSeconds, stop.audioSeed).
 */
export const walk: WalkSeed = {
  slug: 'frivillighed-i-oererne',
  distanceKm: 6.8,
  durationMinutes: 110,
  da: {
    title: 'Frivillighed i ørerne',
    intro:
      'En gåtur med høretelefoner fra Gellerup gennem Åbyhøj til midtbyen. Undervejs går du forbi syv steder, hvor frivillige, foreninger og kommunen har skabt noget sammen, og du hører historien, mens du står der. Turen er cirka 7 km og tager knap to timer med pauser.',
  },
  en: {
    title: 'Volunteering in your ears',
    intro:
      'A walk with headphones from Gellerup through Åbyhøj to the city centre. On the way you pass seven places where volunteers, associations and the municipality created something together, and you hear the story while you stand there. The route is about 7 km and takes just under two hours with breaks.',
  },
};

export const walks: WalkSeed[] = [walk];

export const walkStops: WalkStopSeed[] = [
  {
    key: 'frivillighed-i-oererne-1-tovshoejskolen',
    walk: 'frivillighed-i-oererne',
    order: 1,
    lat: 56.1553,
    lng: 10.1318,
    radiusMeters: 50,
    durationSeconds: 6,
    audioSeed: 'frivillighed-i-oererne/1',
    photo: 'boersteventer-tandboerstning',
    story: 'boersteventer-tandsundhed-gellerup',
    da: {
      title: 'Tovshøjskolen: Børsteventer',
      transcript: md`
        Velkommen til *Frivillighed i ørerne*. Du står ved Tovshøjskolen i Gellerup.

        Herinde har børnene fået besøg af nogle ret usædvanlige frivillige: tandplejestuderende med kæmpetandbørster. De kalder sig **Børsteventer**.

        Det begyndte med et møde. Beboere, foreninger og tandplejen satte sig sammen, fordi børn i Gellerup oftere har huller i tænderne end børn i resten af byen. I stedet for en ny plan fra rådhuset kom der et frivilligkorps, kurser for bydelsmødrene og en fondsansøgning.

        I dag går de studerende med tandplejen ud i klasserne, og bydelsmødrene er børsteambassadører i deres egne netværk. Se dig omkring: Løsningen findes ofte allerede i området.
      `,
      directions:
        'Gå mod sydøst gennem parken til Bazar Vest. Det tager cirka 10 minutter. Næste stop er ved indgangen til basaren.',
    },
    en: {
      title: 'Tovshøjskolen: Brush Buddies',
      transcript: md`
        Welcome to *Volunteering in your ears*. You are standing by Tovshøjskolen school in Gellerup.

        The children here have had visits from some rather unusual volunteers: dental hygiene students with giant toothbrushes. They call themselves **Brush Buddies**.

        It started with a meeting. Residents, associations and the dental service sat down together because children in Gellerup are more likely to have tooth decay than children elsewhere in the city. Instead of a new plan from the town hall, the result was a volunteer corps, courses for the neighbourhood mothers and a funding application.

        Today the students join the dental service in the classrooms, and the neighbourhood mothers are brushing ambassadors in their own networks. Look around: the solution is often already in the neighbourhood.
      `,
      directions:
        'Walk south-east through the park to Bazar Vest. It takes about 10 minutes. The next stop is at the entrance to the bazaar.',
    },
  },
  {
    key: 'frivillighed-i-oererne-2-bazar-vest',
    walk: 'frivillighed-i-oererne',
    order: 2,
    lat: 56.1506,
    lng: 10.1418,
    radiusMeters: 60,
    durationSeconds: 7,
    audioSeed: 'frivillighed-i-oererne/2',
    photo: 'natteravne-aften',
    story: 'natteravnene-en-aften-om-maaneden',
    da: {
      title: 'Bazar Vest: Natteravnene',
      transcript: md`
        Om dagen er her fyldt med handlende. Men kom forbi en fredag aften, så møder du måske nogle voksne i gule jakker. Det er **Natteravnene**.

        De er ikke politi og ikke vagter. De er naboer, forældre og pensionister, der går en tur og er til stede, hvor de unge er. De hilser, lytter og ringer efter hjælp, hvis en aften tager en forkert drejning.

        Mange af dem har travlt i hverdagen. Det er helt almindeligt i dag: De fleste frivillige i Aarhus giver en hånd med ind imellem frem for hver uge. En natteravn kan gå én aften om måneden, og det er nok.
      `,
      directions:
        'Følg Silkeborgvej mod øst ind i Åbyhøj, cirka 20 minutter. Næste stop er ved dagtilbuddet på Silkeborgvej, lige efter krydset ved Søndervangs Allé.',
    },
    en: {
      title: 'Bazar Vest: the Night Ravens',
      transcript: md`
        By day this place is full of shoppers. But come by on a Friday evening and you may meet some adults in yellow jackets. They are the **Night Ravens**.

        They are not police and not guards. They are neighbours, parents and pensioners who go for a walk and are present where the young people are. They say hello, listen and call for help if an evening takes a wrong turn.

        Many of them are busy during the week. That is quite normal today: most volunteers in Aarhus lend a hand now and then rather than every week. A night raven can walk one evening a month, and that is enough.
      `,
      directions:
        'Follow Silkeborgvej east into Åbyhøj, about 20 minutes. The next stop is at the daycare on Silkeborgvej, just after the junction with Søndervangs Allé.',
    },
  },
  {
    key: 'frivillighed-i-oererne-3-bogspiloppen',
    walk: 'frivillighed-i-oererne',
    order: 3,
    lat: 56.1524,
    lng: 10.1611,
    radiusMeters: 40,
    durationSeconds: 5,
    audioSeed: 'frivillighed-i-oererne/3',
    photo: 'bogspiloppen-hoejtlaesning',
    story: 'bogspiloppen-faar-lokaler',
    da: {
      title: 'Åbyhøj: Bogspiloppen under dagtilbuddet',
      transcript: md`
        Bag vinduerne her leger børnene i et dagtilbud. Men huset har også en anden beboer: foreningen **Bogspiloppen**.

        Foreningens frivillige læser højt og leger med bøger i mere end 25 dagtilbud rundt i byen. Alligevel manglede foreningen et sted at være, med plads til bøgerne, den daglige ledelse og møder med de frivillige.

        Børn og Unge hjalp med at finde en løsning. Nu låner foreningen lokaler under dagtilbuddet, og børnene har fået naboer, der elsker bøger.

        Det kostede næsten ingenting. Men det er et godt eksempel på, at kommunen også kan bidrage med andet end penge: rum, busser, kanaler og viden.
      `,
      directions:
        'Fortsæt ad Silkeborgvej mod byen, og drej til venstre mod idrætshallen. Cirka 15 minutter til Nordgårdshallen.',
    },
    en: {
      title: 'Åbyhøj: Bogspiloppen under the daycare',
      transcript: md`
        Behind these windows children are playing in a daycare. But the building has another resident too: the association **Bogspiloppen**.

        Its volunteers read aloud and play with books in more than 25 daycares around the city. Even so, the association lacked a place of its own, with room for the books, the day-to-day management and meetings with the volunteers.

        Children and Young People helped find a solution. Now the association borrows rooms under the daycare, and the children have neighbours who love books.

        It cost almost nothing. But it shows that the municipality can contribute more than money: rooms, buses, channels and knowledge.
      `,
      directions:
        'Continue along Silkeborgvej towards the city and turn left towards the sports hall. About 15 minutes to Nordgårdshallen.',
    },
  },
  {
    key: 'frivillighed-i-oererne-4-nordgaardshallen',
    walk: 'frivillighed-i-oererne',
    order: 4,
    lat: 56.1572,
    lng: 10.1755,
    radiusMeters: 50,
    durationSeconds: 8,
    audioSeed: 'frivillighed-i-oererne/4',
    photo: 'familiestoetten-toejbytte',
    story: 'familiestoetten-toejindsamling',
    da: {
      title: 'Nordgårdshallen: Familiestøttens tøjindsamling',
      transcript: md`
        Forestil dig denne hal fyldt med lange borde og bunker af børnetøj: flyverdragter, gummistøvler, bamser og puslespil.

        Det var billedet, da foreningen **Familiestøtten** holdt tøjindsamling her. Foreningen forbinder familier med overskud og familier, der har det svært, så tøj og legetøj kan gå videre til nye børn.

        Kommunen lånte foreningen hallen, hjalp med at fortælle om indsamlingen og sendte to rådmænd forbi for at sige tak. Resten klarede de frivillige: at tage imod, sortere, folde og pakke.

        Mange af dem kom kun den ene dag. Frivillighed kan godt være en enkelt lørdag.
      `,
      directions:
        'Gå mod øst ad Silkeborgvej og videre ind mod midtbyen. Drej til højre ad Vester Allé og fortsæt ad Sønder Allé. Cirka 25 minutter.',
    },
    en: {
      title: 'Nordgårdshallen: Familiestøtten’s clothes collection',
      transcript: md`
        Imagine this hall full of long tables and piles of children’s clothes: snowsuits, wellies, teddy bears and jigsaw puzzles.

        That was the scene when the association **Familiestøtten** held a clothes collection here. The association connects families with plenty to spare and families going through a hard time, so clothes and toys can be passed on to new children.

        The municipality lent the association the hall, helped spread the word and sent two city councillors by to say thank you. The volunteers did the rest: receiving, sorting, folding and packing.

        Many of them came for that one day only. Volunteering can be a single Saturday.
      `,
      directions:
        'Walk east along Silkeborgvej towards the city centre. Turn right onto Vester Allé and continue along Sønder Allé. About 25 minutes.',
    },
  },
  {
    key: 'frivillighed-i-oererne-5-velkomsthuset',
    walk: 'frivillighed-i-oererne',
    order: 5,
    lat: 56.1514,
    lng: 10.201,
    radiusMeters: 40,
    durationSeconds: 7,
    audioSeed: 'frivillighed-i-oererne/5',
    story: 'velkomsthuset',
    da: {
      title: 'Sønder Allé: Velkomsthuset',
      transcript: md`
        I foråret 2022 kom mange ukrainske familier til Aarhus på flugt fra krigen. Her i nærheden åbnede kommunen et **Velkomsthus**.

        Huset var et helle. Kommunale medarbejdere hjalp med skole, sundhed og job. Foreninger kom med sprogcafé, tolkning og tøj. Og helt almindelige aarhusianere gik ind fra gaden og spurgte, om de kunne hjælpe.

        På en almindelig dag var der op til 200 ukrainere, 30 medarbejdere og 15 frivillige. Ukrainerne var selv med til at forme huset, og mange idéer kom fra dem.

        Velkomsthuset lukkede i juli 2022. Men erfaringen lever videre: Når man samler kræfterne og sætter borgeren i centrum, kan man skabe meget for få midler.
      `,
      directions:
        'Gå mod nord ad Sønder Allé og Vestergade til Klostergade. Cirka 10 minutter.',
    },
    en: {
      title: 'Sønder Allé: the Welcome House',
      transcript: md`
        In spring 2022 many Ukrainian families came to Aarhus, fleeing the war. Near here the municipality opened a **Welcome House**.

        The house was a safe haven. Municipal staff helped with school, health and work. Associations brought a language café, interpreting and clothes. And ordinary people from Aarhus walked in from the street and asked if they could help.

        On an ordinary day there were up to 200 Ukrainians, 30 staff and 15 volunteers. The Ukrainians helped shape the house themselves, and many ideas came from them.

        The Welcome House closed in July 2022. But the lesson lives on: when you pool your strengths and put the citizen at the centre, you can achieve a lot with little money.
      `,
      directions: 'Walk north along Sønder Allé and Vestergade to Klostergade. About 10 minutes.',
    },
  },
  {
    key: 'frivillighed-i-oererne-6-headspace',
    walk: 'frivillighed-i-oererne',
    order: 6,
    lat: 56.1586,
    lng: 10.2047,
    radiusMeters: 40,
    durationSeconds: 6,
    audioSeed: 'frivillighed-i-oererne/6',
    photo: 'headspace-samtale',
    story: 'headspace-nogen-at-tale-med',
    da: {
      title: 'Klostergade: headspace',
      transcript: md`
        Bag en af dørene i denne gade ligger **headspace Aarhus**. Her kan unge mellem 12 og 25 år komme ind og tale med en voksen. Gratis, anonymt og uden henvisning.

        De voksne er frivillige. De er ikke behandlere, men de har tid, og de er uddannet i at lytte. Det er præcis det, mange unge efterspørger.

        Lærere og pædagoger kan ikke altid selv være der, når en ung har brug for det. Derfor har kommunen og foreningerne samlet over 600 tilbud på Socialkompasset, så en medarbejder på få minutter kan finde et sted som dette og vise det til den unge.
      `,
      directions:
        'Gå mod øst forbi Domkirken og Store Torv til Skolegade. Cirka 5 minutter til det sidste stop.',
    },
    en: {
      title: 'Klostergade: headspace',
      transcript: md`
        Behind one of the doors in this street is **headspace Aarhus**. Young people aged 12 to 25 can come in and talk to an adult. Free, anonymous and with no referral.

        The adults are volunteers. They are not therapists, but they have time and they are trained to listen. That is exactly what many young people ask for.

        Teachers and youth workers cannot always be there when a young person needs it. So the municipality and the associations have gathered more than 600 services in Socialkompasset, where a member of staff can find a place like this in a few minutes and show it to the young person.
      `,
      directions:
        'Walk east past the cathedral and Store Torv to Skolegade. About 5 minutes to the last stop.',
    },
  },
  {
    key: 'frivillighed-i-oererne-7-frivilligcenter',
    walk: 'frivillighed-i-oererne',
    order: 7,
    lat: 56.1569,
    lng: 10.2104,
    radiusMeters: 40,
    durationSeconds: 8,
    audioSeed: 'frivillighed-i-oererne/7',
    photo: 'frivillig-for-fremtiden-faelles',
    da: {
      title: 'Skolegade: Frivilligcenter Aarhus',
      transcript: md`
        Du er nået til sidste stop: **Frivilligcenter Aarhus**. Her mødes 25 foreninger for børn og unge i et fælles netværk, fra Red Barnet og Skyggebørn til Bogspiloppen og Natteravnene.

        I stedet for at konkurrere om de frivillige søger de sammen med kommunens skoler og dagtilbud under navnet *Frivillig for fremtiden*.

        43 procent af aarhusianerne er frivillige. Og fire ud af ti af dem, der ikke er det endnu, siger, at de sandsynligvis bliver det inden for det næste år. Den største barriere er tid. Derfor er mange opgaver nu enkeltstående: en aften, en lørdag, et bål.

        Måske er det din tur næste gang?
      `,
      directions:
        'Turen slutter her. Tak fordi du gik med. Vil du selv prøve kræfter som frivillig, kan du gå ind i Frivilligcentret eller finde en opgave i opgavebanken.',
    },
    en: {
      title: 'Skolegade: Volunteer Centre Aarhus',
      transcript: md`
        You have reached the last stop: **Frivilligcenter Aarhus**, the volunteer centre. Here 25 associations for children and young people meet in a shared network, from Red Barnet and Skyggebørn to Bogspiloppen and the Night Ravens.

        Instead of competing for volunteers, they recruit together with the municipality’s schools and daycares under the name *Volunteer for the future*.

        43 per cent of people in Aarhus volunteer. And four in ten of those who do not yet say they will probably start within the next year. The biggest barrier is time. That is why many tasks are now one-off: an evening, a Saturday, a campfire.

        Perhaps it is your turn next?
      `,
      directions:
        'The walk ends here. Thank you for walking with us. If you want to try volunteering yourself, drop in at the volunteer centre or find a task in the task bank.',
    },
  },
];
