import { md } from './types';
import type { StorySeed } from './types';

/**
 * The good stories. Built on the real examples in the Børn og Unge evaluation
 * 2022-2023 and the Sundhed og Omsorg leaflet; the wording is our own.
 *
 * Note: the hero of `velkomsthuset` is a photo whose consent expired in 2025,
 * on purpose. `kladde-eksempel` must stay a draft.
 */
export const stories: StorySeed[] = [
  {
    slug: 'velkomsthuset',
    theme: 'integration',
    organisation: 'velkomsthuset',
    hero: 'velkomsthuset-faellesspisning',
    publishDate: '2026-03-02',
    da: {
      title: 'Velkomsthuset: et helle bygget af mange hænder',
      summary:
        'I foråret 2022 åbnede Aarhus et Velkomsthus for fordrevne ukrainere. Kommunale medarbejdere, foreninger og helt almindelige borgere stod side om side, og ukrainerne var selv med til at forme huset.',
      body: md`
        Da krigen i Ukraine sendte tusindvis af familier på flugt, kom mange af dem til Aarhus. Fra marts til juli 2022 var **Velkomsthuset** et helle, hvor de kunne føle sig velkomne og få hjælp til de første praktiske spørgsmål.

        ## Alle kræfter under samme tag

        Huset samlede hjælpen ét sted. En af Børn og Unges konsulenter for frivillighed var daglig koordinator, og fra første dag var der:

        - kommunale medarbejdere, der hjalp med skolegang, sundhed og jobsøgning
        - foreninger med sprogcafé, tolkning, hverdagsrådgivning og tøj
        - borgere, der kom ind fra gaden og spurgte, hvad de kunne gøre

        På en almindelig dag var der 15-30 kommunale medarbejdere, 10-15 frivillige og mellem 100 og 200 ukrainere i huset.

        ## Borgeren i centrum

        Det særlige var, at civilsamfundet var med fra begyndelsen, og at ukrainerne selv satte deres præg på indsatsen. Idéer til nye aktiviteter kom lige så ofte fra gæsterne som fra personalet.

        Erfaringen er klar: Når kommune, foreninger og borgere lægger deres ressourcer sammen og gør dem tilgængelige for alle, kan man skabe **meget værdi for få kommunale midler**.

        Læs hele erfaringsopsamlingen [Velkomsthuset – samskabelse med borgeren i centrum](https://aarhus-kommune.example.dk/velkomsthuset). Vil du høre, hvordan I kan bruge erfaringerne, så skriv til [frivilligteamet i Børn og Unge](mailto:frivillig@boern-og-unge.example.dk).
      `,
    },
    en: {
      title: 'The Welcome House: a safe haven built by many hands',
      summary:
        'In spring 2022 Aarhus opened a Welcome House for displaced Ukrainians. Municipal staff, associations and ordinary citizens worked side by side, and the Ukrainians themselves helped shape the house.',
      body: md`
        When the war in Ukraine forced thousands of families to flee, many of them came to Aarhus. From March to July 2022 the **Welcome House** was a safe haven where they could feel welcome and get help with the first practical questions.

        ## Every kind of help under one roof

        The house brought the help together in one place. One of the volunteering consultants from Children and Young People coordinated it day to day, and from the very first day there were:

        - municipal staff helping with school places, health care and job seeking
        - associations offering a language café, interpreting, everyday advice and clothes
        - citizens who walked in from the street and asked what they could do

        On an ordinary day the house had 15-30 municipal staff, 10-15 volunteers and between 100 and 200 Ukrainians.

        ## The citizen at the centre

        What made it special was that civil society was involved from the start, and that the Ukrainians put their own mark on the work. Ideas for new activities came as often from the guests as from the staff.

        The lesson is clear: when the municipality, associations and citizens pool their resources and make them available to everyone, you can create **a lot of value for very little public money**.

        Read the full report, [The Welcome House – co-creation with the citizen at the centre](https://aarhus-kommune.example.dk/velkomsthuset). To hear how you can use the experience, write to [the volunteering team in Children and Young People](mailto:frivillig@boern-og-unge.example.dk).
      `,
    },
  },
  {
    slug: 'boersteventer-tandsundhed-gellerup',
    theme: 'sundhed',
    organisation: 'tandplejen-aarhus',
    hero: 'boersteventer-tandboerstning',
    publishDate: '2026-04-14',
    da: {
      title: 'Børsteventer: tandplejestuderende gør tandbørstning sjovt i Gellerup',
      summary:
        'Et temamøde om ulighed i tandsundhed samlede beboere, foreninger og fagfolk. Resultatet blev et frivilligkorps af tandplejestuderende og bydelsmødre, der nu er børsteambassadører.',
      body: md`
        Børn i Gellerup har oftere huller i tænderne end børn i resten af byen. Det ville en bred kreds af mennesker gøre noget ved, da Børne- og Ungealliancen inviterede til **temamøde om tandsundhed i Gellerup**.

        ## Fra møde til handling

        Rundt om bordet sad beboere fra området, frivillige foreninger og tandplejens fagfolk. Mødet fulgte alliancens problemløsende metode: Først kortlagde deltagerne, hvilke ressourcer der allerede fandtes, og derefter aftalte de konkrete skridt.

        Det kom der tre ting ud af:

        - **Børsteventer**, et frivilligkorps af tandplejestuderende, der tager med tandplejen ud i skoleklasserne og underviser i tandsundhed med lege og aktiviteter
        - kurser for bydelsmødrene, som nu er børsteambassadører i deres egne netværk
        - en ansøgning fra foreningen Social Sundhed til en fond om at afprøve en indsats for de børn, der får den dårligste start på deres tandsundhed

        ## Næste skridt

        Projektet vil også nå de unge mellem 18 og 21 år, som ikke dukker op til tandeftersyn. Det afprøves først i Aarhus, men er tænkt til at kunne bruges i resten af landet.

        Eksemplet viser, at en konkret, lokal udfordring kan samle mange aktører, og at løsningerne ofte kommer fra uventede steder. Læs mere om alliancens temamøder på [Børne- og Ungealliancens side](https://boerne-og-ungealliancen.example.dk/temamoeder).
      `,
    },
    en: {
      title: 'Brush Buddies: dental students make tooth brushing fun in Gellerup',
      summary:
        'A theme meeting on inequality in dental health brought residents, associations and professionals together. The result was a volunteer corps of dental hygiene students, and neighbourhood mothers who now act as brushing ambassadors.',
      body: md`
        Children in Gellerup are more likely to have tooth decay than children elsewhere in the city. A wide circle of people wanted to change that when the Children and Youth Alliance called a **theme meeting on dental health in Gellerup**.

        ## From meeting to action

        Around the table sat local residents, volunteer associations and dental care professionals. The meeting followed the alliance's problem-solving method: first the participants mapped the resources that already existed, then they agreed on concrete steps.

        Three things came out of it:

        - **Børsteventer** (Brush Buddies), a volunteer corps of dental hygiene students who join the municipal dental service in school classes and teach dental health through games and activities
        - courses for the neighbourhood mothers, who are now brushing ambassadors in their own networks
        - an application from the association Social Sundhed to a foundation to test an effort for the children who get the worst start on their dental health

        ## Next steps

        The project also wants to reach young people aged 18 to 21 who do not turn up for dental check-ups. It will be tried in Aarhus first, but is designed to be used in the rest of the country.

        The example shows that a concrete, local challenge can bring many people together, and that solutions often come from unexpected places. Read more about the alliance's theme meetings on [the Children and Youth Alliance page](https://boerne-og-ungealliancen.example.dk/temamoeder).
      `,
    },
  },
  {
    slug: 'bogspiloppen-faar-lokaler',
    theme: 'samskabelse',
    organisation: 'foreningen-bogspiloppen',
    campaign: 'frivillig-for-fremtiden',
    hero: 'bogspiloppen-hoejtlaesning',
    publishDate: '2026-05-06',
    da: {
      title: 'Bogspiloppen fik lokaler under et dagtilbud i Åbyhøj',
      summary:
        'Foreningen Bogspiloppen læser og leger med børn i mere end 25 dagtilbud, men manglede et sted at være. Nu låner foreningen lokaler under et dagtilbud i Åbyhøj, og det er godt for begge parter.',
      body: md`
        Foreningen Bogspiloppen sender frivillige ud i **mere end 25 dagtilbud**, hvor de læser højt, leger med bøgerne og fortæller historier med de mindste børn. Men en forening med så mange frivillige har også brug for et sted at samles.

        ## Kommunen deler sine rum

        Børn og Unge har gennem flere år afprøvet at dele kommunens ressourcer med foreningerne. Det gælder blandt andet:

        - bygninger og mødelokaler
        - busser og andre transportmidler
        - kommunikationskanaler, så foreningerne når flere
        - viden og kurser for frivillige

        For Bogspiloppen blev løsningen lokaler under den integrerede institution Silkeborg i Åbyhøj. Her har foreningen nu plads til sine materialer, sin daglige ledelse og møder med de frivillige.

        ## Godt naboskab

        Aftalen koster kommunen meget lidt, men betyder meget for foreningen. Og børnene i huset får naboer, der elsker bøger. **Når kommune og forening deler rum, vokser tilliden**, og det bliver lettere at samarbejde næste gang.

        Har din forening brug for lokaler, kan du se ledige kommunale lokaler på [lokalebookingen](https://lokaler.aarhus-kommune.example.dk). Vil du selv være frivillig højtlæser, er Bogspiloppen med i kampagnen Frivillig for fremtiden.
      `,
    },
    en: {
      title: 'Bogspiloppen found a home under a daycare in Åbyhøj',
      summary:
        'The association Bogspiloppen reads and plays with children in more than 25 daycares, but had nowhere to be. Now it borrows rooms under a daycare in Åbyhøj, and both sides benefit.',
      body: md`
        The association Bogspiloppen sends volunteers to **more than 25 daycares**, where they read aloud, play with books and tell stories with the youngest children. But an association with that many volunteers also needs a place to meet.

        ## The municipality shares its rooms

        For several years Children and Young People has tried sharing the municipality's resources with associations. Among other things:

        - buildings and meeting rooms
        - buses and other transport
        - communication channels, so associations reach more people
        - knowledge and courses for volunteers

        For Bogspiloppen the answer was rooms under the integrated daycare Silkeborg in Åbyhøj. The association now has space for its materials, its day-to-day management and meetings with its volunteers.

        ## Good neighbours

        The arrangement costs the municipality very little but means a lot to the association. And the children in the house get neighbours who love books. **When the municipality and an association share rooms, trust grows**, and the next collaboration becomes easier.

        If your association needs premises, see the available municipal rooms in [the room booking](https://lokaler.aarhus-kommune.example.dk). If you would like to be a volunteer reader yourself, Bogspiloppen is part of the campaign Volunteer for the future.
      `,
    },
  },
  {
    slug: 'familiestoetten-toejindsamling',
    theme: 'faellesskab',
    organisation: 'familiestoetten',
    campaign: 'julehjaelp-2026',
    hero: 'familiestoetten-toejbytte',
    publishDate: '2026-06-11',
    da: {
      title: 'Familiestøtten samlede børnetøj i Nordgårdshallen',
      summary:
        'Familiestøtten forbinder familier med overskud og familier, der har det svært, så tøj og legetøj kan gå videre. Kommunen lånte foreningen en idrætshal og hjalp med at sprede budskabet.',
      body: md`
        Børn vokser hurtigt ud af tøjet. Hos mange familier ligger der poser med flyverdragter, gummistøvler og legetøj, som andre familier mangler. Det er den idé, **Familiestøtten** bygger på.

        ## En hal fuld af tøj

        Foreningen matcher familier med overskud med familier i en svær situation, så de kan dele børnetøj og legetøj. Da foreningen ville lave en stor tøjindsamling, gik flere dele af kommunen sammen om at hjælpe:

        - Børn og Unge lånte foreningen **Nordgårdshallen** til indsamlingen
        - kommunens kanaler blev brugt til en kampagne, så langt flere hørte om den
        - rådmændene for børn og unge og for sociale forhold kom forbi og hilste på de frivillige
        - Sociale Forhold og Beskæftigelse har en samarbejdsaftale med foreningen

        ## Det giver mening for begge familier

        For den familie, der giver, er det rart at vide, hvor tingene havner. For den familie, der modtager, betyder det, at der er råd til andet end det mest nødvendige. De frivillige sorterer, folder og pakker, og mange af dem kommer netop til en enkelt indsamling ad gangen.

        Vil du give en hånd med til næste indsamling, så tilmeld dig via [Familiestøttens side](https://familiestoetten.example.dk/indsamling). Indsamlingen er også en del af årets julehjælp.
      `,
    },
    en: {
      title: 'Familiestøtten collected children’s clothes in Nordgårdshallen',
      summary:
        'Familiestøtten connects families with plenty to spare and families going through a hard time, so clothes and toys can be passed on. The municipality lent the association a sports hall and helped spread the word.',
      body: md`
        Children grow out of their clothes fast. Many families have bags of snowsuits, wellies and toys that other families need. That is the idea behind **Familiestøtten**.

        ## A hall full of clothes

        The association matches families with plenty to spare with families in a difficult situation, so they can share children’s clothes and toys. When the association wanted to run a big clothes collection, several parts of the municipality joined in:

        - Children and Young People lent the association **Nordgårdshallen** for the collection
        - the municipality’s channels carried a campaign, so many more people heard about it
        - the city councillors for children and for social affairs came by to greet the volunteers
        - Social Affairs and Employment has a cooperation agreement with the association

        ## It makes sense for both families

        For the family that gives, it is good to know where things end up. For the family that receives, it means there is money for more than the bare necessities. The volunteers sort, fold and pack, and many of them come for just one collection at a time.

        To lend a hand at the next collection, sign up on [Familiestøtten’s page](https://familiestoetten.example.dk/indsamling). The collection is also part of this year’s Christmas help.
      `,
    },
  },
  {
    slug: 'traenerspirer-i-skolen',
    theme: 'boern_og_unge',
    organisation: 'lystrup-skole',
    campaign: 'frivillig-for-fremtiden',
    hero: 'traenerspirer-haandbold',
    publishDate: '2026-08-20',
    da: {
      title: 'Trænerspirer: når eleverne selv bliver de frivillige',
      summary:
        'På flere skoler uddanner elever sig til trænerspirer og hjælper til i den lokale idrætsforening. Det giver foreningerne flere hænder og eleverne en første smag på frivilligt arbejde.',
      body: md`
        Fremtidens frivillige sidder i klasselokalerne i dag. Derfor arbejder skoler, dagtilbud og klubber i Aarhus med forløb, hvor børn og unge prøver kræfter med **medborgerskab, frivillighed og foreningsliv**.

        ## Fra elev til hjælpetræner

        Et af de forløb, der vokser mest, er DGI's uddannelse til trænerspire. På Lystrup Skole har en gruppe elever fra 7. og 8. klasse taget uddannelsen, og nu hjælper de til, når de yngste spiller håndbold i den lokale forening.

        Eleverne lærer blandt andet:

        - at planlægge en lille træning og forklare en øvelse
        - at få alle med, også dem der er nye eller usikre
        - at tage ansvar og være et godt forbillede

        ## Godt for alle parter

        Foreningen får flere voksne og unge hænder. De små spillere får store forbilleder. Og eleverne oplever, at de kan gøre en forskel, og at frivilligt arbejde kan være både sjovt og lærerigt. **Mange af dem bliver ved**, også når forløbet er slut.

        Andre skoler afprøver lignende idéer, blandt andet et frivilligakademi på Frederiksbjerg Skole. Vil din skole i gang, så se mulighederne på [trænerspire-siden](https://dgi-oestjylland.example.dk/traenerspirer).
      `,
    },
    en: {
      title: 'Young coaches: when pupils become the volunteers',
      summary:
        'At several schools pupils train as young coaches and help out at the local sports club. The clubs get more hands, and the pupils get a first taste of volunteering.',
      body: md`
        The volunteers of the future are sitting in classrooms today. That is why schools, daycares and clubs in Aarhus run programmes where children and young people try out **citizenship, volunteering and club life**.

        ## From pupil to assistant coach

        One of the fastest-growing programmes is DGI's course for young coaches (trænerspirer). At Lystrup Skole a group of pupils from years 7 and 8 has taken the course, and now they help when the youngest children play handball at the local club.

        Among other things, the pupils learn:

        - to plan a short training session and explain a drill
        - to include everyone, also those who are new or unsure
        - to take responsibility and be a good role model

        ## Good for everyone

        The club gets more young and adult hands. The little players get big role models. And the pupils find that they can make a difference, and that volunteering can be both fun and instructive. **Many of them carry on** after the course ends.

        Other schools are trying similar ideas, among them a volunteering academy at Frederiksbjerg Skole. If your school wants to start, see the options on [the young coaches page](https://dgi-oestjylland.example.dk/traenerspirer).
      `,
    },
  },
  {
    slug: 'headspace-nogen-at-tale-med',
    theme: 'sundhed',
    organisation: 'headspace-aarhus',
    hero: 'headspace-samtale',
    publishDate: '2026-09-08',
    da: {
      title: 'Nogen at tale med: headspace tager imod, når livet bliver svært',
      summary:
        'Hos headspace Aarhus kan unge mellem 12 og 25 år tale med en frivillig, uden henvisning og uden at sige deres navn. Lærere og pædagoger kan finde tilbuddet på Socialkompasset.',
      body: md`
        Mange unge går med tanker, de ikke ved, hvem de skal dele med. Hos **headspace Aarhus** kan de komme ind fra gaden, ringe eller skrive og tale med en uddannet frivillig om det, der fylder.

        ## Sådan fungerer det

        - Det er gratis og anonymt
        - Det kræver ingen henvisning
        - Den unge bestemmer selv, hvad samtalen skal handle om
        - Der er ofte tid til en første samtale samme uge

        ## En hjælp for fagfolk

        Lærere, pædagoger og klubmedarbejdere møder hver dag unge, der har brug for en voksen at tale med. De kan ikke altid selv være der, når behovet opstår. Med Socialkompasset kan de på få minutter finde headspace og mange andre tilbud og vise dem til den unge, **uden at ledelsen først skal ind over**.

        I de online fyraftensmøder *Mød foreningerne* har headspace fortalt om sit arbejde sammen med tre andre tilbud i kategorien *Nogen at tale med*. Optagelserne er set af flere hundrede medarbejdere efterfølgende.

        ## Frivillige gør forskellen

        De frivillige i headspace er ikke behandlere. De er voksne, der har tid, lyst og en god uddannelse i at lytte. Det er netop det, mange unge efterspørger.

        Find headspace og lignende tilbud på [Socialkompasset](https://socialkompasset.example.dk/kategori/nogen-at-tale-med).
      `,
    },
    en: {
      title: 'Someone to talk to: headspace is there when life gets hard',
      summary:
        'At headspace Aarhus young people aged 12 to 25 can talk to a volunteer, with no referral and without giving their name. Teachers and youth workers can find the service in Socialkompasset.',
      body: md`
        Many young people carry thoughts they do not know who to share with. At **headspace Aarhus** they can walk in, call or write and talk to a trained volunteer about whatever is on their mind.

        ## How it works

        - It is free and anonymous
        - No referral is needed
        - The young person decides what the conversation is about
        - There is often time for a first conversation the same week

        ## A help for professionals

        Teachers, educators and youth club staff meet young people every day who need an adult to talk to. They cannot always be there when the need arises. With Socialkompasset they can find headspace and many other services in a few minutes and show them to the young person, **without having to ask management first**.

        In the online after-work sessions *Meet the associations*, headspace presented its work together with three other services in the category *Someone to talk to*. Several hundred staff have watched the recordings since.

        ## Volunteers make the difference

        The volunteers at headspace are not therapists. They are adults with time, motivation and good training in listening. That is exactly what many young people ask for.

        Find headspace and similar services in [Socialkompasset](https://socialkompasset.example.dk/kategori/nogen-at-tale-med).
      `,
    },
  },
  {
    slug: 'natteravnene-en-aften-om-maaneden',
    theme: 'faellesskab',
    organisation: 'natteravnene',
    campaign: 'frivillig-for-fremtiden',
    hero: 'natteravne-aften',
    publishDate: '2026-10-02',
    da: {
      title: 'Natteravnene: én aften om måneden gør en forskel',
      summary:
        'Natteravnene i Gellerup går i gule jakker fredag og lørdag aften. Mange af de frivillige har travlt i hverdagen, men kan godt give én aften om måneden, og det er nok.',
      body: md`
        Når mørket falder på en fredag i Gellerup, går små hold af voksne i gule jakker ud i gaderne. De er **Natteravne**: frivillige, der er til stede, hvor de unge er, og som lytter, hjælper og ringer efter hjælp, hvis det bliver nødvendigt.

        ## Frivillighed, der passer ind i et travlt liv

        Kommunens undersøgelse af civilsamfundet fra 2023 viser, at **43 procent af aarhusianerne er frivillige**, og at tid er den største barriere for at blive det. Samtidig er de fleste frivillige i dag engageret i enkeltstående opgaver frem for faste ugentlige vagter.

        Natteravnene passer godt til det mønster:

        - du vælger selv, hvilke aftener du går
        - en tur varer typisk tre timer
        - du går altid sammen med andre
        - du får et kort introduktionsforløb, før du starter

        ## Hvad gør en natteravn?

        Mest går de og snakker. Med de unge, med butiksejerne og med hinanden. En natteravn er ikke politi eller vagt, men en voksen, der har tid. Det skaber ro, og de unge ved, hvem de kan gå til, hvis en aften tager en forkert drejning.

        Vil du prøve en enkelt tur, så skriv til [Natteravnene i Gellerup](mailto:gellerup@natteravnene.example.dk) eller læs mere på [natteravnene.example.dk](https://natteravnene.example.dk).
      `,
    },
    en: {
      title: 'Night Ravens: one evening a month makes a difference',
      summary:
        'The Night Ravens in Gellerup walk the streets in yellow jackets on Friday and Saturday evenings. Many of the volunteers are busy during the week but can give one evening a month, and that is enough.',
      body: md`
        When darkness falls on a Friday in Gellerup, small teams of adults in yellow jackets head out into the streets. They are **Night Ravens** (Natteravnene): volunteers who are present where young people are, and who listen, help and call for help if needed.

        ## Volunteering that fits a busy life

        The municipality’s 2023 survey of civil society shows that **43 per cent of people in Aarhus volunteer**, and that time is the biggest barrier to doing so. At the same time, most volunteers today take on one-off tasks rather than fixed weekly shifts.

        The Night Ravens fit that pattern well:

        - you choose which evenings you walk
        - a walk usually lasts three hours
        - you always walk with others
        - you get a short introduction before you start

        ## What does a night raven do?

        Mostly they walk and talk. With the young people, with the shopkeepers and with each other. A night raven is not the police or a guard, but an adult who has time. That brings calm, and the young people know who to turn to if an evening takes a wrong turn.

        To try a single walk, write to [the Night Ravens in Gellerup](mailto:gellerup@natteravnene.example.dk) or read more at [natteravnene.example.dk](https://natteravnene.example.dk).
      `,
    },
  },
  {
    slug: 'lokalcenter-tranbjerg-havedag',
    theme: 'aeldre',
    organisation: 'lokalcenter-tranbjerg',
    hero: 'lokalcenter-havearbejde',
    publishDate: '2026-10-27',
    da: {
      title: 'Havedag på Lokalcenter Tranbjerg samlede tre generationer',
      summary:
        'Beboere, frivillige og elever fra Tranbjerg Skole plantede højbede på Lokalcenter Tranbjerg. Dagen viser, hvordan de lokale frivilligkonsulenter gør det let at sige ja til en enkelt opgave.',
      body: md`
        En lørdag i maj var haven ved Lokalcenter Tranbjerg fuld af liv. Beboere, pårørende, frivillige og en flok elever fra Tranbjerg Skole plantede blomster og krydderurter i nye højbede, som beboerne kan nå fra en stol eller en kørestol.

        ## 2800 frivillige på lokalcentre og plejehjem

        I Sundhed og Omsorg er der omkring **2800 frivillige** på kommunens lokalcentre og plejehjem. De står for alt fra gåture og strikkecafé til banko, højtlæsning og besøg hos beboere, der sjældent får gæster.

        Bag dem står de lokale frivilligkonsulenter. De:

        - hjælper nye frivillige i gang og finder en opgave, der passer
        - taler med personalet om, hvordan frivillige og medarbejdere arbejder godt sammen
        - bygger bro til skoler, foreninger og lokale ildsjæle

        ## En dag er også frivillighed

        Havedagen er et godt eksempel på, at frivillighed ikke behøver være en fast ugentlig aftale. **Mange kom for en enkelt dag**, og flere af dem er siden vendt tilbage til caféen eller gåturene.

        For eleverne var det en del af et forløb om generationer og medborgerskab. For beboerne var det en dag med jord under neglene og nye ansigter.

        Vil du hjælpe til på et lokalcenter, så skriv til [frivilligkonsulenten i Syd](mailto:syd@lokalcentre.example.dk) eller se [lokalcentrenes frivilligside](https://lokalcentre.example.dk/frivillig).
      `,
    },
    en: {
      title: 'Garden day at Tranbjerg local centre brought three generations together',
      summary:
        'Residents, volunteers and pupils from Tranbjerg Skole planted raised beds at Tranbjerg local centre. The day shows how the local volunteer consultants make it easy to say yes to a single task.',
      body: md`
        One Saturday in May the garden at Tranbjerg local centre was full of life. Residents, relatives, volunteers and a group of pupils from Tranbjerg Skole planted flowers and herbs in new raised beds that residents can reach from a chair or a wheelchair.

        ## 2,800 volunteers at local centres and care homes

        In Health and Care there are around **2,800 volunteers** at the municipality’s local centres and care homes. They do everything from walks and knitting cafés to bingo, reading aloud and visits to residents who rarely have guests.

        Behind them are the local volunteer consultants. They:

        - help new volunteers get started and find a task that suits them
        - talk with staff about how volunteers and employees work well together
        - build bridges to schools, associations and local enthusiasts

        ## One day counts too

        The garden day shows that volunteering does not have to be a fixed weekly commitment. **Many came for a single day**, and several have since returned to the café or the walks.

        For the pupils it was part of a course on generations and citizenship. For the residents it was a day with soil under their nails and new faces.

        To help out at a local centre, write to [the volunteer consultant for the south](mailto:syd@lokalcentre.example.dk) or see [the local centres’ volunteer page](https://lokalcentre.example.dk/frivillig).
      `,
    },
  },
  {
    slug: 'kladde-eksempel',
    draft: true,
    theme: 'boern_og_unge',
    organisation: 'stavtrup-dagtilbud',
    campaign: 'frivillig-for-fremtiden',
    hero: 'stavtrup-baal',
    publishDate: '2026-12-01',
    da: {
      title: 'Kladde: Bålmanden i Stavtrup',
      summary:
        'Kladde, ikke færdig. Om en pensioneret smed, der hver fredag tænder bål for børnehavebørnene i Stavtrup, så pædagogerne kan være sammen med børnene.',
      body: md`
        **Kladde.** Teksten mangler citat fra dagtilbudslederen og godkendelse fra den frivillige.

        ## Bålet som læringsrum

        Hver fredag tænder en frivillig bål i skoven bag Stavtrup Dagtilbud. Pædagogerne kan samle børnene om bålet i stedet for at holde øje med flammerne.

        - Tjek billedets samtykker før udgivelse
        - Tilføj link til kampagnen
      `,
    },
    en: {
      title: 'Draft: The fire keeper in Stavtrup',
      summary:
        'Draft, not finished. About a retired smith who lights a campfire for the kindergarten children in Stavtrup every Friday, so the educators can be with the children.',
      body: md`
        **Draft.** The text still needs a quote from the daycare manager and approval from the volunteer.

        ## The campfire as a place to learn

        Every Friday a volunteer lights a fire in the woods behind Stavtrup Dagtilbud. The educators can gather the children around the fire instead of watching the flames.

        - Check the photo's consents before publishing
        - Add a link to the campaign
      `,
    },
  },
];
