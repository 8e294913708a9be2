/**
 * Papers drawn as rings (a disc with a light centre) so they read differently from the filled
 * entity discs at any zoom, whatever the colouring. Reuses sigma's circle program and only
 * swaps the fragment shader.
 */
import type { Attributes } from 'graphology-types';
import { NodeCircleProgram } from 'sigma/rendering';

// The circle program's varyings: v_diffVector (offset from the centre) and v_radius.
const RING_FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 centre = vec4(1.0, 1.0, 1.0, 1.0);

void main(void) {
  float feather = u_correctionRatio * 2.0;
  float dist = length(v_diffVector);

  #ifdef PICKING_MODE
  // The whole disc is clickable, not only the ring.
  gl_FragColor = dist > v_radius ? transparent : v_color;
  #else
  float inner = v_radius * 0.55;
  vec4 fill = mix(centre, v_color, smoothstep(inner - feather, inner, dist));
  float edge = dist - v_radius + feather;
  float t = edge > feather ? 1.0 : (edge > 0.0 ? edge / feather : 0.0);
  gl_FragColor = mix(fill, transparent, t);
  #endif
}
`;

export class PaperNodeProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends NodeCircleProgram<N, E, G> {
  override getDefinition(): ReturnType<NodeCircleProgram<N, E, G>['getDefinition']> {
    return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: RING_FRAGMENT_SHADER };
  }
}
