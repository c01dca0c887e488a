import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { styleBackground } from '../check/contrast.ts';

/** The basemaps a traveller's colour is drawn on, by name and style file. */
const BASEMAPS = [
  { name: 'Light', url: 'basemap/style.json' },
  { name: 'Dark', url: 'basemap/style-dark.json' },
] as const;

/**
 * The background colours of the app's own basemaps, read from their style
 * files once, for the colour contrast check.
 */
export class BasemapBackgroundsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  backgrounds: { name: string; background: string }[] = [];
  #asked = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#asked) return;
    this.#asked = true;
    void Promise.all(
      BASEMAPS.map(async ({ name, url }) => {
        try {
          const response = await fetch(new URL(url, document.baseURI), { credentials: 'omit' });
          const background = styleBackground(await response.json());
          return background ? [{ name, background }] : [];
        } catch {
          return [];
        }
      }),
    ).then((lists) => {
      this.backgrounds = lists.flat();
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {}
}
