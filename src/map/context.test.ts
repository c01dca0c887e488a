import { describe, expect, it } from 'vitest';
import type { JourneyContext } from '../journey/context-schema.ts';
import { contextAttribution, contextBounds, withContextDetail } from './context.ts';

const context = (detail?: JourneyContext['detail']): JourneyContext => ({
  type: 'FeatureCollection', title: 'Old town', note: 'Drawn by hand', ...(detail ? { detail } : {}),
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [10, 50] }, properties: { kind: 'caption', label: 'Schematic' } },
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[10.1, 50.2], [9.9, 50.1]] }, properties: { kind: 'street', label: 'High Street' } },
  ],
});

describe('a journey context on the map', () => {
  it('declares street-scale detail over its own box unless it says where', () => {
    expect(contextBounds(context())).toEqual([9.9, 50, 10.1, 50.2]);
    expect(withContextDetail({ maxZoom: 7, areas: [] }, context()).areas).toEqual([{ bounds: [9.9, 50, 10.1, 50.2], maxZoom: 16 }]);
    expect(withContextDetail({ maxZoom: 7, areas: [] }, context({ bounds: [9, 49, 11, 51], maxZoom: 15 })).areas).toEqual([{ bounds: [9, 49, 11, 51], maxZoom: 15 }]);
    expect(withContextDetail({ maxZoom: 7, areas: [] }, undefined)).toEqual({ maxZoom: 7, areas: [] });
  });

  it('is credited as schematic', () => {
    expect(contextAttribution(context())).toBe('Old town: schematic, not to scale');
  });
});
