import { describe, expect, test } from 'vitest';
import { contrastOnWhite, hexColor, MIN_CONTRAST, readable } from '../../src/math/colors.ts';

describe('hexColor', () => {
  test('HTML, LaTeX (dvipsnames) and CSS names, and #hex short or long', () => {
    expect(hexColor('red')).toBe('#FF0000');
    expect(hexColor('RoyalBlue')).toBe('#0071BC');
    expect(hexColor('cyan')).toBe('#00FFFF');
    expect(hexColor('#0af')).toBe('#00AAFF');
    expect(hexColor('#1a2B3c')).toBe('#1A2B3C');
    expect(hexColor('no-such-colour')).toBeUndefined();
  });
});

describe('readable', () => {
  test('a dark colour stays as it is', () => {
    expect(readable('#0000FF')).toBe('#0000FF');
    expect(readable('#000000')).toBe('#000000');
  });

  test.each(['#FF0000', '#00FFFF', '#FFFF00', '#FFFFFF'])('%s is darkened, same hue, until it reads at 4.5:1 on white', (hex) => {
    const dark = readable(hex);
    expect(contrastOnWhite(dark)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(dark.slice(i, i + 2), 16));
    const [r0, g0, b0] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    // Scaled together: channels that were 0 stay 0, the others keep their order.
    expect([r0 === 0 ? r : 1, g0 === 0 ? g : 1, b0 === 0 ? b : 1]).toEqual([r0 === 0 ? 0 : 1, g0 === 0 ? 0 : 1, b0 === 0 ? 0 : 1]);
  });
});
