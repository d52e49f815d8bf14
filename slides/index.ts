import type { ContentLibrary } from '../src/content/validate.ts';
import { talk } from './talk.ts';
import { glossary } from './glossary.ts';
import { sources } from './sources.ts';

/** Everything the engine needs from the content side. */
export const library: ContentLibrary = { talk, glossary, sources };
