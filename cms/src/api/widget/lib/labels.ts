import type { Locale } from './locale';

/** Citizen-facing names of the enumeration values, per locale. */
const LABELS: Record<string, Record<string, Record<Locale, string>>> = {
  category: {
    nogen_at_tale_med: { da: 'Nogen at tale med', en: 'Someone to talk to' },
    sorg: { da: 'Sorg og svær sygdom', en: 'Grief and serious illness' },
    lektiehjaelp: { da: 'Lektiehjælp', en: 'Homework help' },
    ferie: { da: 'Ferietilbud', en: 'Holiday offers' },
    julehjaelp: { da: 'Julehjælp', en: 'Christmas help' },
    faellesskab: { da: 'Fællesskab og netværk', en: 'Community and network' },
    familie: { da: 'Familie og forældre', en: 'Family and parents' },
    raadgivning: { da: 'Rådgivning', en: 'Advice' },
    fritid: { da: 'Fritid', en: 'Leisure' },
    sundhed: { da: 'Sundhed', en: 'Health' },
  },
  audience: {
    boern: { da: 'Børn', en: 'Children' },
    unge: { da: 'Unge', en: 'Young people' },
    familier: { da: 'Familier', en: 'Families' },
    voksne: { da: 'Voksne', en: 'Adults' },
    aeldre: { da: 'Ældre', en: 'Older people' },
  },
  mode: {
    fremmoede: { da: 'Fremmøde', en: 'In person' },
    telefon: { da: 'Telefon', en: 'Phone' },
    online: { da: 'Online', en: 'Online' },
  },
  commitment: {
    episodic: { da: 'Enkeltstående', en: 'One-off' },
    regular: { da: 'Fast', en: 'Regular' },
  },
  theme: {
    boern_og_unge: { da: 'Børn og unge', en: 'Children and young people' },
    sundhed: { da: 'Sundhed', en: 'Health' },
    faellesskab: { da: 'Fællesskab', en: 'Community' },
    integration: { da: 'Integration', en: 'Integration' },
    aeldre: { da: 'Ældre', en: 'Older people' },
    samskabelse: { da: 'Samskabelse', en: 'Co-creation' },
  },
};

/** The label of an enumeration value; values without a label show as they are. */
export function label(field: string, value: string, locale: Locale): string {
  return LABELS[field]?.[value]?.[locale] ?? value;
}

export function values(field: string): string[] {
  return Object.keys(LABELS[field] ?? {});
}
