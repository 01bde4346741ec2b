import { md } from './types';
import type { CampaignSeed } from './types';

/**
 * Volunteer recruitment campaigns. All three run around the demo date
 * (2026-11-23). Campaign photos are only photos cleared for print and social.
 */
export const campaigns: CampaignSeed[] = [
  {
    slug: 'frivillig-for-fremtiden',
    ctaKind: 'signup',
    organisations: [
      'boerns-voksenvenner',
      'foreningen-bogspiloppen',
      'homestart',
      'laer-for-livet',
      'natteravnene',
      'red-barnet',
      'red-barnet-ungdom',
      'skyggeboern',
      'ungdommens-roede-kors',
      'headspace-aarhus',
      'frivilligcenter-aarhus',
      'tranbjerg-skole',
      'stavtrup-dagtilbud',
    ],
    startsAt: '2026-09-01',
    endsAt: '2027-01-31',
    photos: [
      'frivillig-for-fremtiden-faelles',
      'stavtrup-baal',
      'lektiecafe-tranbjerg',
      'traenerspirer-haandbold',
      'bogspiloppen-hoejtlaesning',
    ],
    coordinator: {
      name: 'Frivilligteamet i Børn og Unge',
      email: 'frivillig@boern-og-unge.example.dk',
      phone: '87 13 50 02',
      url: 'https://boern-og-unge.example.dk/frivillig-for-fremtiden',
    },
    da: {
      headline: 'Bliv frivillig for fremtiden – for børn og unge i Aarhus',
      pitch:
        'Læs højt i en børnehave, hjælp med lektier, tænd et bål eller vær voksenven. Foreningerne og kommunens skoler og dagtilbud søger frivillige sammen. Giv et par timer en gang imellem eller fast hver uge.',
      body: md`
        Børnene og de unge i Aarhus har brug for flere voksne, der har tid. **Frivillig for fremtiden** er den fælles kampagne for foreningerne i børne- og ungenetværket og for kommunens skoler og dagtilbud. I stedet for at konkurrere om de samme frivillige søger vi sammen, så flere finder en opgave, der passer.

        ## Sådan kan du hjælpe

        - læse højt eller lege med bøger i et dagtilbud
        - hjælpe i en lektiecafé en eftermiddag om ugen
        - tage med på ferielejr eller en tur i skoven
        - være voksenven for et barn
        - gå en tur som natteravn en fredag aften

        ## Du bestemmer selv, hvor meget

        De fleste frivillige i dag giver en hånd med ind imellem frem for hver uge. Det er helt i orden. Skriv, hvad du har lyst til, og hvor meget tid du har, så finder vi en opgave sammen med foreningerne.

        Opgaver med børn kræver en børneattest. Den klarer vi for dig.
      `,
      ctaLabel: 'Meld dig som frivillig',
      packHeadline: 'Bliv frivillig hos os',
      packText:
        'Har du et par timer til overs? Vi søger frivillige, der vil læse højt, hjælpe med lektier eller bare være en ekstra voksen. Du bestemmer selv, hvor meget tid du giver. Scan koden og meld dig – vi kontakter dig.',
    },
    en: {
      headline: 'Volunteer for the future – for children and young people in Aarhus',
      pitch:
        'Read aloud at a kindergarten, help with homework, light a campfire or be an adult friend. The associations and the city’s schools and daycares are recruiting together. Give a few hours now and then, or every week.',
      body: md`
        Children and young people in Aarhus need more adults who have time. **Volunteer for the future** is the joint campaign of the associations in the children-and-youth network and the municipality’s schools and daycares. Instead of competing for the same volunteers, we recruit together, so more people find a task that suits them.

        ## How you can help

        - read aloud or play with books at a daycare
        - help at a homework café one afternoon a week
        - join a holiday camp or a trip to the woods
        - be an adult friend to a child
        - walk as a night raven on a Friday evening

        ## You decide how much

        Most volunteers today lend a hand now and then rather than every week. That is perfectly fine. Tell us what you would like to do and how much time you have, and we will find a task together with the associations.

        Tasks with children require a child protection certificate. We take care of it for you.
      `,
      ctaLabel: 'Sign up as a volunteer',
      packHeadline: 'Volunteer with us',
      packText:
        'Do you have a few hours to spare? We are looking for volunteers to read aloud, help with homework or simply be an extra adult. You decide how much time you give. Scan the code and sign up – we will contact you.',
    },
  },
  {
    slug: 'lektiecafe-frivillige',
    ctaKind: 'signup',
    organisations: [
      'ungdommens-roede-kors',
      'red-barnet-ungdom',
      'leg-og-laer-i-frydenlund',
      'foreningen-for-uddannelse-og-trivsel',
      'tranbjerg-skole',
      'tovshoejskolen',
    ],
    startsAt: '2026-10-15',
    endsAt: '2027-03-31',
    photos: ['lektiecafe-tranbjerg', 'frivillig-for-fremtiden-faelles'],
    coordinator: {
      name: 'Frivilligteamet i Børn og Unge',
      email: 'lektiecafe@boern-og-unge.example.dk',
      phone: '87 13 50 06',
    },
    da: {
      headline: 'Lektiecaféerne mangler voksne til vinteren',
      pitch:
        'Kan du forklare en brøk eller lytte til en elev, der læser højt? Lektiecaféer i Gellerup, Frydenlund og Tranbjerg søger frivillige to timer om ugen. Du behøver ikke være lærer.',
      body: md`
        I lektiecaféerne får børn og unge hjælp til matematik, dansk og engelsk, og de får en voksen, der har tid til dem. Mange elever har ikke nogen derhjemme, der kan hjælpe, og her gør **to timer om ugen** en stor forskel.

        ## Det får du

        - en fast eftermiddag i en lektiecafé tæt på, hvor du bor
        - en introduktion og en kontaktperson på stedet
        - netværksmøder med andre frivillige og oplæg fra Børn og Unges fagkonsulenter

        Du skal være mindst 16 år og have en børneattest, som vi hjælper dig med.
      `,
      ctaLabel: 'Jeg vil hjælpe med lektier',
      packHeadline: 'Hjælp med lektier – to timer om ugen',
      packText:
        'Vores lektiecafé søger frivillige, der vil hjælpe børn med lektier en eftermiddag om ugen. Du behøver ikke være lærer – bare tålmodig og nysgerrig. Scan koden og meld dig.',
    },
    en: {
      headline: 'The homework cafés need adults this winter',
      pitch:
        'Can you explain a fraction or listen to a pupil reading aloud? Homework cafés in Gellerup, Frydenlund and Tranbjerg are looking for volunteers two hours a week. You do not need to be a teacher.',
      body: md`
        At the homework cafés children and young people get help with maths, Danish and English, and they get an adult who has time for them. Many pupils have no one at home who can help, and here **two hours a week** make a big difference.

        ## What you get

        - a fixed afternoon at a homework café close to where you live
        - an introduction and a contact person on site
        - network meetings with other volunteers and talks by the municipality’s subject consultants

        You must be at least 16 and have a child protection certificate, which we will help you with.
      `,
      ctaLabel: 'I want to help with homework',
      packHeadline: 'Help with homework – two hours a week',
      packText:
        'Our homework café is looking for volunteers to help children with their homework one afternoon a week. You do not need to be a teacher – just patient and curious. Scan the code and sign up.',
    },
  },
  {
    slug: 'julehjaelp-2026',
    ctaKind: 'link',
    ctaUrl: 'https://julehjaelp.example.dk/aarhus-2026',
    organisations: ['red-barnet', 'familiestoetten', 'citykirken', 'folkekirkens-familiestoette'],
    startsAt: '2026-11-01',
    endsAt: '2026-12-24',
    photos: ['familiestoetten-toejbytte', 'frivillig-for-fremtiden-faelles'],
    coordinator: {
      name: 'Frivilligcenter Aarhus',
      email: 'jul@frivilligcenter-aarhus.example.dk',
      phone: '87 13 20 30',
      url: 'https://julehjaelp.example.dk/aarhus-2026',
    },
    da: {
      headline: 'Julehjælp 2026: giv en hånd med i december',
      pitch:
        'Pak julekurve, sortér tøj og legetøj eller dæk bord til juleaften. Foreningerne i Aarhus søger frivillige til enkeltstående opgaver i december. Én eftermiddag er nok.',
      body: md`
        For mange familier er december en dyr og ensom måned. Foreningerne i Aarhus hjælper med julekurve, gaver, tøj og et sted at holde juleaften, og **de har brug for ekstra hænder** i de sidste uger før jul.

        ## Opgaver i december

        - pak og uddel julekurve med Red Barnet
        - sortér tøj og legetøj med Familiestøtten
        - lav mad og dæk bord til juleaften i Citykirken

        Alle opgaver er enkeltstående, og du kan melde dig til én eller flere. Tilmeldingen foregår på foreningernes fælles julehjælpsside.
      `,
      ctaLabel: 'Se opgaverne i december',
      packHeadline: 'Giv en hånd med til jul',
      packText:
        'Foreningerne i Aarhus søger frivillige til julekurve, tøjindsamling og juleaften. Alle opgaver er enkeltstående – én eftermiddag er nok. Scan koden og find en opgave.',
    },
    en: {
      headline: 'Christmas help 2026: lend a hand in December',
      pitch:
        'Pack Christmas hampers, sort clothes and toys or set the table for Christmas Eve. The associations in Aarhus are looking for volunteers for one-off tasks in December. One afternoon is enough.',
      body: md`
        For many families December is an expensive and lonely month. The associations in Aarhus help with Christmas hampers, presents, clothes and a place to spend Christmas Eve, and **they need extra hands** in the last weeks before Christmas.

        ## Tasks in December

        - pack and hand out Christmas hampers with Red Barnet
        - sort clothes and toys with Familiestøtten
        - cook and set the table for Christmas Eve at Citykirken

        All tasks are one-off, and you can sign up for one or more. Sign-up is on the associations’ joint Christmas help page.
      `,
      ctaLabel: 'See the December tasks',
      packHeadline: 'Lend a hand this Christmas',
      packText:
        'The associations in Aarhus are looking for volunteers for Christmas hampers, a clothes collection and Christmas Eve. All tasks are one-off – one afternoon is enough. Scan the code and find a task.',
    },
  },
];
