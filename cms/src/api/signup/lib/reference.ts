import { randomInt } from 'node:crypto';

/**
 * A reference a person can read aloud on the phone: `FRV-7K3Q-9M2D`. No 0/O,
 * 1/I/L or U/V, so nothing is misheard or misread; 28^8 (about 3.8e11) values.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const REFERENCE_PATTERN = /^FRV-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}$/;

export function newReference(): string {
  const pick = () => Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `FRV-${pick()}-${pick()}`;
}
