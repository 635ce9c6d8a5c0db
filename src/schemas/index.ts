export { awardSchema, type Award } from './award.ts';
export { fieldSchema, type Field } from './field.ts';
export { KINDS, kindSchema, type Kind } from './kind.ts';
export { localitySchema, type Locality } from './locality.ts';
export { movementSchema, type Movement } from './movement.ts';
export { storySchema, type StoryFrontmatter } from './story.ts';
export { permalinkSchema, STORY_ID_PATTERN, type Permalink } from './permalink.ts';
export { TERM_PATH, termPermalinkSchema, type TermPermalink } from './term-permalink.ts';
export { privacyApprovalSchema, slugOfStoryRef, type PrivacyApproval } from './privacy-approval.ts';
