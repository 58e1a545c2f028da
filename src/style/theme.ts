/** Named colour slots; layer code uses only these. Every theme has the same keys (tested). */
export type Theme = {
  water: string;
  land: string;
  landFocus: string;
  countryLine: string;
  admin1Line: string;
  label: string;
  labelHalo: string;
  countryLabel: string;
  side: { armenia: string; azerbaijan: string; third_party: string; independent: string };
  markerStroke: string;
  halo: string;
  settlement: string;
  settlementStroke: string;
  regionFill: string;
  regionLine: string;
  nkaoLine: string;
  selected: string;
  /** Timeline bars for claims dated only to a span of days. */
  band: string;
  /** The ring around claims a story step points at. */
  highlight: string;
};

export const lightTheme: Theme = {
  water: '#c9dbe6',
  land: '#f2efe9',
  landFocus: '#faf8f4',
  countryLine: '#8c8378',
  admin1Line: '#c8c0b4',
  label: '#3b3632',
  labelHalo: '#ffffff',
  countryLabel: '#6f665c',
  // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
  side: { armenia: '#d55e00', azerbaijan: '#0072b2', third_party: '#009e73', independent: '#6b6b6b' },
  markerStroke: '#ffffff',
  halo: '#000000',
  settlement: '#7a1f1f',
  settlementStroke: '#ffffff',
  regionFill: '#b58900',
  regionLine: '#7a5c00',
  nkaoLine: '#5b4a8a',
  selected: '#111111',
  band: '#8c7a66',
  highlight: '#f0b400',
};

/** Stronger contrast for classroom projectors. */
export const projectorTheme: Theme = {
  water: '#a9c6d9',
  land: '#ffffff',
  landFocus: '#ffffff',
  countryLine: '#333333',
  admin1Line: '#999999',
  label: '#000000',
  labelHalo: '#ffffff',
  countryLabel: '#333333',
  side: { armenia: '#b34700', azerbaijan: '#005a8c', third_party: '#007a59', independent: '#444444' },
  markerStroke: '#ffffff',
  halo: '#000000',
  settlement: '#5c0000',
  settlementStroke: '#ffffff',
  regionFill: '#8a6a00',
  regionLine: '#4d3b00',
  nkaoLine: '#3d2f66',
  selected: '#000000',
  band: '#5e4f3f',
  highlight: '#c98f00',
};

export const themes = { light: lightTheme, projector: projectorTheme } as const;
export type ThemeName = keyof typeof themes;
