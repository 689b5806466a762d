/**
 * ICPC-2-DK codes with their Danish texts ([V] hl7dk/dk-core icpcdk.fsh, via ../shared/domain §5.2).
 * `chronic` marks the diagnoses the generator gives patients (offered first in filters);
 * `aim` links a code to the RKKP database whose population it defines.
 */
export type AimDatabaseId = 'ddid' | 'drkol' | 'afdk' | 'drastma' | 'dhd';

export interface IcpcCode {
  code: string;
  text: string;
  chronic: boolean;
  aim?: AimDatabaseId;
}

const code = (code: string, text: string, chronic = false, aim?: AimDatabaseId): IcpcCode => ({
  code,
  text,
  chronic,
  ...(aim ? { aim } : {}),
});

export const ICPC_CODES: readonly IcpcCode[] = [
  code('T89', 'Diabetes type 1', true, 'ddid'),
  code('T90', 'Diabetes type 2', true, 'ddid'),
  code('R95', 'Kronisk obstruktiv lungesygdom', true, 'drkol'),
  code('R96', 'Astma', true, 'drastma'),
  code('K77', 'Hjertesvigt', true, 'dhd'),
  code('K78', 'Atrieflimren/flagren', true, 'afdk'),
  code('K86', 'Ukompliceret hypertension', true),
  code('T93', 'Lipidforstyrrelse', true),
  code('P76', 'Depression', true),
  code('L90', 'Artrose i knæ', true),
  code('P70', 'Demens', true),
  code('K74', 'Iskæmisk hjertesygdom med angina'),
  code('K75', 'Akut myokardieinfarkt'),
  code('K76', 'Iskæmisk hjertesygdom uden angina'),
  code('K87', 'Kompliceret hypertension'),
  code('K89', 'Forbigående cerebral iskæmi (TCI)'),
  code('K90', 'Apopleksi'),
  code('K92', 'Aterosklerose/perifer karsygdom'),
  code('T82', 'Fedme'),
  code('T83', 'Overvægt'),
  code('T85', 'Tyrotoksikose'),
  code('T86', 'Myksødem'),
  code('L88', 'Reumatoid artrit'),
  code('L89', 'Artrose i hofte'),
  code('L91', 'Anden artrose'),
  code('L95', 'Osteoporose'),
  code('P74', 'Angsttilstand'),
  code('P17', 'Tobaksmisbrug'),
  code('P15', 'Kronisk alkoholmisbrug'),
  code('N87', 'Parkinsons sygdom'),
  code('N88', 'Epilepsi'),
  code('N94', 'Perifer neuropati'),
  code('R97', 'Høfeber'),
  code('F83', 'Retinopati'),
  code('U88', 'Glomerulonefrit/nefropati'),
  code('U99', 'Urinvejssygdom IKA'),
  code('W78', 'Svangerskab'),
];
