import { drawChart, withoutInvalidCharacters, type ChartAttributes, type ChartPen, type MeasureChart, type SvgOptions } from '../../core';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A measure's chart as an <svg> element of the page, drawn by core's drawChart straight into elements.
 * Forty charts as images were forty SVG documents to parse, style and paint (about 230 ms of the Measures
 * view); as markup parsed, checked against what the renderer writes and imported, about 40 ms (bench
 * open-large-board, profiled: DOMParser and importNode); drawn as elements, no markup exists to parse or
 * check. Text from the board is only ever a text node's content, so it is never markup, and the shapes are
 * the renderer's own (ChartShape: no image, link, script or foreign object).
 *
 * The figure around it carries the text alternative, so the drawing has no title or description (a title
 * would also show as the browser's own tooltip over ours) and is hidden from assistive technology.
 */
export const chartElement = (chart: MeasureChart, options: SvgOptions, into: Document = document): SVGSVGElement => {
  const svg = into.createElementNS(SVG_NS, 'svg');
  const set = (element: Element, attributes: ChartAttributes) => {
    for (let i = 0; i < attributes.length; i += 2) {
      const value = attributes[i + 1];
      if (value !== undefined) element.setAttribute(String(attributes[i]), String(value));
    }
  };
  const pen: ChartPen = {
    root(attributes) {
      set(svg, attributes);
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('focusable', 'false');
    },
    shape(name, attributes, text) {
      const shape = into.createElementNS(SVG_NS, name);
      set(shape, attributes);
      // The characters an SVG document cannot hold are left out here too, so the page shows what a report prints.
      if (text !== undefined) shape.textContent = withoutInvalidCharacters(text);
      svg.append(shape);
    },
  };
  drawChart(chart, options, pen);
  return svg;
};
