import { describe, expect, it } from 'vitest';
import { PackError, charsThatFitForTest, makePack, planPack, printNeeds } from './helpers.js';
import { input, photoBytes } from './fixtures.js';

/** The rules: rights, photo size, text limits measured with the font, and bad input. */
async function refusal(promise) {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return error;
  }
  throw new Error('expected the pack to be refused');
}

describe('rights', () => {
  const cases = [
    ['consent_withdrawn', 'har trukket sit samtykke tilbage', { print: 'consent_withdrawn', social: 'consent_withdrawn' }],
    ['consent_expired', 'samtykket fra de afbildede personer er udløbet', { print: 'consent_expired', social: 'consent_expired' }],
    ['not_allowed_for_print', 'må ikke bruges på tryk', { print: 'not_allowed_for_print', social: null }],
    ['not_allowed_for_social', 'må ikke bruges på sociale medier', { print: null, social: 'not_allowed_for_social' }],
  ];
  for (const [code, words, rights] of cases) {
    it(`refuses a photo: ${code}, naming the reason in Danish`, async () => {
      const error = await refusal(makePack(await input({}, { rights })));
      expect(error.code).toBe(code);
      expect(error.field).toBe('photo');
      expect(error.message).toContain('Fotoet "Bål i Stavtrup" kan ikke bruges');
      expect(error.message).toContain(words);
      expect(error.messageEn).toMatch(/cannot be used/);
    });
  }
});

describe('photo size', () => {
  it('refuses a photo too small for A3 at 300 dpi, with the pixels it needs', async () => {
    const [a3] = printNeeds();
    expect(a3.format.id).toBe('poster-a3');
    expect(a3.width).toBe(3579);
    const error = await refusal(makePack(await input({}, { bytes: await photoBytes(3000, 2000) })));
    expect(error.code).toBe('photo_too_small');
    expect(error.message).toBe(`Fotoet "Bål i Stavtrup" er for lille til plakaten (A3) i 300 dpi: det skal være mindst ${a3.width} × ${a3.height} pixel, og det er 3000 × 2000. Vælg et større foto.`);
  });

  it('accepts the seeded photos\' size, 3600 x 2400', async () => {
    const [a3] = printNeeds();
    expect(a3.width).toBeLessThanOrEqual(3600);
    expect(a3.height).toBeLessThanOrEqual(2400);
  });

  it('refuses bytes that are not an image', async () => {
    const error = await refusal(makePack(await input({}, { bytes: new Uint8Array([1, 2, 3, 4]) })));
    expect(error.field).toBe('photo');
  });
});

describe('text limits', () => {
  it('refuses an over-long headline and says how many characters fit, measured with the font', async () => {
    // Wide letters fit fewer than narrow ones: the limit is measured, not counted.
    const wide = planError(await input({ texts: { headline: 'MWMW '.repeat(30).trim() } }));
    const narrow = planError(await input({ texts: { headline: 'ilji '.repeat(30).trim() } }));
    for (const e of [wide, narrow]) {
      expect(e.code).toBe('text_too_long');
      expect(e.field).toBe('headline');
      expect(e.message).toMatch(/^Overskriften er for lang til .+: der er plads til \d+ tegn, og den har 149\. Gør den kortere\.$/);
    }
    expect(narrow.details.fits).toBeGreaterThan(wide.details.fits * 1.5);
  });

  it('the number it names does fit, and one more word does not', async () => {
    const text = 'Vi søger frivillige der vil læse højt hjælpe med lektier gå ture i skoven tænde bål og lege med børnene hver eneste dag hele året rundt uanset vejret og årstiden og vi glæder os til at høre fra dig';
    const e = planError(await input({ texts: { headline: text } }));
    const fits = e.details.fits;
    expect(() => planPack(inputSync({ texts: { headline: text.slice(0, fits) } }))).not.toThrow();
    expect(() => planPack(inputSync({ texts: { headline: text.slice(0, fits + 6) } }))).toThrow(PackError);
  });

  it('names every field that does not fit at once', async () => {
    const e = planError(await input({ texts: { name: 'Børnehuset '.repeat(20), text: 'Ord '.repeat(400) } }));
    const fields = e.details.problems.map((p) => p.field).sort();
    expect(fields).toEqual(['name', 'text']);
    for (const p of e.details.problems) expect(p.message).toMatch(/der er plads til \d+ tegn/);
  });

  it('refuses a far too long text quickly, with its real length', async () => {
    const started = performance.now();
    const e = planError(await input({ texts: { text: 'ø'.repeat(100_000) } }));
    expect(e.message).toContain('og den har 100000');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('takes the campaign\'s texts when the institution writes none, and refuses unknown fields', async () => {
    const plan = planPack(await input({ texts: { headline: '  ', text: null } }));
    expect(plan.texts.headline).toBe('Bliv frivillig hos os');
    expect(plan.texts.text).toContain('Har du et par timer til overs?');
    expect(plan.texts.contact).toBe('Dagtilbudsleder · 87 13 31 01 · kontor@stavtrup-dagtilbud.example.dk');
    const e = planError(await input({ texts: { colour: 'red' } }));
    expect(e.code).toBe('unknown_field');
  });

  it('fits a long word by breaking it with a hyphen, never silently cutting it', async () => {
    const word = 'Børnehaveklasselederassistentuddannelse';
    const plan = planPack(await input({ texts: { headline: word } }));
    const square = plan.layouts.find((l) => l.format.id === 'square').layout;
    const lines = square.nodes.find((n) => n.field === 'headline').lines.map((l) => l.text);
    expect(lines.join('').replace(/-/g, '')).toBe(word);
    expect(charsThatFitForTest(word)).toBeGreaterThan(0);
  });
});

describe('bad input', () => {
  it('names what is missing', async () => {
    expect((await refusal(makePack(await input({ campaign: null })))).code).toBe('unknown_campaign');
    expect((await refusal(makePack(await input({ organisation: {} })))).code).toBe('unknown_organisation');
    const missing = await refusal(makePack(await input({}, { bytes: null })));
    expect(missing.code).toBe('missing_photo');
    expect(missing.message).toBe('Vælg et foto fra biblioteket.');
  });
});

function planError(data) {
  try {
    planPack(data);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return error;
  }
  throw new Error('expected a refusal');
}

let cached;
function inputSync(overrides) {
  return { ...cached, ...overrides };
}
cached = await input();
