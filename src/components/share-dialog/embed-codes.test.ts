import { describe, expect, it } from 'vitest';
import { elementCode, embedUrl, escapeHtml, formatIsoTime, iframeCode, pageLink, parseAppBase, shareCodes, type ShareTarget } from './embed-codes.ts';

const TWO_PM = Date.UTC(2025, 11, 2, 14, 0, 0);

const target = (overrides: Partial<ShareTarget> = {}): ShareTarget => ({
  appBase: 'https://news.example/maps/',
  journey: '',
  journeyTitle: 'Witkoff and Kushner in Moscow',
  eventId: 'kremlin-talks',
  time: TWO_PM,
  ...overrides,
});

const HOSTILE = `"><script>alert('x')</script> & <img src=x onerror=alert(1)>`;

/** The markup left when every escaped value is taken out: what a browser would parse as tags. */
const tagsOf = (code: string) => [...code.matchAll(/<\/?([a-z-]+)/g)].map((m) => m[1]);

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });

  it('escapes ampersands first, so existing entities are kept as text', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves no markup characters in hostile text', () => {
    expect(escapeHtml(HOSTILE)).not.toMatch(/[<>"']/);
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Київ — Москва, 2 December')).toBe('Київ — Москва, 2 December');
  });
});

describe('formatIsoTime', () => {
  it('drops zero milliseconds', () => {
    expect(formatIsoTime(TWO_PM)).toBe('2025-12-02T14:00:00Z');
  });

  it('keeps milliseconds that are not zero', () => {
    expect(formatIsoTime(TWO_PM + 250)).toBe('2025-12-02T14:00:00.250Z');
  });
});

describe('parseAppBase', () => {
  it('accepts an absolute http(s) folder URL', () => {
    expect(parseAppBase('http://127.0.0.1:4173/').href).toBe('http://127.0.0.1:4173/');
  });

  it.each([
    ['', /absolute URL/],
    ['/maps/', /absolute URL/],
    ['https://news.example/maps', /ending in "\/"/],
    ['https://news.example/maps/index.html', /ending in "\/"/],
    ['https://news.example/maps/?journey=x', /query or hash/],
    ['https://news.example/maps/#event=x', /query or hash/],
    ['javascript:alert(1)//', /http\(s\)/],
    ['file:///maps/', /http\(s\)/],
  ])('rejects %j, saying why', (appBase, message) => {
    expect(() => parseAppBase(appBase)).toThrow(message);
  });
});

describe('pageLink', () => {
  it('puts the event and time in the hash and leaves out the default journey', () => {
    expect(pageLink(target())).toBe('https://news.example/maps/#event=kremlin-talks&t=2025-12-02T14:00:00Z');
  });

  it('puts a named journey in the query', () => {
    expect(pageLink(target({ journey: 'kyiv-2025' }))).toBe('https://news.example/maps/?journey=kyiv-2025#event=kremlin-talks&t=2025-12-02T14:00:00Z');
  });

  it('keeps a journey path readable but encodes what would break the URL', () => {
    expect(pageLink(target({ journey: 'files/a b&c#d.json', eventId: '', time: Number.NaN }))).toBe(
      'https://news.example/maps/?journey=files/a+b%26c%23d.json',
    );
  });

  it('leaves out an empty event and a missing time', () => {
    expect(pageLink(target({ eventId: '', time: Number.NaN }))).toBe('https://news.example/maps/');
    expect(pageLink(target({ time: Number.NaN }))).toBe('https://news.example/maps/#event=kremlin-talks');
  });

  it('encodes an event id with reserved characters', () => {
    expect(pageLink(target({ eventId: 'a&t=1', time: Number.NaN }))).toBe('https://news.example/maps/#event=a%26t%3D1');
  });
});

describe('embedUrl', () => {
  it('puts everything in the query', () => {
    expect(embedUrl(target({ journey: 'kyiv-2025' }))).toBe(
      'https://news.example/maps/embed.html?journey=kyiv-2025&event=kremlin-talks&t=2025-12-02T14:00:00Z',
    );
  });

  it('adds a theme only when it is not the default light one', () => {
    expect(embedUrl(target({ theme: 'light' }))).not.toContain('theme');
    expect(embedUrl(target({ theme: 'dark' }))).toMatch(/&theme=dark$/);
    expect(embedUrl(target({ theme: 'auto' }))).toMatch(/&theme=auto$/);
  });

  it('is the bare page when there is nothing to say', () => {
    expect(embedUrl(target({ eventId: '', time: Number.NaN }))).toBe('https://news.example/maps/embed.html');
  });
});

describe('iframeCode', () => {
  it('is, by default, a fixed-height iframe that needs no script, and a noscript link', () => {
    expect(iframeCode(target({ journey: 'kyiv-2025' }))).toBe(
      [
        '<iframe src="https://news.example/maps/embed.html?journey=kyiv-2025&amp;event=kremlin-talks&amp;t=2025-12-02T14:00:00Z" title="Witkoff and Kushner in Moscow (interactive map)" style="width:100%;height:min(600px,calc(100svh - 48px));border:0;" height="600" loading="lazy" allow="fullscreen"></iframe>',
        '<noscript><a href="https://news.example/maps/?journey=kyiv-2025#event=kremlin-talks&amp;t=2025-12-02T14:00:00Z">Witkoff and Kushner in Moscow: open the interactive map</a></noscript>',
      ].join('\n'),
    );
  });

  it('takes a height, in whole px', () => {
    const code = iframeCode(target({ height: 480.4 }));
    expect(code).toContain(' height="480" ');
    expect(code).toContain('height:min(480px,calc(100svh - 48px))');
  });

  it('is, for the long form, the iframe page with layout=full and the resize script', () => {
    const code = iframeCode(target({ layout: 'full' }));
    expect(code).toContain('embed.html?event=kremlin-talks&amp;t=2025-12-02T14:00:00Z&amp;layout=full"');
    expect(code).toContain('style="width:100%;border:0;" height="600"');
    expect(code).toContain('\n<script src="https://news.example/maps/embed/resize.js" async></script>\n');
  });

  it('hides the title bar with chrome=0', () => {
    expect(iframeCode(target({ hideChrome: true }))).toContain('&amp;chrome=0"');
  });

  it('escapes a hostile title in the attribute and in the link text', () => {
    const code = iframeCode(target({ journeyTitle: HOSTILE }));
    expect(tagsOf(code)).toEqual(['iframe', 'iframe', 'noscript', 'a', 'a', 'noscript']);
    expect(code).toContain(
      'title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; (interactive map)"',
    );
    expect(code).toContain('>&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;: open the interactive map</a>');
  });

  it('cannot be closed early by a title that closes the noscript', () => {
    const code = iframeCode(target({ journeyTitle: '</noscript><script>alert(1)</script>' }));
    expect(code.match(/<\/noscript>/g)).toHaveLength(1);
    expect(code.match(/<script/g)).toBeNull();
  });

  it('puts a blank or multi-line title on one line, with a fallback', () => {
    expect(iframeCode(target({ journeyTitle: '  ' }))).toContain('title="Diplomatic journey (interactive map)"');
    expect(iframeCode(target({ journeyTitle: 'Talks\n in\tMoscow' }))).toContain('title="Talks in Moscow (interactive map)"');
  });

  it('escapes hostile journey and event values inside the URLs', () => {
    const code = iframeCode(target({ journey: `"><b>`, eventId: `'onload='x` }));
    expect(tagsOf(code)).toEqual(['iframe', 'iframe', 'noscript', 'a', 'a', 'noscript']);
    expect(code).not.toContain(`'onload`);
  });
});

describe('elementCode', () => {
  it('is the module script, the element and a noscript link', () => {
    expect(elementCode(target({ journey: 'kyiv-2025', theme: 'dark' }))).toBe(
      [
        '<script type="module" src="https://news.example/maps/embed/diplomatic-journey.js"></script>',
        '<diplomatic-journey journey="kyiv-2025" event="kremlin-talks" time="2025-12-02T14:00:00Z" theme="dark"></diplomatic-journey>',
        '<noscript><a href="https://news.example/maps/?journey=kyiv-2025#event=kremlin-talks&amp;t=2025-12-02T14:00:00Z">Witkoff and Kushner in Moscow: open the interactive map</a></noscript>',
      ].join('\n'),
    );
  });

  it('writes a layout and a height when they are not the defaults', () => {
    expect(elementCode(target({ height: 700 }))).toContain(' height="700">');
    expect(elementCode(target({ layout: 'full', height: 700 }))).toContain(' layout="full">');
    expect(elementCode(target({ layout: 'fixed' }))).not.toContain('layout=');
  });

  it('leaves out the default journey, an empty event and a missing time', () => {
    expect(elementCode(target({ eventId: '', time: Number.NaN }))).toContain('\n<diplomatic-journey></diplomatic-journey>\n');
  });

  it('escapes hostile attribute values', () => {
    const code = elementCode(target({ journey: `x" onload="alert(1)`, eventId: '<b>', journeyTitle: HOSTILE }));
    expect(code).toContain('<diplomatic-journey journey="x&quot; onload=&quot;alert(1)" event="&lt;b&gt;" ');
    expect(tagsOf(code)).toEqual(['script', 'script', 'diplomatic-journey', 'diplomatic-journey', 'noscript', 'a', 'a', 'noscript']);
  });
});

describe('shareCodes', () => {
  it('builds every code from one target', () => {
    const codes = shareCodes(target());
    expect(codes.pageLink).toBe(pageLink(target()));
    expect(codes.embedUrl).toBe(embedUrl(target()));
    expect(codes.iframeCode).toBe(iframeCode(target()));
    expect(codes.elementCode).toBe(elementCode(target()));
  });

  it('refuses an app folder that is not an absolute URL', () => {
    expect(() => shareCodes(target({ appBase: 'maps/' }))).toThrow(TypeError);
  });

  it('does not change its input', () => {
    const input = Object.freeze(target());
    shareCodes(input);
    expect(input).toEqual(target());
  });
});
