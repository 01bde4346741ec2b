import type { PhotoSeed } from './types';

/**
 * The demo photo library. The images themselves are generated illustrations
 * (see ../media.ts, renderPhoto(art)); the consent records are what matters.
 *
 * Two photos are traps on purpose:
 * - `velkomsthuset-faellesspisning`: consent expired in 2025. It is still the
 *   hero of story `velkomsthuset`, so the API must leave the hero out.
 * - `lokalcenter-strikkecafe`: one of the two people depicted has withdrawn
 *   consent, so the photo must never be served or used in a pack.
 * All other consents are valid until 2027-2029. The dates are as of SEED_DAY
 * (../calendar.ts); the seed moves them with the day it runs.
 */
export const photos: PhotoSeed[] = [
  {
    key: 'velkomsthuset-faellesspisning',
    title: 'Fællesspisning i Velkomsthuset',
    credit: 'Foto: Aarhus Kommune, Børn og Unge',
    licence: 'own',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.45,
    focalY: 0.4,
    organisation: 'velkomsthuset',
    consents: [
      {
        personName: 'Olena Kovalenko',
        givenAt: '2022-04-12',
        expiresAt: '2025-04-12',
        note: 'Samtykke givet for tre år i forbindelse med åbningen af Velkomsthuset.',
      },
      {
        personName: 'Marianne Holst',
        givenAt: '2022-04-12',
        expiresAt: '2025-04-12',
      },
    ],
    art: { palette: ['#f2c14e', '#f78154', '#4d9078'], motif: 'table' },
    da: {
      alt: 'Ukrainske familier og frivillige sidder ved et langt bord og spiser sammen i Velkomsthuset. Bordet er dækket med skåle, brød og kander med te.',
    },
    en: {
      alt: 'Ukrainian families and volunteers eat together at a long table in the Welcome House. The table is set with bowls, bread and pots of tea.',
    },
  },
  {
    key: 'boersteventer-tandboerstning',
    title: 'Børsteventer underviser en 2. klasse',
    credit: 'Foto: Tandplejen Aarhus',
    licence: 'own',
    useWeb: true,
    usePrint: true,
    useSocial: false,
    focalX: 0.5,
    focalY: 0.45,
    organisation: 'tandplejen-aarhus',
    consents: [
      {
        personName: 'Sara Al-Hassan',
        givenAt: '2026-02-03',
        expiresAt: '2028-02-03',
        note: 'Tandplejestuderende og frivillig i Børsteventer.',
      },
      {
        personName: 'Yusuf Ahmadi',
        isMinor: true,
        guardianName: 'Leyla Ahmadi',
        givenAt: '2026-02-03',
        expiresAt: '2028-02-03',
      },
      {
        personName: 'Amina Warsame',
        isMinor: true,
        guardianName: 'Hodan Warsame',
        givenAt: '2026-02-04',
        expiresAt: '2028-02-03',
      },
    ],
    art: { palette: ['#7cc6fe', '#ffffff', '#2a6f97'], motif: 'hands' },
    da: {
      alt: 'En ung tandplejestuderende viser to elever, hvordan man børster tænder, med en stor tandbørste og en model af et tandsæt.',
    },
    en: {
      alt: 'A young dental hygiene student shows two pupils how to brush their teeth, using a giant toothbrush and a model of a set of teeth.',
    },
  },
  {
    key: 'bogspiloppen-hoejtlaesning',
    title: 'Højtlæsning med Bogspiloppen',
    credit: 'Foto: Foreningen Bogspiloppen',
    licence: 'own',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.55,
    focalY: 0.5,
    organisation: 'foreningen-bogspiloppen',
    consents: [
      {
        personName: 'Inger Bach',
        givenAt: '2025-09-15',
        expiresAt: '2028-09-15',
        note: 'Frivillig højtlæser.',
      },
      {
        personName: 'Alma Friis',
        isMinor: true,
        guardianName: 'Katrine Friis',
        givenAt: '2025-09-15',
        expiresAt: '2027-12-31',
      },
    ],
    art: { palette: ['#ffd6a5', '#e76f51', '#264653'], motif: 'books' },
    da: {
      alt: 'En ældre frivillig læser højt af en billedbog for en lille gruppe børnehavebørn, der sidder på puder på gulvet.',
    },
    en: {
      alt: 'An older volunteer reads a picture book aloud to a small group of kindergarten children sitting on cushions on the floor.',
    },
  },
  {
    key: 'familiestoetten-toejbytte',
    title: 'Tøjindsamling i Nordgårdshallen',
    credit: 'Foto: Familiestøtten',
    licence: 'cc_by',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.5,
    focalY: 0.55,
    organisation: 'familiestoetten',
    consents: [
      {
        personName: 'Louise Kjær',
        givenAt: '2026-05-20',
        expiresAt: '2029-05-20',
      },
      {
        personName: 'Ahmed Rahimi',
        givenAt: '2026-05-20',
        expiresAt: '2029-05-20',
      },
    ],
    art: { palette: ['#cdb4db', '#ffafcc', '#3d5a80'], motif: 'table' },
    da: {
      alt: 'To frivillige sorterer børnetøj i stakke på lange borde i en idrætshal. Bag dem står poser og kasser med legetøj.',
    },
    en: {
      alt: 'Two volunteers sort children’s clothes into piles on long tables in a sports hall. Behind them are bags and boxes of toys.',
    },
  },
  {
    key: 'lektiecafe-tranbjerg',
    title: 'Lektiecaféen på Tranbjerg Skole',
    credit: 'Foto: Aarhus Kommune, Børn og Unge',
    licence: 'own',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.4,
    focalY: 0.45,
    organisation: 'tranbjerg-skole',
    consents: [
      {
        personName: 'Jens Mikkelsen',
        givenAt: '2026-08-25',
        expiresAt: '2029-08-25',
        note: 'Frivillig i lektiecaféen.',
      },
      {
        personName: 'Noah Lund',
        isMinor: true,
        guardianName: 'Camilla Lund',
        givenAt: '2026-08-25',
        expiresAt: '2028-07-31',
      },
    ],
    art: { palette: ['#a8dadc', '#457b9d', '#f4a261'], motif: 'books' },
    da: {
      alt: 'En frivillig i strikketrøje hjælper en elev med en matematikopgave ved et bord i skolens bibliotek.',
    },
    en: {
      alt: 'A volunteer in a knitted jumper helps a pupil with a maths exercise at a table in the school library.',
    },
  },
  {
    key: 'stavtrup-baal',
    title: 'Bål i skoven med Stavtrup Dagtilbud',
    credit: 'Foto: Aarhus Kommune, Børn og Unge',
    licence: 'own',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.5,
    focalY: 0.6,
    organisation: 'stavtrup-dagtilbud',
    consents: [
      {
        personName: 'Poul Erik Thomsen',
        givenAt: '2026-09-10',
        expiresAt: '2029-09-10',
        note: 'Frivillig bålmand.',
      },
      {
        personName: 'Ella Nørgaard',
        isMinor: true,
        guardianName: 'Mads Nørgaard',
        givenAt: '2026-09-10',
        expiresAt: '2029-06-30',
      },
      {
        personName: 'Karl Madsen',
        isMinor: true,
        guardianName: 'Sofie Madsen',
        givenAt: '2026-09-11',
        expiresAt: '2029-06-30',
      },
    ],
    art: { palette: ['#b7e4c7', '#2d6a4f', '#f77f00'], motif: 'trees' },
    da: {
      alt: 'En frivillig med skæg tænder et bål i skoven, mens tre børnehavebørn i flyverdragter ser på fra en træstamme.',
    },
    en: {
      alt: 'A bearded volunteer lights a campfire in the woods while three kindergarten children in snowsuits watch from a log.',
    },
  },
  {
    key: 'natteravne-aften',
    title: 'Natteravne på gaden en fredag aften',
    credit: 'Foto: Natteravnene',
    licence: 'purchased',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.5,
    focalY: 0.4,
    organisation: 'natteravnene',
    consents: [
      {
        personName: 'Hanne Vestergaard',
        givenAt: '2026-03-06',
        expiresAt: '2028-03-06',
      },
      {
        personName: 'Bilal Chaudhry',
        givenAt: '2026-03-06',
        expiresAt: '2028-03-06',
      },
    ],
    art: { palette: ['#14213d', '#fca311', '#e5e5e5'], motif: 'city' },
    da: {
      alt: 'To natteravne i gule jakker går side om side ad en oplyst gade en mørk aften.',
    },
    en: {
      alt: 'Two night ravens in yellow jackets walk side by side along a lit street on a dark evening.',
    },
  },
  {
    key: 'headspace-samtale',
    title: 'En samtale i headspace',
    credit: 'Foto: headspace Aarhus',
    licence: 'cc_by_sa',
    useWeb: true,
    usePrint: false,
    useSocial: true,
    focalX: 0.5,
    focalY: 0.5,
    organisation: 'headspace-aarhus',
    consents: [
      {
        personName: 'Freja Damgaard',
        givenAt: '2026-01-14',
        expiresAt: '2028-01-14',
        note: 'Kun hænder og krus er med i billedet.',
      },
    ],
    art: { palette: ['#ffe5ec', '#fb6f92', '#5e548e'], motif: 'hands' },
    da: {
      alt: 'Nærbillede af to hænder, der holder om hver sit krus te på et bord, under en rolig samtale.',
    },
    en: {
      alt: 'Close-up of two pairs of hands, each holding a mug of tea on a table, during a calm conversation.',
    },
  },
  {
    key: 'lokalcenter-strikkecafe',
    title: 'Strikkecafé på Lokalcenter Lystrup',
    credit: 'Foto: Aarhus Kommune, Sundhed og Omsorg',
    licence: 'own',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.5,
    focalY: 0.45,
    organisation: 'lokalcenter-lystrup',
    consents: [
      {
        personName: 'Grethe Poulsen',
        givenAt: '2025-10-01',
        expiresAt: '2028-10-01',
      },
      {
        personName: 'Bent Iversen',
        givenAt: '2025-10-01',
        expiresAt: '2028-10-01',
        withdrawn: true,
        withdrawnAt: '2026-09-14',
        note: 'Samtykket er trukket tilbage skriftligt. Billedet må ikke bruges igen.',
      },
    ],
    art: { palette: ['#f6bd60', '#84a59d', '#f28482'], motif: 'people' },
    da: {
      alt: 'Fire ældre sidder i en rundkreds og strikker, mens en frivillig skænker kaffe op.',
    },
    en: {
      alt: 'Four older people sit in a circle knitting while a volunteer pours coffee.',
    },
  },
  {
    key: 'traenerspirer-haandbold',
    title: 'Trænerspirer til håndbold',
    credit: 'Foto: DGI Østjylland',
    licence: 'cc_by',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.6,
    focalY: 0.4,
    organisation: 'dgi-oestjylland',
    consents: [
      {
        personName: 'Mathilde Krogh',
        isMinor: true,
        guardianName: 'Anne Krogh',
        givenAt: '2026-04-22',
        expiresAt: '2028-04-22',
        note: 'Trænerspire, 14 år.',
      },
      {
        personName: 'Oliver Søndergaard',
        isMinor: true,
        guardianName: 'Lars Søndergaard',
        givenAt: '2026-04-22',
        expiresAt: '2028-04-22',
      },
    ],
    art: { palette: ['#ffbe0b', '#3a86ff', '#8338ec'], motif: 'people' },
    da: {
      alt: 'To teenagere i trænertrøjer viser en gruppe yngre børn en øvelse med håndbolde i en idrætshal.',
    },
    en: {
      alt: 'Two teenagers in coaching shirts show a group of younger children a drill with handballs in a sports hall.',
    },
  },
  {
    key: 'frivillig-for-fremtiden-faelles',
    title: 'Frivillige for fremtiden',
    credit: 'Foto: Aarhus Kommune, Børn og Unge',
    licence: 'own',
    useWeb: true,
    usePrint: true,
    useSocial: true,
    focalX: 0.5,
    focalY: 0.35,
    organisation: 'boern-og-unge-frivillighed',
    consents: [
      {
        personName: 'Birgitte Laursen',
        givenAt: '2026-06-02',
        expiresAt: '2029-06-02',
      },
      {
        personName: 'Mohammed Ali',
        givenAt: '2026-06-02',
        expiresAt: '2029-06-02',
      },
      {
        personName: 'Ida Juhl',
        givenAt: '2026-06-02',
        expiresAt: '2029-06-02',
      },
    ],
    art: { palette: ['#06d6a0', '#118ab2', '#ffd166'], motif: 'people' },
    da: {
      alt: 'Tre frivillige i forskellige aldre står smilende foran en skolegård og vinker til fotografen.',
    },
    en: {
      alt: 'Three volunteers of different ages stand smiling in front of a school playground and wave at the photographer.',
    },
  },
  {
    key: 'lokalcenter-havearbejde',
    title: 'Havedag på Lokalcenter Tranbjerg',
    credit: 'Foto: Aarhus Kommune, Sundhed og Omsorg',
    licence: 'own',
    useWeb: true,
    usePrint: false,
    useSocial: true,
    focalX: 0.45,
    focalY: 0.55,
    organisation: 'lokalcenter-tranbjerg',
    consents: [
      {
        personName: 'Kirsten Andersen',
        givenAt: '2026-05-09',
        expiresAt: '2027-05-09',
        note: 'Beboer på lokalcentret.',
      },
      {
        personName: 'Emil Rasmussen',
        givenAt: '2026-05-09',
        expiresAt: '2027-05-09',
      },
    ],
    art: { palette: ['#d8f3dc', '#95d5b2', '#bc6c25'], motif: 'trees' },
    da: {
      alt: 'En ung frivillig og en ældre beboer planter blomster sammen i et højbed i lokalcentrets have.',
    },
    en: {
      alt: 'A young volunteer and an older resident plant flowers together in a raised bed in the local centre’s garden.',
    },
  },
];
