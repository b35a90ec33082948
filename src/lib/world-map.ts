/**
 * The world map, drawn once at build time: Natural Earth boundaries from `world-atlas` (1:110m shapes; the 1:50m
 * file gives the position of states too small for the 110m shapes), projected with d3-geo's Equal Earth and
 * rounded to whole pixels. States whose shape would be smaller than a few pixels, or that have none at 110m, are
 * drawn as dots so that none disappears. Build-time only: pages receive SVG, never a script.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** A shape smaller than this (square pixels) is drawn as a dot. */
const MIN_AREA = 12;

export interface MapShape {
  /** Lowercase ISO 3166-1 alpha-2 code, or undefined for a unit with none (e.g. Kosovo, Somaliland in the data). */
  code: string | undefined;
  name: string;
  d: string;
}

export interface MapDot {
  code: string;
  name: string;
  x: number;
  y: number;
}

function collection(topology: unknown): FeatureCollection<Geometry, { name: string }> {
  const topo = topology as Topology;
  return feature(topo, topo.objects['countries']!) as unknown as FeatureCollection<Geometry, { name: string }>;
}

const codeOf = (id: string | number | undefined) => {
  const alpha2 = id === undefined ? undefined : countries.numericToAlpha2(String(id));
  return alpha2?.toLowerCase();
};

let cached: { shapes: MapShape[]; dots: Map<string, MapDot>; drawn: Set<string> } | undefined;

/** Every shape of the 110m map, and a dot for every other state the 50m file places. */
export function worldMap() {
  if (cached) return cached;
  const shapes110 = collection(world110);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    shapes110,
  );
  const path = geoPath(projection).digits(0);
  const shapes: MapShape[] = [];
  const drawn = new Set<string>();
  for (const item of shapes110.features) {
    const code = codeOf(item.id);
    const d = path(item);
    if (!d) continue;
    if (code && path.area(item) >= MIN_AREA) drawn.add(code);
    shapes.push({ code: code && path.area(item) >= MIN_AREA ? code : undefined, name: item.properties.name, d });
  }
  const dots = new Map<string, MapDot>();
  for (const item of collection(world50).features) {
    const code = codeOf(item.id);
    if (!code || drawn.has(code)) continue;
    const [x, y] = path.centroid(item);
    if (Number.isFinite(x) && Number.isFinite(y)) dots.set(code, { code, name: item.properties.name, x: Math.round(x), y: Math.round(y) });
  }
  cached = { shapes, dots, drawn };
  return cached;
}

/** Where a state is on the map: a shape, a dot, or nowhere (not in the boundaries used). */
export function placeOf(code: string): 'shape' | 'dot' | 'absent' {
  const map = worldMap();
  return map.drawn.has(code) ? 'shape' : map.dots.has(code) ? 'dot' : 'absent';
}
