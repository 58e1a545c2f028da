/** Day numbers standing for an open start or end of a region's period ("always"): far outside any slider. */
export const OPEN_START = -1_000_000;
export const OPEN_END = 1_000_000;
