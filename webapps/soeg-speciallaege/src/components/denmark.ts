/**
 * A coarse outline of Denmark (lon, lat), enough to place results without a tile server: the demo
 * and clinics on locked-down networks have no internet map. Not for navigation.
 */
export const DENMARK: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
  // Jylland
  [
    [8.1, 55.55],
    [8.6, 55.45],
    [8.65, 54.91],
    [9.45, 54.83],
    [9.75, 55.0],
    [9.6, 55.5],
    [9.9, 55.75],
    [10.3, 56.0],
    [10.6, 56.2],
    [10.9, 56.45],
    [10.35, 56.6],
    [10.3, 56.95],
    [10.6, 57.45],
    [10.55, 57.75],
    [9.9, 57.55],
    [9.4, 57.15],
    [8.6, 57.1],
    [8.2, 56.75],
    [8.1, 56.3],
    [8.15, 55.95],
  ],
  // Fyn
  [
    [9.75, 55.5],
    [10.2, 55.6],
    [10.75, 55.45],
    [10.8, 55.1],
    [10.4, 55.0],
    [9.95, 55.1],
    [9.7, 55.3],
  ],
  // Sjælland
  [
    [11.1, 55.35],
    [11.2, 55.75],
    [11.6, 55.95],
    [12.0, 56.1],
    [12.6, 56.05],
    [12.55, 55.7],
    [12.45, 55.55],
    [12.2, 55.4],
    [12.0, 55.15],
    [11.75, 55.05],
    [11.3, 55.15],
  ],
  // Lolland-Falster
  [
    [11.1, 54.85],
    [11.8, 54.95],
    [12.15, 54.85],
    [11.95, 54.57],
    [11.4, 54.65],
  ],
  // Bornholm
  [
    [14.7, 55.1],
    [14.9, 55.25],
    [15.15, 55.13],
    [15.05, 54.98],
    [14.75, 55.0],
  ],
];

const WEST = 7.9;
const EAST = 15.3;
const NORTH = 57.85;
const SOUTH = 54.5;
/** Longitude degrees are shorter than latitude degrees this far north (cos 56°). */
const MAP_ASPECT = ((EAST - WEST) * Math.cos((56 * Math.PI) / 180)) / (NORTH - SOUTH);
/** The map's SVG coordinates: 100 units wide, as high as the aspect makes it, so circles stay round. */
export const MAP_WIDTH = 100;
export const MAP_HEIGHT = MAP_WIDTH / MAP_ASPECT;

export function project({ lon, lat }: { lon: number; lat: number }): { x: number; y: number } {
  return {
    x: ((lon - WEST) / (EAST - WEST)) * MAP_WIDTH,
    y: ((NORTH - lat) / (NORTH - SOUTH)) * MAP_HEIGHT,
  };
}
