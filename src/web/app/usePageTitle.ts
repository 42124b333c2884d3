import { useEffect } from 'react';

/** Sets the tab's title, so history, bookmarks and screen readers say where the person is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Canopy` : 'Canopy';
  }, [title]);
}
