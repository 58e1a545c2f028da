/**
 * Named colour slots, by role: the map's layers, the marker images, the legend, the exported PNG
 * and (as CSS custom properties, see ui/theme-vars.ts) the page all read their colours from here.
 * Every theme has the same keys (tested); no colour is written anywhere else (tested).
 */
export type Theme = {
  // The map
  water: string;
  land: string;
  landFocus: string;
  countryLine: string;
  admin1Line: string;
  label: string;
  labelHalo: string;
  countryLabel: string;
  /**
   * Colours for the built-in dataset's claimant groups, by group id: a theme can tune them (the
   * projector theme darkens them). Any other group takes the dataset's own colour or a palette
   * colour (style/group-colours.ts).
   */
  side: Readonly<Record<string, string>>;
  /** Marks that stand for no group: the legend's shape and precision keys. */
  markerNeutral: string;
  /** The outline around a side-coloured mark: markers, checkbox swatches, the timeline's marks. */
  markerStroke: string;
  /** Inside a hollow ("in the direction of") marker, drawn at style/markers.ts HOLLOW_FILL_OPACITY. */
  hollowFill: string;
  halo: string;
  settlement: string;
  settlementStroke: string;
  regionFill: string;
  regionLine: string;
  nkaoLine: string;
  /** The ring around the claim open in the details panel. */
  selected: string;
  /** Timeline bars for claims dated only to a span of days. */
  band: string;
  /** The ring around claims a story step points at; the story panel's border, the current step. */
  highlight: string;

  // The page
  /** The page behind everything; the bottom bar and the phone sheet. */
  page: string;
  /** Raised surfaces: buttons, the details panel, chips, badges, the slider's thumb. */
  panel: string;
  text: string;
  /** Secondary text: notes, column heads, dates. */
  textMuted: string;
  link: string;
  /** Rules between parts of the page and around panels. */
  border: string;
  /** Rules between the rows of the claims table. */
  borderSubtle: string;
  /** The outline of buttons and text fields. */
  controlBorder: string;
  controlHover: string;
  /** The keyboard focus ring. */
  focus: string;
  /** The selected (and hovered) table row, the current language. */
  selectedBackground: string;
  /** The claim open in the details panel, among its linked claims. */
  currentBackground: string;
  /** The "claims from both sides" note in the details panel. */
  callout: string;
  warningBackground: string;
  warningBorder: string;
  warningText: string;
  /** Shadows under panels and sheets, used see-through (CSS color-mix). */
  shadow: string;
  /** Behind the share dialog, used see-through (CSS color-mix). */
  backdrop: string;
  // The timeline
  sliderTrack: string;
  /** The part of the slider's track inside the window. */
  sliderRange: string;
  /** The slider's thumb ring, a hovered date band, the story steps' numbers. */
  timelineInk: string;
  // Story mode
  storyBackground: string;
  /** A story step's mark under the slider (the current one is `highlight`). */
  storyMark: string;
  storyMarkBorder: string;
  // Exported images and prints
  /** The background of the exported PNG and of a print. */
  paper: string;
  /** The border of the note a print shows when the map could not be drawn. */
  paperBorder: string;
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
  markerNeutral: '#6b6b6b',
  markerStroke: '#ffffff',
  hollowFill: '#ffffff',
  halo: '#000000',
  settlement: '#7a1f1f',
  settlementStroke: '#ffffff',
  regionFill: '#b58900',
  regionLine: '#7a5c00',
  nkaoLine: '#5b4a8a',
  selected: '#111111',
  band: '#8c7a66',
  highlight: '#f0b400',

  page: '#fbfaf7',
  panel: '#ffffff',
  text: '#1f1d1a',
  textMuted: '#5c5650',
  link: '#0b5cad',
  border: '#d6d0c8',
  borderSubtle: '#eee8df',
  controlBorder: '#8a8278',
  controlHover: '#f0ede8',
  focus: '#ffbf47',
  selectedBackground: '#efe9df',
  currentBackground: '#faf6ee',
  callout: '#f6f1e7',
  warningBackground: '#fff3cd',
  warningBorder: '#e0c36b',
  warningText: '#8a4b00',
  shadow: '#000000',
  backdrop: '#000000',
  sliderTrack: '#ddd6cc',
  sliderRange: '#6d5f4e',
  timelineInk: '#3b3228',
  storyBackground: '#fffdf5',
  storyMark: '#fff6d6',
  storyMarkBorder: '#8a6a00',
  paper: '#ffffff',
  paperBorder: '#999999',
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
  markerNeutral: '#444444',
  markerStroke: '#ffffff',
  hollowFill: '#ffffff',
  halo: '#000000',
  settlement: '#5c0000',
  settlementStroke: '#ffffff',
  regionFill: '#8a6a00',
  regionLine: '#4d3b00',
  nkaoLine: '#3d2f66',
  selected: '#000000',
  band: '#5e4f3f',
  highlight: '#c98f00',

  page: '#ffffff',
  panel: '#ffffff',
  text: '#000000',
  textMuted: '#333333',
  link: '#003d80',
  border: '#666666',
  borderSubtle: '#999999',
  controlBorder: '#333333',
  controlHover: '#dddddd',
  focus: '#e07800',
  selectedBackground: '#e3d9c6',
  currentBackground: '#f0e9d8',
  callout: '#ede4d0',
  warningBackground: '#ffe38a',
  warningBorder: '#8a6a00',
  warningText: '#5c3200',
  shadow: '#000000',
  backdrop: '#000000',
  sliderTrack: '#aaaaaa',
  sliderRange: '#333333',
  timelineInk: '#000000',
  storyBackground: '#ffffff',
  storyMark: '#ffe38a',
  storyMarkBorder: '#4d3b00',
  paper: '#ffffff',
  paperBorder: '#333333',
};

export const themes = { light: lightTheme, projector: projectorTheme } as const;
export type ThemeName = keyof typeof themes;

/** Colours for groups that name none: d3-scale-chromatic's schemeTableau10, copied so that importing
 * it does not put all of d3's colour modules in the first view. */
export const TABLEAU10 = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];
