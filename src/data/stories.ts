/** The stories the app can play, by id; each file is fetched only when its story is opened. */
import twoDays from '../../data/stories/two-days-september-2022.json?url';

export const STORIES: Readonly<Record<string, string>> = { 'two-days-september-2022': twoDays };
export const DEFAULT_STORY = 'two-days-september-2022';
