/**
 * Synthetic organisation numbers (ADR 0030): group digit 4, which Skatteverket assigns to no legal
 * form, so no real organisation can hold one; then `020`, a five-digit serial and the Luhn check
 * digit. `4020000016` is serial 1. They pass every validation the platform applies.
 */
export function syntheticOrganisationNumber(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 99_999) {
    throw new Error('the serial of a synthetic organisation number is 1–99 999');
  }
  const body = `4020${String(serial).padStart(5, '0')}`;
  return body + luhnCheckDigit(body);
}

function luhnCheckDigit(digits: string): number {
  const sum = [...digits].reduce((total, digit, index) => {
    const weighted = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  return (10 - (sum % 10)) % 10;
}
