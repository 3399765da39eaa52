/** The colour scheme an element draws in (DESIGN.md §2). */
export type Scheme = 'light' | 'dark';

/**
 * An explicit `theme` wins; else the host page's `color-scheme` (computed where
 * the element sits) when it names one scheme (`light`, `dark`, `only dark`);
 * else (`normal`, `light dark`: the page takes either) the OS preference.
 */
export function resolveScheme(theme: string | null | undefined, hostScheme: string, osDark: boolean): Scheme {
  if (theme === 'light' || theme === 'dark') return theme;
  const named = hostScheme.split(/\s+/).filter((token): token is Scheme => token === 'light' || token === 'dark');
  if (named.length === 1) return named[0]!;
  return osDark ? 'dark' : 'light';
}
