import type { RegionCode } from '../../shared/src/auth/claims.ts';

/**
 * Danish towns with a postcode and an approximate centre (public geography), weighted by how many
 * practising specialists they get: about half of all specialists are in Region Hovedstaden
 * (../shared/domain §2.1 [V], 2019 regional skew).
 */
export interface Town {
  postalCode: string;
  city: string;
  regionCode: RegionCode;
  lat: number;
  lon: number;
  weight: number;
}

export const TOWNS: readonly Town[] = [
  { postalCode: '1050', city: 'København K', regionCode: '1084', lat: 55.6794, lon: 12.5846, weight: 14 },
  { postalCode: '1620', city: 'København V', regionCode: '1084', lat: 55.6717, lon: 12.5485, weight: 8 },
  { postalCode: '2100', city: 'København Ø', regionCode: '1084', lat: 55.7075, lon: 12.5777, weight: 8 },
  { postalCode: '2200', city: 'København N', regionCode: '1084', lat: 55.6975, lon: 12.5456, weight: 6 },
  { postalCode: '2300', city: 'København S', regionCode: '1084', lat: 55.6577, lon: 12.6034, weight: 5 },
  { postalCode: '2000', city: 'Frederiksberg', regionCode: '1084', lat: 55.6786, lon: 12.5323, weight: 7 },
  { postalCode: '2900', city: 'Hellerup', regionCode: '1084', lat: 55.7315, lon: 12.5706, weight: 8 },
  { postalCode: '2800', city: 'Kongens Lyngby', regionCode: '1084', lat: 55.7704, lon: 12.5036, weight: 6 },
  { postalCode: '2820', city: 'Gentofte', regionCode: '1084', lat: 55.7514, lon: 12.5467, weight: 4 },
  { postalCode: '2730', city: 'Herlev', regionCode: '1084', lat: 55.7237, lon: 12.4399, weight: 3 },
  { postalCode: '2600', city: 'Glostrup', regionCode: '1084', lat: 55.6664, lon: 12.4031, weight: 3 },
  { postalCode: '2630', city: 'Taastrup', regionCode: '1084', lat: 55.6517, lon: 12.2955, weight: 2 },
  { postalCode: '3400', city: 'Hillerød', regionCode: '1084', lat: 55.9268, lon: 12.3108, weight: 4 },
  { postalCode: '3000', city: 'Helsingør', regionCode: '1084', lat: 56.0361, lon: 12.6136, weight: 3 },
  { postalCode: '2970', city: 'Hørsholm', regionCode: '1084', lat: 55.8806, lon: 12.5018, weight: 3 },
  { postalCode: '3700', city: 'Rønne', regionCode: '1084', lat: 55.1009, lon: 14.7066, weight: 1 },
  { postalCode: '4000', city: 'Roskilde', regionCode: '1085', lat: 55.6415, lon: 12.0803, weight: 4 },
  { postalCode: '4600', city: 'Køge', regionCode: '1085', lat: 55.458, lon: 12.1821, weight: 3 },
  { postalCode: '4100', city: 'Ringsted', regionCode: '1085', lat: 55.4426, lon: 11.7901, weight: 1 },
  { postalCode: '4200', city: 'Slagelse', regionCode: '1085', lat: 55.4028, lon: 11.3546, weight: 2 },
  { postalCode: '4700', city: 'Næstved', regionCode: '1085', lat: 55.2299, lon: 11.7609, weight: 2 },
  { postalCode: '4300', city: 'Holbæk', regionCode: '1085', lat: 55.7158, lon: 11.7128, weight: 2 },
  { postalCode: '4800', city: 'Nykøbing F', regionCode: '1085', lat: 54.7691, lon: 11.8742, weight: 1 },
  { postalCode: '5000', city: 'Odense C', regionCode: '1083', lat: 55.3959, lon: 10.3883, weight: 7 },
  { postalCode: '5700', city: 'Svendborg', regionCode: '1083', lat: 55.0598, lon: 10.6068, weight: 1 },
  { postalCode: '6000', city: 'Kolding', regionCode: '1083', lat: 55.4904, lon: 9.4722, weight: 3 },
  { postalCode: '7100', city: 'Vejle', regionCode: '1083', lat: 55.7113, lon: 9.5364, weight: 3 },
  { postalCode: '6700', city: 'Esbjerg', regionCode: '1083', lat: 55.4765, lon: 8.4594, weight: 2 },
  { postalCode: '6400', city: 'Sønderborg', regionCode: '1083', lat: 54.9138, lon: 9.7922, weight: 1 },
  { postalCode: '7000', city: 'Fredericia', regionCode: '1083', lat: 55.5657, lon: 9.7526, weight: 1 },
  { postalCode: '8000', city: 'Aarhus C', regionCode: '1082', lat: 56.1567, lon: 10.2108, weight: 9 },
  { postalCode: '8200', city: 'Aarhus N', regionCode: '1082', lat: 56.1844, lon: 10.197, weight: 3 },
  { postalCode: '8600', city: 'Silkeborg', regionCode: '1082', lat: 56.1697, lon: 9.5451, weight: 2 },
  { postalCode: '8700', city: 'Horsens', regionCode: '1082', lat: 55.8607, lon: 9.8503, weight: 2 },
  { postalCode: '8800', city: 'Viborg', regionCode: '1082', lat: 56.4532, lon: 9.402, weight: 2 },
  { postalCode: '7400', city: 'Herning', regionCode: '1082', lat: 56.1393, lon: 8.9738, weight: 2 },
  { postalCode: '8900', city: 'Randers C', regionCode: '1082', lat: 56.4607, lon: 10.0364, weight: 2 },
  { postalCode: '7500', city: 'Holstebro', regionCode: '1082', lat: 56.3601, lon: 8.6161, weight: 1 },
  { postalCode: '9000', city: 'Aalborg', regionCode: '1081', lat: 57.0488, lon: 9.9217, weight: 5 },
  { postalCode: '9800', city: 'Hjørring', regionCode: '1081', lat: 57.4642, lon: 9.9823, weight: 1 },
  { postalCode: '9900', city: 'Frederikshavn', regionCode: '1081', lat: 57.4407, lon: 10.5366, weight: 1 },
  { postalCode: '7700', city: 'Thisted', regionCode: '1081', lat: 56.9552, lon: 8.6946, weight: 1 },
];

export const STREETS = [
  'Algade',
  'Vestergade',
  'Østergade',
  'Nørregade',
  'Søndergade',
  'Jernbanegade',
  'Torvet',
  'Kongensgade',
  'Strandvejen',
  'Parkvej',
  'Skolegade',
  'Bredgade',
  'Havnegade',
  'Slotsgade',
  'Klostergade',
  'Stationsvej',
  'Kirkevej',
  'Hovedgaden',
  'Møllevej',
  'Vesterbrogade',
] as const;

export function townByPostalCode(postalCode: string): Town | undefined {
  return TOWNS.find((town) => town.postalCode === postalCode);
}
