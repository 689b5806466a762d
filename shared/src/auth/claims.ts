/**
 * The handoff's claims: the one place that names what the identity provider puts in its tokens.
 * The shell reads the ID token, the PLSP API (and its mocks) read the access token.
 */
export const ROLES = ['doctor', 'nurse', 'secretary'] as const;
export type Role = (typeof ROLES)[number];

export const REGION_CODES = ['1081', '1082', '1083', '1084', '1085'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** Claims in the ID token (scope `klinik`), from which the shell builds the signed-in user and clinic. */
export interface IdTokenClaims {
  sub: string;
  name: string;
  ydernummer: string;
  clinic_name: string;
  region_code: RegionCode;
  role: Role;
  /** Whether the user has a sundheds-id (SEB); Aftalevisning needs it. */
  sundheds_id: boolean;
  /** Doctors only: the 5-character autorisations-ID. */
  autorisations_id?: string;
}

/** Claims in the JWT access token for the PLSP API (`typ: at+jwt`). */
export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  scope: string;
  client_id: string;
  name: string;
  ydernummer: string;
  role: Role;
  sundheds_id: boolean;
  /** CPR of the patient in context, bound to the launch; absent when no patient was chosen. */
  patient?: string;
}

/** The OAuth scopes Klinik+ asks for. `plsp` is the API scope; `launch` asks for the practice system's context. */
export const KLINIK_SCOPES = 'openid profile klinik launch online_access plsp';

/** The resource indicator (RFC 8707) of the PLSP API; the access token's audience. */
export const PLSP_API_RESOURCE = 'urn:plsp:api';
