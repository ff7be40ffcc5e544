import { describe, expect, it } from 'vitest';
import { markupPen } from '../../../src/core';

describe('the markup pen', () => {
  it('writes shapes in order, leaves out undefined attributes and keeps text and values from being markup', () => {
    const pen = markupPen();
    pen.root({ width: 760, height: 320, role: 'img' }, 'Waits <in> "minutes"', 'Año & más');
    pen.shape('line', { x1: 0, x2: 1_250.5, 'stroke-dasharray': undefined, stroke: '#1d2a36' });
    pen.shape('text', { class: 'a"b<c&', x: 12 }, '</text><script>alert(1)</script>');
    expect(pen.done()).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="320" role="img"><title>Waits &lt;in&gt; &quot;minutes&quot;</title><desc>Año &amp; más</desc>' +
        '<line x1="0" x2="1250.5" stroke="#1d2a36"/>' +
        '<text class="a&quot;b&lt;c&amp;" x="12">&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text></svg>',
    );
  });
});
