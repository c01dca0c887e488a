import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { checkStyle, parseOrigins, refusal, resolveStyleUrls, resolveTemplate, safeAttribution } from './style-urls.ts';

const NEWS = { own: 'https://news.example', allowed: ['https://tiles.example.org', 'http://localhost:8080'] };
const STYLE_URL = 'https://news.example/maps/style.json';
const style = (extra: Partial<StyleSpecification>): StyleSpecification => ({ version: 8, sources: {}, layers: [], ...extra });

describe('parseOrigins', () => {
  it('reduces each entry to its origin, separated by spaces or commas', () => {
    expect(parseOrigins(' https://tiles.example.org/v1/,http://localhost:8080  https://x.example ')).toEqual([
      'https://tiles.example.org',
      'http://localhost:8080',
      'https://x.example',
    ]);
    expect(parseOrigins('')).toEqual([]);
  });
});

describe('resolveTemplate', () => {
  it('keeps tile and glyph tokens intact while resolving a relative template', () => {
    expect(resolveTemplate('tiles/{z}/{x}/{y}.pbf', STYLE_URL)).toBe('https://news.example/maps/tiles/{z}/{x}/{y}.pbf');
    expect(resolveTemplate('../fonts/{fontstack}/{range}.pbf', STYLE_URL)).toBe('https://news.example/fonts/{fontstack}/{range}.pbf');
    expect(resolveTemplate('/wms?bbox={bbox-epsg-3857}&s=256', STYLE_URL)).toBe('https://news.example/wms?bbox={bbox-epsg-3857}&s=256');
  });

  it('leaves an absolute template as it is', () => {
    expect(resolveTemplate('https://tiles.example.org/{z}/{x}/{y}.pbf', STYLE_URL)).toBe('https://tiles.example.org/{z}/{x}/{y}.pbf');
  });

  it('does not turn encoded braces into tokens', () => {
    expect(resolveTemplate('a/%7Bz%7D.pbf', STYLE_URL)).toBe('https://news.example/maps/a/%7Bz%7D.pbf');
  });
});

describe('refusal', () => {
  it('allows the own origin and the listed ones', () => {
    expect(refusal('https://news.example/maps/style.json', NEWS, 'the style')).toBeUndefined();
    expect(refusal('https://tiles.example.org/{z}/{x}/{y}.pbf', NEWS, 'tiles')).toBeUndefined();
    expect(refusal('http://localhost:8080/s.json', NEWS, 'the style')).toBeUndefined();
  });

  it('refuses another origin, naming it and the allowed ones', () => {
    expect(refusal('https://evil.example/style.json', NEWS, 'The basemap style')).toBe(
      'The basemap style is on https://evil.example, which this map does not load basemaps from (only https://news.example, https://tiles.example.org, http://localhost:8080). No request was made.',
    );
  });

  it('refuses data:, blob-less javascript: and other schemes', () => {
    expect(refusal('data:application/json,{"version":8}', NEWS, 'The basemap style')).toMatch(/^The basemap style uses data: .*http\(s\) only/);
    expect(refusal('javascript:alert(1)', NEWS, 'x')).toMatch(/uses javascript:/);
    expect(refusal('mapbox://styles/x', NEWS, 'x')).toMatch(/uses mapbox:/);
  });

  it('refuses an allowed origin over http unless it is this machine, and what is no URL', () => {
    expect(refusal('http://tiles.example.org/a.pbf', { own: 'https://news.example', allowed: ['http://tiles.example.org'] }, 'tiles')).toMatch(/must use https/);
    expect(refusal('https://{prefix}.tiles.example.org/{z}.pbf', NEWS, 'tiles')).toMatch(/is on https:\/\/tpl0prefix0tpl\.tiles/);
    expect(refusal('not a url', NEWS, 'tiles')).toMatch(/is not a URL/);
  });
});

describe('checkStyle', () => {
  it('resolves and allows a style whose tiles, glyphs and sprite are on allowed origins', () => {
    const input = style({
      sources: { roads: { type: 'vector', tiles: ['tiles/{z}/{x}/{y}.pbf', 'https://tiles.example.org/{z}/{x}/{y}.pbf'] }, land: { type: 'geojson', data: 'land.geojson' } },
      glyphs: 'fonts/{fontstack}/{range}.pbf',
      sprite: 'sprites/sprite',
    });
    const result = checkStyle(input, STYLE_URL, NEWS);
    expect(result).toEqual({
      style: style({
        sources: {
          roads: { type: 'vector', tiles: ['https://news.example/maps/tiles/{z}/{x}/{y}.pbf', 'https://tiles.example.org/{z}/{x}/{y}.pbf'] },
          land: { type: 'geojson', data: 'https://news.example/maps/land.geojson' },
        },
        glyphs: 'https://news.example/maps/fonts/{fontstack}/{range}.pbf',
        sprite: 'https://news.example/maps/sprites/sprite',
      }),
    });
    expect(input.glyphs).toBe('fonts/{fontstack}/{range}.pbf');
  });

  it.each([
    ['tiles', style({ sources: { r: { type: 'vector', tiles: ['https://evil.example/{z}/{x}/{y}.pbf'] } } }), 'tiles of "r" is on https://evil.example'],
    ['a TileJSON url', style({ sources: { r: { type: 'vector', url: 'https://evil.example/tiles.json' } } }), 'the TileJSON of "r" is on https://evil.example'],
    ['GeoJSON data', style({ sources: { g: { type: 'geojson', data: 'data:application/json,{}' } } }), 'data of "g" uses data:'],
    ['image urls', style({ sources: { i: { type: 'video', urls: ['https://evil.example/v.mp4'], coordinates: [[0, 0], [1, 0], [1, 1], [0, 1]] } } }), 'data of "i" is on https://evil.example'],
    ['glyphs', style({ glyphs: 'https://evil.example/{fontstack}/{range}.pbf' }), 'the glyphs is on https://evil.example'],
    ['a sprite', style({ sprite: 'https://evil.example/sprite' }), 'the sprite is on https://evil.example'],
    ['one of several sprites', style({ sprite: [{ id: 'a', url: 'sprite' }, { id: 'b', url: 'https://evil.example/s' }] }), 'a sprite is on https://evil.example'],
    ['font files', style({ 'font-faces': { Noto: 'https://evil.example/noto.ttf' } } as Partial<StyleSpecification>), 'a font file is on https://evil.example'],
  ])('refuses %s on another origin', (_, input, message) => {
    const result = checkStyle(input, STYLE_URL, NEWS);
    expect('error' in result && result.error).toContain(message);
  });

  it('makes attributions safe', () => {
    const input = style({ sources: { r: { type: 'vector', tiles: ['t/{z}/{x}/{y}.pbf'], attribution: '© Us<img src="https://t.example/p.gif">' } } });
    const result = checkStyle(input, STYLE_URL, NEWS);
    expect('style' in result && (result.style.sources.r as { attribution: string }).attribution).toBe('© Us');
  });

  it('resolveStyleUrls resolves a style of our own and keeps templates', () => {
    expect(resolveStyleUrls(style({ glyphs: 'f/{fontstack}/{range}.pbf' }), STYLE_URL).glyphs).toBe('https://news.example/maps/f/{fontstack}/{range}.pbf');
  });
});

describe('safeAttribution', () => {
  it('keeps text and http(s) links, opening in a new tab without a referrer', () => {
    expect(safeAttribution('<a href="https://www.openstreetmap.org/copyright" target="_blank">&copy; OpenStreetMap</a> contributors')).toBe(
      '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">&copy; OpenStreetMap</a> contributors',
    );
    expect(safeAttribution("<a target=_blank href='http://x.example/?a=1&amp;b=2'>X</a>")).toBe(
      '<a href="http://x.example/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">X</a>',
    );
  });

  it('drops images, scripts, styles and event handlers, keeping their text as text', () => {
    expect(safeAttribution('Tiles <img src="https://evil.example/track.gif" onerror="alert(1)"> by <b>Evil</b><script>x()</script>')).toBe('Tiles  by Evilx()');
    expect(safeAttribution('<a href="https://x.example" onclick="steal()" style="x">X</a>')).toBe(
      '<a href="https://x.example/" target="_blank" rel="noopener noreferrer">X</a>',
    );
  });

  it('turns links to other schemes, and links with markup inside, into text', () => {
    expect(safeAttribution('<a href="javascript:alert(1)">click</a>')).toBe('click');
    expect(safeAttribution('<a href="data:text/html,x">d</a>')).toBe('d');
    expect(safeAttribution('<a href="https://x.example"><img src="https://evil.example/p.gif"></a>')).toBe('');
  });

  it('escapes what could start markup, and stray ampersands', () => {
    expect(safeAttribution('a < b & c "q" <img src=x')).toBe('a &lt; b &amp; c &quot;q&quot; &lt;img src=x');
    expect(safeAttribution('&lt;img src=x&gt;')).toBe('&lt;img src=x&gt;');
  });
});
