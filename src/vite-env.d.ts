/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origins journeys may be loaded from besides this site, space- or comma-separated. */
  readonly VITE_JOURNEY_ORIGINS?: string;
  /** Origins basemap styles, tiles, glyphs and sprites may come from besides this site, space- or comma-separated. */
  readonly VITE_BASEMAP_ORIGINS?: string;
}
