/** The test server's origins (see playwright.config.ts, which sets the ports before this loads). */
const appPort = Number(process.env.KLINIK_APP_PORT ?? 5273);
const idpPort = Number(process.env.KLINIK_IDP_PORT ?? 4110);
export const APP = `http://127.0.0.1:${appPort}`;
export const IDP = `http://127.0.0.1:${idpPort}`;
