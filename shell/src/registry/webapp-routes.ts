/** Whether `pathname` is a webapp's route or inside it (`/aim`, `/aim/diabetes`, not `/aimless`). */
export function isUnder(pathname: string, route: string): boolean {
  return pathname === route || pathname.startsWith(`${route}/`);
}

/** The webapp whose route `pathname` is under, if any. */
export function webappAt<W extends { route: string }>(
  webapps: readonly W[],
  pathname: string,
): W | undefined {
  return webapps.find((webapp) => isUnder(pathname, webapp.route));
}
