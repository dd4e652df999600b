import { describe, expect, test } from 'vitest';
import { mathElement } from '../../src/epub/mathml.ts';
import { h } from '../../src/epub/hast.ts';
import { bodyXml } from '../../src/epub/xhtml.ts';

describe('mathElement', () => {
  test('MathML written into XHTML in the MathML namespace, attributes kept', () => {
    const math = mathElement('<math alttext="x^2" display="block"><msup><mi>x</mi><mn>2</mn></msup></math>');
    expect(bodyXml(h('body', {}, [h('p', {}, [math])]))).toBe(
      '<body><p><math xmlns="http://www.w3.org/1998/Math/MathML" alttext="x^2" display="block"><msup><mi>x</mi><mn>2</mn></msup></math></p></body>',
    );
  });

  test('something that is not MathML is refused', () => {
    expect(() => mathElement('<b>no</b>')).toThrow(/without a <math> element/u);
  });
});
