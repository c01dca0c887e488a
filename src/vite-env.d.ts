/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origins journeys may be loaded from besides this site, space- or comma-separated. */
  readonly VITE_JOURNEY_ORIGINS?: string;
}
