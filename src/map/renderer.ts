/**
 * The one seam every map drawing goes through. The MapLibre map
 * (journey-map.ts) and the static SVG map (static/static-renderer.ts) both
 * draw a `Scene` (scene.ts), computed once by their caller; neither decides
 * by itself which legs are active or which place is highlighted.
 */
import type { Scene } from './scene.ts';

export interface ShowSceneOptions {
  /** Move the view smoothly to a new frame (renderers that can't, or readers who prefer reduced motion, jump). */
  readonly animate?: boolean;
  /** A transition the story needs (a scrolling story's `data-journey-transition="essential"`): it still moves, gently, under reduced motion. */
  readonly essential?: boolean;
}

export interface SceneRenderer {
  /**
   * Draws a scene. Cheap enough to call on every animation frame: a renderer
   * changes only what differs from the last scene, and moves the view only
   * when the scene's frame changes.
   */
  showScene(scene: Scene, options?: ShowSceneOptions): void;
  /**
   * Swaps the background for another MapLibre style URL, keeping the scene
   * drawn: no rebuild, no lost state.
   */
  setStyle(styleUrl: string): void;
  /** Removes everything the renderer drew and stops its work. */
  destroy(): void;
}
