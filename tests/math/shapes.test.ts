import { describe, expect, test } from 'vitest';
import { multiply, parseTransform, shapesOf, type SvgNode } from '../../src/math/shapes.ts';

const node = (name: string, attributes: Record<string, string> = {}, children: SvgNode[] = []): SvgNode => ({
  name,
  attribute: (key) => attributes[key],
  children,
});

describe('parseTransform', () => {
  test('translate, scale and matrix, composed left to right as SVG does', () => {
    expect(parseTransform(undefined)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(parseTransform('translate(605,363) scale(0.707)')).toEqual([0.707, 0, 0, 0.707, 605, 363]);
    expect(parseTransform('scale(1,-1)')).toEqual([1, 0, 0, -1, 0, 0]);
    expect(parseTransform('matrix(1 0 0 1 5 6)')).toEqual([1, 0, 0, 1, 5, 6]);
  });

  test('multiply applies the right matrix first', () => {
    expect(multiply([2, 0, 0, 2, 0, 0], [1, 0, 0, 1, 10, 0])).toEqual([2, 0, 0, 2, 20, 0]);
  });
});

describe('shapesOf', () => {
  test('paths, rules and strokes in ems, with their ancestors’ transforms; SVG text reported, not drawn', () => {
    const svg = node('svg', { viewBox: '0 -750 1000 1000' }, [
      node('g', { transform: 'scale(1,-1)' }, [
        node('g', { transform: 'translate(100,0)' }, [node('path', { d: 'M0 0L10 10Z' })]),
        node('rect', { x: '0', y: '220', width: '500', height: '60' }),
        node('rect', { x: '0', y: '0', width: '9', height: '9', fill: 'none' }),
        node('line', { x1: '0', y1: '0', x2: '100', y2: '0', 'stroke-width': '20' }),
        node('text', {}, []),
      ]),
    ]);
    const { shapes, missing } = shapesOf(svg, () => '漢');
    expect(shapes.map((s) => s.transform)).toEqual([
      [0.001, 0, 0, -0.001, 0.1, 0],
      [0.001, 0, 0, -0.001, 0, 0],
      [0.001, 0, 0, -0.001, 0, 0],
    ]);
    expect(shapes.map((s) => s.d)).toEqual(['M0 0L10 10Z', 'M0 220H500V280H0Z', 'M0 10L100 10L100 -10L0 -10Z']);
    expect(missing).toEqual(['漢']);
  });
});
