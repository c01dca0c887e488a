/**
 * What `<diplomatic-journey layout="scrolly">` loads on demand (a chunk of
 * its own, so that fixed and full embeds never download it): the scroll
 * controllers and the layout's styles. The story's part of the styles is
 * registered as this module loads, before the element renders its story.
 */
import { JourneyStory } from '../../components/journey-story/journey-story.ts';
import { scrollyStoryLayout } from './scrolly.styles.ts';

JourneyStory.addStyles(scrollyStoryLayout);

export { ScrollyController } from './scrolly-controller.ts';
export { scrollyHostStyles } from './scrolly.styles.ts';
