import { createRequire } from 'node:module';

/**
 * The one brand config. Colours, fonts, the logo and the sender line come from
 * here and nowhere else: an institution chooses its texts and its photo, never
 * these. Changing the brand is a change to this file, reviewed like code.
 */
const require = createRequire(import.meta.url);

/** Pinned font files, shipped with the project through npm (never looked up on the machine). */
const fontFile = (weight) =>
  require.resolve(`@expo-google-fonts/atkinson-hyperlegible/${weight}/AtkinsonHyperlegible_${weight}.ttf`);

export const brand = Object.freeze({
  name: 'Samskab',
  /** The sender printed next to the logo on every piece. */
  sender: 'Aarhus Kommune',
  senderLine: 'Frivillig i Aarhus',
  colors: Object.freeze({
    /** Deep blue: the band behind the text. White on it has a contrast ratio of 7.4:1. */
    primary: '#005a8c',
    /** Warm yellow for the institution's name and the call to action on the blue band (5.7:1). */
    accent: '#ffd166',
    /** Text on the accent colour. */
    onAccent: '#1b1b1b',
    ink: '#1b1b1b',
    paper: '#ffffff',
    /** 100 % black in every ink, for crop marks only. */
    registration: 'registration',
  }),
  fonts: Object.freeze({
    family: 'Atkinson Hyperlegible',
    licence: 'SIL Open Font License 1.1 (Braille Institute of America)',
    regular: fontFile('400Regular'),
    bold: fontFile('700Bold'),
  }),
  /**
   * The logo: three overlapping circles ("we make it together"), drawn as
   * vector paths in a 100 x 100 box, followed by the sender's name in bold.
   */
  logo: Object.freeze({
    circles: Object.freeze([
      Object.freeze({ cx: 35, cy: 38, r: 26 }),
      Object.freeze({ cx: 65, cy: 38, r: 26 }),
      Object.freeze({ cx: 50, cy: 64, r: 26 }),
    ]),
  }),
});

/** 1 mm in PDF points. */
export const MM = 72 / 25.4;
