// Abbreviations every Flemish reader knows without a second thought, so style.abbreviation
// (agreement 19) leaves them alone. The team's own list: household words, public services and
// units that people say as abbreviations rather than in full.
export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    // everyday
    'OK', 'TV', 'PC', 'GSM', 'SMS', 'WC', 'CD', 'DVD', 'USB', 'QR', 'PDF', 'ID', 'DNA', 'LED', 'WIFI',
    'CO2', 'AI', 'IT', 'ICT', 'GPS', 'FM', 'AM', 'PM', 'VIP', 'DJ', 'BBQ', 'EHBO', 'AED', 'COVID',
    // money and business
    'BTW', 'EUR', 'BV', 'NV', 'VZW', 'BVBA', 'KMO', 'CEO', 'IBAN', 'BIC',
    // public life in Flanders and Belgium
    'EU', 'VS', 'VN', 'NAVO', 'VRT', 'NMBS', 'MIVB', 'OCMW', 'CPAS', 'KBC', 'RSZ', 'FOD', 'RVA', 'VDAB',
    'VAB', 'PMD', 'GFT', 'KWB', 'KSA', 'KLJ', 'VTB', 'BK', 'WK', 'EK', 'OK', 'NK',
    // units, days, times
    'KM', 'KG', 'CM', 'MM', 'KW', 'KWH', 'UUR',
  ],
);
