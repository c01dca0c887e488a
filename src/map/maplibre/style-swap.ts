import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { loadStyle } from './basemap.ts';
import { carryJourney, emptyStyle } from './journey-style.ts';
import { matchBasemap } from './map-chrome.ts';

export interface StyleSwapOptions {
  /** The style the map was created with. */
  readonly styleUrl: string;
  /** The style as the map should have it: the journey's context drawn into it. */
  readonly transform: (style: StyleSpecification) => StyleSpecification;
  /** Once a new style (or the style rebuilt after a lost context) has loaded: the scene is drawn again. */
  readonly reapply: () => void;
  /** A style that can't be loaded (the journey stays on a plain background). */
  readonly onError?: (message: string) => void;
  /** As a style change starts (the overview inset follows it). */
  readonly onChange?: (styleUrl: string) => void;
}

/**
 * Owns the map's style after creation: swaps the basemap for another
 * without rebuilding the map (the journey's sources and layers carried into
 * the new style, above it), and rides out a lost WebGL context, while which
 * MapLibre has no style (it destroys it and rebuilds it from a snapshot on
 * restore): nothing can be drawn, so scenes and style changes wait, and the
 * latest are applied once it is back.
 */
export class StyleSwap {
  readonly #map: MapLibreMap;
  readonly #options: StyleSwapOptions;
  #styleUrl: string;
  #generation = 0;
  readonly #listeners = new Set<(styleUrl: string) => void>();
  #offStyleLoad: (() => void) | undefined;
  #lost = false;
  #afterRestore: string | undefined;
  #removed = false;

  constructor(map: MapLibreMap, options: StyleSwapOptions) {
    this.#map = map;
    this.#options = options;
    this.#styleUrl = options.styleUrl;
    map.on('webglcontextlost', () => (this.#lost = true));
    map.on('webglcontextrestored', () => this.#restored());
  }

  /** Whether the WebGL context is lost (nothing can be drawn until it is back). */
  get contextLost(): boolean {
    return this.#lost;
  }

  /** Swaps the basemap; the scene is drawn again once the new style has loaded. A style that can't be loaded leaves a plain background. */
  setStyle(styleUrl: string): void {
    if (this.#lost) {
      this.#afterRestore = styleUrl;
      return;
    }
    if (styleUrl === this.#styleUrl) return;
    this.#styleUrl = styleUrl;
    const generation = ++this.#generation;
    this.#options.onChange?.(styleUrl);
    void loadStyle(styleUrl)
      .catch((error: Error) => {
        this.#options.onError?.(error.message);
        return emptyStyle();
      })
      .then((style) => {
        if (this.#removed || generation !== this.#generation) return;
        this.#offStyleLoad?.();
        // The change is ours once MapLibre has run our transform on it; a
        // style.load before that belongs to an earlier style still loading.
        let transformed = false;
        const loaded = () => {
          if (!transformed) return;
          this.#offStyleLoad?.();
          matchBasemap(this.#map);
          this.#options.reapply();
          for (const listener of this.#listeners) listener(styleUrl);
        };
        this.#map.on('style.load', loaded);
        this.#offStyleLoad = () => {
          this.#map.off('style.load', loaded);
          this.#offStyleLoad = undefined;
        };
        const before = this.#map.style;
        // MapLibre fires style.load both when it rebuilds the style and when
        // it applies the change as a diff (synchronously, then).
        this.#map.setStyle(style, {
          transformStyle: (previous, next) => {
            transformed = true;
            return this.#options.transform(carryJourney(previous, next));
          },
        });
        // A style that differs in nothing is diffed to no change, and nothing fires.
        if (transformed && this.#offStyleLoad !== undefined && this.#map.style === before) loaded();
      });
  }

  /** Listens for a style change having been applied. Returns the function that stops listening. */
  onStyle(listener: (styleUrl: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The context is back: MapLibre has rebuilt the style from its snapshot,
   * without feature state. Once that has loaded, the latest scene is drawn
   * again, and a style asked for meanwhile is applied.
   */
  #restored(): void {
    this.#lost = false;
    const apply = () => {
      if (this.#removed || this.#lost) return;
      this.#options.reapply();
      const styleUrl = this.#afterRestore;
      this.#afterRestore = undefined;
      if (styleUrl) this.setStyle(styleUrl);
    };
    if (this.#map.isStyleLoaded()) apply();
    else this.#map.once('style.load', apply);
  }

  destroy(): void {
    this.#removed = true;
    this.#offStyleLoad?.();
    this.#listeners.clear();
  }
}
