/**
 * sigma.js draws with WebGL; without it the renderer fails deep inside ("reading 'blendFunc'"). Checked
 * first, so the page can say what is missing and what still works.
 */
export function hasWebGL(): boolean {
  const canvas = document.createElement('canvas');
  return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
}

export const NO_WEBGL =
  'papergraph cannot draw the graph: this browser has WebGL turned off or unavailable, and the explorer (sigma.js) needs it. ' +
  'Turn on hardware acceleration in the browser settings, or try another browser; headless Chromium needs ' +
  '--use-angle=swiftshader --enable-unsafe-swiftshader. The JSON API (/api/graph, /api/search) and `papergraph query` work without it.';
