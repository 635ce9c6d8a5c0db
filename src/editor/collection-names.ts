/** The editor's collection of stories: the config's name for it and its preview template's. */
export const STORY_COLLECTION = 'stories';
