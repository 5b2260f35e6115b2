/**
 * The hand-over QR code on the results page is scanned by a phone: drawn as
 * the server draws it, rasterised, it must read back as the exact link.
 */
import jsQR from 'jsqr';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../components/handover/qr-code';
import { handoverPath } from '../../lib/handover';
import { completeAnswers } from '../fixtures/complete-answers';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Svg = ReactElement<{ viewBox: string; children: ReactElement<{ d?: string }>[] }>;

/** The SVG's path of dark modules as an RGBA bitmap, `scale` pixels a module. */
function rasterise(svg: Svg, scale = 4): { data: Uint8ClampedArray; size: number } {
  const box = Number(svg.props.viewBox.split(' ')[2]);
  const d = svg.props.children.find((c) => c.props.d !== undefined)!.props.d!;
  const size = box * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++) {
      for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
        const i = (py * size + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, size };
}

function scan(text: string): string | undefined {
  const { data, size } = rasterise(QrCode({ text, label: 'QR' }) as Svg);
  return jsQR(data, size, size)?.data;
}

describe('the hand-over QR code', () => {
  it('reads back as the link of persona P01’s answers, in each language', () => {
    const persona = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/cases/P01.json'), 'utf8')) as { answers: Record<string, unknown> };
    const answers = completeAnswers({ hostCountry: 'NL' }, persona.answers, '2026-11-28');
    for (const lang of ['uk', 'nl', 'en'] as const) {
      const link = `https://pathway.example.org${handoverPath(lang, { asOf: '2026-11-28', answers })}`;
      expect(link).toMatch(/#./);
      expect(scan(link)).toBe(link);
    }
  });

  it('reads back for short and long links alike', () => {
    for (const text of ['https://a.example/en/open#x', `https://pathway.example.org/uk/open#${'Ab0-_'.repeat(90)}`]) {
      expect(scan(text)).toBe(text);
    }
  });
});

describe('the hand-over block without a public origin', () => {
  it('prints the link as a path and draws no QR code (a phone cannot open a path)', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { HandoverBlock } = await import('../../components/handover/handover-block');
    const { getT } = await import('../../lib/i18n');
    const t = getT('en');
    const html = renderToStaticMarkup(HandoverBlock({ lang: 'en', t, path: '/en/open#1bAAAA', origin: null, ruleSets: ['NL'] }));
    expect(html).not.toContain('data-qr-code');
    expect(html).toContain('<a href="/en/open#1bAAAA" class="link break-all" data-handover-link="true">/en/open#1bAAAA</a>');
    const withOrigin = renderToStaticMarkup(HandoverBlock({ lang: 'en', t, path: '/en/open#1bAAAA', origin: 'https://pathway.example', ruleSets: ['NL'] }));
    expect(withOrigin).toContain('data-qr-text="https://pathway.example/en/open#1bAAAA"');
  });
});
