import kommuner from './data/kommuner.json';
import {
  counties,
  countyOf,
  isMunicipalityCode,
  municipalities,
  municipality,
} from './municipalities';

describe('municipalities', () => {
  it('lists all 290 municipalities, each code once, in code order', () => {
    const codes = municipalities().map((m) => m.code);
    expect(codes).toHaveLength(290);
    expect(new Set(codes).size).toBe(290);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(municipalities().map((m) => m.name)).size).toBe(290);
  });

  it('gives every municipality a four-digit code that starts with its county code', () => {
    for (const { code, county } of municipalities()) {
      expect(code).toMatch(/^\d{4}$/);
      expect(code.slice(0, 2)).toBe(county.code);
    }
  });

  it('has as many municipalities in each county as SCB lists', () => {
    const perCounty = Object.fromEntries(
      counties().map((c) => [
        c.code,
        municipalities().filter((m) => m.county.code === c.code).length,
      ]),
    );
    expect(perCounty).toEqual({
      '01': 26,
      '03': 8,
      '04': 9,
      '05': 13,
      '06': 13,
      '07': 8,
      '08': 12,
      '09': 1,
      '10': 5,
      '12': 33,
      '13': 6,
      '14': 49,
      '17': 16,
      '18': 12,
      '19': 10,
      '20': 15,
      '21': 10,
      '22': 7,
      '23': 8,
      '24': 15,
      '25': 14,
    });
  });

  it.each([
    ['0114', 'Upplands Väsby', '01'],
    ['0139', 'Upplands-Bro', '01'],
    ['0180', 'Stockholm', '01'],
    ['0184', 'Solna', '01'],
    ['0330', 'Knivsta', '03'],
    ['0331', 'Heby', '03'],
    ['0380', 'Uppsala', '03'],
    ['0580', 'Linköping', '05'],
    ['0643', 'Habo', '06'],
    ['0980', 'Gotland', '09'],
    ['1280', 'Malmö', '12'],
    ['1480', 'Göteborg', '14'],
    ['1880', 'Örebro', '18'],
    ['2023', 'Malung-Sälen', '20'],
    ['2480', 'Umeå', '24'],
    ['2584', 'Kiruna', '25'],
  ])('knows %s as %s in county %s', (code, name, countyCode) => {
    expect(municipality(code)).toMatchObject({ code, name, county: { code: countyCode } });
    expect(isMunicipalityCode(code)).toBe(true);
    expect(countyOf(code)?.code).toBe(countyCode);
  });

  it('knows no other code', () => {
    for (const code of [
      '0000',
      '0100',
      '0181 ',
      ' 0180',
      '180',
      '01800',
      '0199',
      '2585',
      '1600',
      'abcd',
      '',
    ]) {
      expect(municipality(code)).toBeUndefined();
      expect(isMunicipalityCode(code)).toBe(false);
      expect(countyOf(code)).toBeUndefined();
    }
  });

  it('hands out data no caller can change', () => {
    const [first] = municipalities();
    expect(Object.isFrozen(municipalities())).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.county)).toBe(true);
    expect(Object.isFrozen(counties())).toBe(true);
  });
});

describe('counties', () => {
  it('lists the 21 counties by code and name', () => {
    expect(counties()).toEqual([
      { code: '01', name: 'Stockholms län' },
      { code: '03', name: 'Uppsala län' },
      { code: '04', name: 'Södermanlands län' },
      { code: '05', name: 'Östergötlands län' },
      { code: '06', name: 'Jönköpings län' },
      { code: '07', name: 'Kronobergs län' },
      { code: '08', name: 'Kalmar län' },
      { code: '09', name: 'Gotlands län' },
      { code: '10', name: 'Blekinge län' },
      { code: '12', name: 'Skåne län' },
      { code: '13', name: 'Hallands län' },
      { code: '14', name: 'Västra Götalands län' },
      { code: '17', name: 'Värmlands län' },
      { code: '18', name: 'Örebro län' },
      { code: '19', name: 'Västmanlands län' },
      { code: '20', name: 'Dalarnas län' },
      { code: '21', name: 'Gävleborgs län' },
      { code: '22', name: 'Västernorrlands län' },
      { code: '23', name: 'Jämtlands län' },
      { code: '24', name: 'Västerbottens län' },
      { code: '25', name: 'Norrbottens län' },
    ]);
  });

  it('gives each municipality the same county object the list holds', () => {
    const stockholm = counties()[0];
    expect(countyOf('0180')).toBe(stockholm);
    expect(municipality('0114')?.county).toBe(stockholm);
  });
});

describe('the data file', () => {
  it('names SCB as its source', () => {
    expect(kommuner.source).toMatch(/^SCB .*Kommuner i kodnummerordning.*2025/);
  });
});
