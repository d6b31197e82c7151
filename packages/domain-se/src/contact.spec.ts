import { normaliseEmail, normalisePersonName, normalisePhoneNumber } from './contact';

describe('contact details', () => {
  it('keeps names of any script with marks, hyphens and apostrophes, and refuses the rest', () => {
    for (const name of ['Åsa-Maria', 'O’Brien', 'Zoë', 'Мария', 'علي']) {
      expect(normalisePersonName(` ${name} `)).toBe(name);
    }
    for (const bad of ['', '\u0301', '--', 'a'.repeat(101), 'Robert<script>']) {
      expect(normalisePersonName(bad)).toBeNull();
    }
  });

  it('writes phone numbers as dialled and refuses what cannot be one', () => {
    expect(normalisePhoneNumber('070-123 45 67')).toBe('0701234567');
    expect(normalisePhoneNumber('+46 (8) 123 456')).toBe('+468123456');
    for (const bad of ['123', 'phone', '+46 8 123 456 789 012 34', '070-ABC']) {
      expect(normalisePhoneNumber(bad)).toBeNull();
    }
  });

  it('lower-cases the domain of an e-mail address and refuses what cannot be one', () => {
    expect(normaliseEmail(' Ida.Ek@Example.SE ')).toBe('Ida.Ek@example.se');
    for (const bad of ['ida', 'ida@', '@example.se', 'ida@example', 'i da@example.se']) {
      expect(normaliseEmail(bad)).toBeNull();
    }
  });
});
