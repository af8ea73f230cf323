/** Dexie's liveQuery for the hooks (utils/hooks/), so that nothing outside utils/db/ imports Dexie. */
export { liveQuery } from 'dexie';
