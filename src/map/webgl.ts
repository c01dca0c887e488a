/**
 * Whether this browser can run the map at all. Kept apart from the adapter so
 * the page can ask before it downloads MapLibre: without WebGL2,
 * `new maplibregl.Map()` throws synchronously.
 */
export function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
