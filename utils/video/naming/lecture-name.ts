/**
 * The name a student sees, from the first source that gives a name (letters, not only digits,
 * spaces or punctuation): the platform's own lecture name, else the player's accessible name or
 * the heading that labels it, else og:title, else the document title; og:title and the document
 * title without the site's name (a title that only names the player, "Kaltura Player", gives
 * none). Cut to 500 characters at a word.
 */
import { cleanName, firstMeaningfulName, shortenName } from './name-text';
import { isGenericPlayerLabel } from './player-label';
import { headingBeforePlayer, playerAccessibleName } from './player-name';
import { type SiteNames, withoutSiteName } from './site-name';

/** What a platform knows about naming its lectures (its adapter, utils/video/platforms/platform.ts). */
export interface LectureNamer {
  /** The lecture's name as the platform's own page shows it, or ''. */
  title?(doc: Document): string;
  /** The names the platform's pages carry in their titles ("YouTube", "Khan Academy"). */
  siteNames?: readonly string[];
  /** A title's lecture name once the site's name is gone (Khan Academy's "(video)", Vimeo's "from <user> on Vimeo"). */
  nameInTitle?(title: string): string;
}

/** The longest a name may be (the sighting's schema, utils/model/lectures.ts). */
export const NAME_MAX = 500;

const metaContent = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';

/** The site's names: the platform's brands, the page's og:site_name and application-name, and its host. */
export function siteNamesOf(doc: Document, host: string, platform: LectureNamer): SiteNames {
  const declared = [
    metaContent(doc, 'meta[property="og:site_name"]'),
    metaContent(doc, 'meta[name="application-name"]'),
  ];
  return { siteName: [...(platform.siteNames ?? []), ...declared.filter(Boolean)], host };
}

/** The sources in order, each read only when the ones before it gave no name. */
function* nameSources(platform: LectureNamer, doc: Document, video: Element | null, site: SiteNames) {
  const fromTitle = (title: string) => {
    const name = withoutSiteName(title, site);
    const own = platform.nameInTitle ? cleanName(platform.nameInTitle(name)) : name;
    return isGenericPlayerLabel(own) ? '' : own;
  };
  yield platform.title?.(doc) ?? '';
  if (video) {
    yield playerAccessibleName(video);
    yield headingBeforePlayer(video, (text) => withoutSiteName(text, site));
  }
  yield fromTitle(metaContent(doc, 'meta[property="og:title"]'));
  yield fromTitle(doc.title);
}

/** The lecture's name in this page, or '' when no source gives one (the caller names it after the site). */
export function lectureNameIn(platform: LectureNamer, host: string, doc: Document, video: Element | null): string {
  return shortenName(
    firstMeaningfulName(nameSources(platform, doc, video, siteNamesOf(doc, host, platform))),
    NAME_MAX,
  );
}
