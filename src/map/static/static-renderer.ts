/**
 * The static renderer: draws scenes as plain data for an SVG (see
 * static-drawing.ts), with the basemap's land outlines under them when they
 * can be loaded. The `<static-map>` element renders what it hands over.
 */
import type { SceneRenderer } from '../renderer.ts';
import type { Scene } from '../scene.ts';
import { landUrlFor, requestLand } from './land.ts';
import type { LandShape } from './static-map-geometry.ts';
import { drawStaticMap, type StaticDrawing } from './static-drawing.ts';

export class StaticRenderer implements SceneRenderer {
  readonly #onDraw: (drawing: StaticDrawing) => void;
  #scene: Scene | undefined;
  #width: number;
  #land: readonly LandShape[] = [];
  #landUrl: string | undefined;
  #generation = 0;
  #destroyed = false;
  #drawing: StaticDrawing | undefined;

  /**
   * @param onDraw Called with each new drawing (a new scene, width or land).
   * @param width The drawing's width in CSS pixels, until `setWidth`.
   */
  constructor(onDraw: (drawing: StaticDrawing) => void, width: number) {
    this.#onDraw = onDraw;
    this.#width = width;
  }

  /** The last drawing; undefined before the first scene. */
  get drawing(): StaticDrawing | undefined {
    return this.#drawing;
  }

  showScene(scene: Scene): void {
    this.#scene = scene;
    this.#draw();
  }

  /** Draws the embedded basemap's land outlines under the journey; another style's can't be read, so none. */
  setStyle(styleUrl: string): void {
    this.setLandUrl(landUrlFor(styleUrl));
  }

  /** Draws the land outlines from a countries GeoJSON file; undefined or '' draws the journey alone. */
  setLandUrl(url: string | undefined): void {
    if ((url || undefined) === this.#landUrl) return;
    this.#landUrl = url || undefined;
    const generation = ++this.#generation;
    this.#land = [];
    this.#draw();
    if (!this.#landUrl) return;
    requestLand(this.#landUrl).then(
      (land) => {
        if (generation !== this.#generation || this.#destroyed) return;
        this.#land = land;
        this.#draw();
      },
      (error: unknown) => {
        if (generation !== this.#generation || this.#destroyed) return;
        console.warn(`The static map is drawn without land: ${(error as Error).message}`);
      },
    );
  }

  /** Redraws at another width (CSS pixels). */
  setWidth(width: number): void {
    if (width === this.#width) return;
    this.#width = width;
    this.#draw();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#generation++;
    this.#drawing = undefined;
  }

  #draw(): void {
    if (!this.#scene || this.#destroyed) return;
    const drawing = drawStaticMap(this.#scene, this.#land, this.#width, this.#drawing);
    if (drawing === this.#drawing) return;
    this.#drawing = drawing;
    this.#onDraw(drawing);
  }
}
