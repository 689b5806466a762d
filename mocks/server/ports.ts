/**
 * Where the demo's processes listen. Loopback only. Tests may move them with the environment variables.
 * The shell itself learns these from /config.json at run time, never from this file.
 */
const appPort = Number(process.env.KLINIK_APP_PORT ?? 5173);
const idpPort = Number(process.env.KLINIK_IDP_PORT ?? 4010);

export const HOST = '127.0.0.1';
export const APP_PORT = appPort;
export const IDP_PORT = idpPort;
export const APP_ORIGIN = `http://${HOST}:${appPort}`;
export const IDP_ISSUER = `http://${HOST}:${idpPort}`;
/** The OAuth client the shell uses: public, PKCE. */
export const CLIENT_ID = 'klinik-plus';
