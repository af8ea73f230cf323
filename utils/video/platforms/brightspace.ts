import type { PlatformAdapter } from './platform';

const ORG_UNIT = /^\/d2l\/(?:le\/content|le\/lessons|home|lms\/[^/]+)\/(\d+)(?:\/|$)/;

/** Brightspace (D2L), on each university's own host: the course is the org unit id in `/d2l/…/<id>`. */
export const brightspace = {
  id: 'brightspace',
  lms: true,
  matches: (url) => url.pathname.startsWith('/d2l/'),
  course: (url) => {
    const id = ORG_UNIT.exec(url.pathname)?.[1];
    return id ? { id: `brightspace:${url.host}/${id}`, title: `Course ${id} (${url.hostname})` } : null;
  },
} satisfies PlatformAdapter<'brightspace'>;
