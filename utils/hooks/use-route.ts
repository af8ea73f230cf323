import { useEffect, useState } from 'preact/hooks';
import { type LibraryRoute, parseRoute } from '../library/route';

/** The dashboard's current route, following the hash (links, back and forward). */
export function useRoute(): LibraryRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
