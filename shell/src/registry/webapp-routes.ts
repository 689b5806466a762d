/** Whether `pathname` is a webapp's route or inside it (`/aim`, `/aim/diabetes`, not `/aimless`). */
export function isUnder(pathname: string, route: string): boolean {
  return pathname === route || pathname.startsWith(`${route}/`);
}
