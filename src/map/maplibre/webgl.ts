/**
 * Whether this browser can run the map at all. Kept apart from the adapter so
 * the page can ask before it downloads MapLibre: without WebGL2,
 * `new maplibregl.Map()` throws synchronously.
 */
let answer: boolean | undefined;

/**
 * Asked once per page: making a WebGL context to find out costs tens of
 * milliseconds, and the test context is given back at once.
 */
export function hasWebGL2(): boolean {
  if (answer === undefined) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      answer = gl !== null;
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      answer = false;
    }
  }
  return answer;
}
