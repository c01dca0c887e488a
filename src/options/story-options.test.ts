import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, MAX_BYTES_CEILING } from '../journey/load.ts';
import {
  STORY_OPTIONS,
  elementProperties,
  formatElementAttributes,
  formatHash,
  formatIsoTime,
  formatPageQuery,
  parseElementOptions,
  parseHash,
  parseIsoTime,
  parsePageOptions,
  type PageOptions,
} from './story-options.ts';

const TWO_PM = Date.UTC(2025, 11, 2, 14, 0, 0);
const MB = 1024 * 1024;

describe('the option table', () => {
  it.each(['param', 'attribute', 'hash'] as const)('gives every option a distinct %s name', (column) => {
    const names = Object.values(STORY_OPTIONS)
      .map((option) => option[column])
      .filter((name) => name !== undefined);
    expect(new Set(names).size).toBe(names.length);
  });

  it('formats each default as nothing, so links leave it out', () => {
    for (const [key, option] of Object.entries(STORY_OPTIONS)) {
      expect((option.format as (value: unknown) => string)(option.fallback), key).toBe('');
    }
  });

  it('reads back what it formats', () => {
    const values = { journey: 'files/kyiv.json', event: 'arrival', time: TWO_PM + 250, basemap: 'https://tiles.example/style.json', theme: 'dark', hideChrome: true, maxBytes: 8 * MB, layout: 'auto', height: 720, stepLine: 0.3, zone: 'utc', check: true };
    for (const [key, option] of Object.entries(STORY_OPTIONS)) {
      const value = values[key as keyof typeof values];
      expect(option.parse((option.format as (value: unknown) => string)(value)), key).toBe(value);
    }
  });
});

describe('parseIsoTime and formatIsoTime', () => {
  it('reads an ISO 8601 moment', () => {
    expect(parseIsoTime('2025-12-02T14:00:00Z')).toBe(TWO_PM);
    expect(parseIsoTime('2025-12-02T17:00:00+03:00')).toBe(TWO_PM);
  });

  it('gives undefined for an absent or unreadable time', () => {
    for (const text of [null, undefined, '', 'noon', '2025-13-45']) expect(parseIsoTime(text), String(text)).toBeUndefined();
  });

  it('writes UTC without zero milliseconds', () => {
    expect(formatIsoTime(TWO_PM)).toBe('2025-12-02T14:00:00Z');
    expect(formatIsoTime(TWO_PM + 250)).toBe('2025-12-02T14:00:00.250Z');
  });
});

describe('parsePageOptions', () => {
  const defaults: PageOptions = { journey: '', event: undefined, time: undefined, basemap: '', theme: 'light', hideChrome: false, maxBytes: DEFAULT_MAX_BYTES, layout: 'fixed', height: undefined, stepLine: 0.5, check: false };

  it('gives the defaults for an empty query', () => {
    expect(parsePageOptions('')).toEqual(defaults);
    expect(parsePageOptions('?')).toEqual(defaults);
  });

  it('reads every page parameter', () => {
    expect(parsePageOptions('?journey=kyiv-2025&event=arrival&t=2025-12-02T14:00:00Z&basemap=https://tiles.example/style.json&theme=dark&chrome=0&max-mb=8&layout=full&height=720&step-line=0.3&check=1')).toEqual({
      journey: 'kyiv-2025',
      event: 'arrival',
      time: TWO_PM,
      basemap: 'https://tiles.example/style.json',
      theme: 'dark',
      hideChrome: true,
      maxBytes: 8 * MB,
      layout: 'full',
      height: 720,
      stepLine: 0.3,
      check: true,
    });
  });

  it('takes URLSearchParams as well as a string', () => {
    expect(parsePageOptions(new URLSearchParams({ journey: 'kyiv-2025' })).journey).toBe('kyiv-2025');
  });

  it('falls back to the default for unreadable values', () => {
    expect(parsePageOptions('theme=sepia&t=noon&max-mb=big&chrome=1&event=&check=yes')).toEqual(defaults);
  });

  it('caps max-mb', () => {
    expect(parsePageOptions('max-mb=500').maxBytes).toBe(MAX_BYTES_CEILING);
  });

  it('reads the layout, with compact as the old name of full, and a height in px within bounds', () => {
    expect(parsePageOptions('layout=full&height=720')).toMatchObject({ layout: 'full', height: 720 });
    expect(parsePageOptions('layout=compact').layout).toBe('full');
    expect(parsePageOptions('layout=wide').layout).toBe('fixed');
    for (const height of ['100', '5000', '600px', '6e2', '-600', '']) expect(parsePageOptions(`height=${height}`).height, height).toBeUndefined();
  });

  it('reads the scrolly layout, and its step line as a fraction or a percentage of the viewport, 0 to 1', () => {
    expect(parsePageOptions('layout=scrolly&step-line=0.4')).toMatchObject({ layout: 'scrolly', stepLine: 0.4 });
    expect(parsePageOptions('step-line=25%').stepLine).toBe(0.25);
    expect(parsePageOptions('step-line=1').stepLine).toBe(1);
    for (const line of ['1.5', '150%', '-0.2', 'middle', '0.4px', '']) expect(parsePageOptions(`step-line=${line}`).stepLine, line).toBe(0.5);
  });

  it('ignores element-only and hash-only options', () => {
    expect(parsePageOptions('tz=utc&time=2025-12-02T14:00:00Z')).toEqual(defaults);
  });
});

describe('formatPageQuery', () => {
  it('writes options in table order, leaving out defaults', () => {
    expect(formatPageQuery({ theme: 'dark', time: TWO_PM, event: 'arrival', journey: 'kyiv-2025', hideChrome: false })).toBe(
      'journey=kyiv-2025&event=arrival&t=2025-12-02T14:00:00Z&theme=dark',
    );
  });

  it('is empty when everything is a default', () => {
    expect(formatPageQuery({ journey: '', event: undefined, theme: 'light', maxBytes: DEFAULT_MAX_BYTES })).toBe('');
  });

  it('is read back by parsePageOptions', () => {
    const options: PageOptions = { journey: 'files/a b&c.json', event: 'a&t=1', time: TWO_PM, basemap: '', theme: 'auto', hideChrome: true, maxBytes: 12 * MB, layout: 'full', height: 480, stepLine: 0.25, check: true };
    expect(parsePageOptions(formatPageQuery(options))).toEqual(options);
  });
});

describe('elementProperties', () => {
  it('declares each element option with its attribute', () => {
    expect(elementProperties()).toEqual({
      journey: { attribute: 'journey' },
      event: { attribute: 'event' },
      time: { attribute: 'time' },
      basemap: { attribute: 'basemap' },
      theme: { attribute: 'theme' },
      layout: { attribute: 'layout' },
      height: { attribute: 'height' },
      stepLine: { attribute: 'step-line' },
    });
  });
});

describe('parseElementOptions', () => {
  it('reads attribute values into typed options', () => {
    expect(parseElementOptions({ journey: 'kyiv-2025', event: 'arrival', time: '2025-12-02T14:00:00Z', theme: 'auto', basemap: '', layout: 'auto', height: '700', stepLine: '30%' })).toEqual({
      journey: 'kyiv-2025',
      event: 'arrival',
      time: TWO_PM,
      basemap: '',
      theme: 'auto',
      layout: 'auto',
      height: 700,
      stepLine: 0.3,
    });
  });

  it('gives defaults for absent or unreadable attributes', () => {
    expect(parseElementOptions({ journey: null, event: '', time: 'noon', basemap: undefined, theme: 'sepia', layout: 'wide', height: 'tall', stepLine: 'low' })).toEqual({
      journey: '',
      event: undefined,
      time: undefined,
      basemap: '',
      theme: 'light',
      layout: 'fixed',
      height: undefined,
      stepLine: 0.5,
    });
  });
});

describe('formatElementAttributes', () => {
  it('writes attribute names and values in table order, leaving out defaults', () => {
    expect(formatElementAttributes({ theme: 'dark', time: TWO_PM, event: 'arrival', journey: '', layout: 'fixed' })).toEqual([
      ['event', 'arrival'],
      ['time', '2025-12-02T14:00:00Z'],
      ['theme', 'dark'],
    ]);
  });
});

describe('parseHash', () => {
  it('reads the event, the time and the zone', () => {
    expect(parseHash('#event=arrival&t=2025-12-02T14:00:00Z&tz=reader')).toEqual({ event: 'arrival', time: TWO_PM, zone: 'reader' });
  });

  it('takes the hash with or without its #', () => {
    expect(parseHash('event=arrival')).toEqual(parseHash('#event=arrival'));
  });

  it('gives nothing and the local zone for an empty hash', () => {
    expect(parseHash('')).toEqual({ event: undefined, time: undefined, zone: 'local' });
    expect(parseHash('#')).toEqual({ event: undefined, time: undefined, zone: 'local' });
  });

  it('drops an unreadable time and an unknown zone', () => {
    expect(parseHash('#t=noon&tz=mars')).toEqual({ event: undefined, time: undefined, zone: 'local' });
  });

  it('decodes an encoded event id', () => {
    expect(parseHash('#event=a%26t%3D1').event).toBe('a&t=1');
  });

  it('ignores query-only options in the hash', () => {
    expect(parseHash('#journey=kyiv&theme=dark&time=2025-12-02T14:00:00Z')).toEqual({ event: undefined, time: undefined, zone: 'local' });
  });
});

describe('formatHash', () => {
  it('writes the event and a readable UTC time without milliseconds', () => {
    expect(formatHash({ event: 'arrival', time: TWO_PM, zone: 'local' })).toBe('event=arrival&t=2025-12-02T14:00:00Z');
  });

  it('keeps milliseconds that are not zero', () => {
    expect(formatHash({ event: undefined, time: TWO_PM + 250, zone: 'local' })).toBe('t=2025-12-02T14:00:00.250Z');
  });

  it('writes the zone only when it is not local', () => {
    expect(formatHash({ event: 'arrival', time: undefined, zone: 'utc' })).toBe('event=arrival&tz=utc');
    expect(formatHash({ event: 'arrival', time: undefined, zone: 'local' })).toBe('event=arrival');
  });

  it('is empty when there is nothing to say', () => {
    expect(formatHash({ event: undefined, time: undefined, zone: 'local' })).toBe('');
  });

  it('encodes reserved characters in an event id', () => {
    expect(formatHash({ event: 'a&t=1', time: undefined, zone: 'local' })).toBe('event=a%26t%3D1');
  });

  it('is read back by parseHash', () => {
    for (const state of [
      { event: 'a&t=1 #x', time: TWO_PM, zone: 'reader' },
      { event: undefined, time: TWO_PM + 1, zone: 'utc' },
      { event: 'overview', time: undefined, zone: 'local' },
    ] as const) {
      expect(parseHash(`#${formatHash(state)}`)).toEqual(state);
    }
  });
});
