import { escapeMarkup } from '../text/escape';

/** The shapes a chart is drawn with; nothing else is ever drawn (no image, link, script or foreign object). */
export type ChartShape = 'rect' | 'line' | 'polyline' | 'circle' | 'path' | 'text';

/**
 * A shape's attributes as name, value, name, value…, in the order they are written; an undefined value
 * leaves its attribute out. Every name and value is the renderer's own (a number, a colour, a class, a
 * list of coordinates), so values are written as they are; text from the board is only ever a text's
 * content, escaped (test/core/charts/pen.test.ts checks every value of charts drawn from hostile text).
 * A flat list, not an object: each call site's object had its own shape, and walking two dozen shapes
 * with for…in was a fifth of drawing a chart (bench chart-analysis, profiled).
 */
export type ChartAttributes = readonly (string | number | undefined)[];

/**
 * Where a chart is drawn: as SVG markup (reports, images: markupPen) or as the page's own SVG elements
 * (the board's Measures view, src/ui/measures/chartElement.ts). One drawing, so the two cannot differ, and
 * the board no longer parses markup it has just written (forty charts parsed and checked were about 40 ms
 * of opening the Measures view; bench open-large-board, profiled).
 */
export interface ChartPen {
  /** The <svg> itself, first; its title and description are the chart's text alternative. */
  root(attributes: ChartAttributes, title: string, description: string): void;
  /** One shape; a text's content is plain text, never markup. */
  shape(name: ChartShape, attributes: ChartAttributes, text?: string): void;
}

const attributesText = (list: ChartAttributes): string => {
  let text = '';
  for (let i = 0; i < list.length; i += 2) if (list[i + 1] !== undefined) text += ` ${list[i]}="${list[i + 1]}"`;
  return text;
};

/** A pen that writes a self-contained SVG document: `done()` is the markup. */
export const markupPen = (): ChartPen & { done(): string } => {
  const parts: string[] = [];
  return {
    root(list, title, description) {
      parts.push(
        `<svg xmlns="http://www.w3.org/2000/svg"${attributesText(list)}><title>${escapeMarkup(title)}</title><desc>${escapeMarkup(description)}</desc>`,
      );
    },
    shape(name, list, text) {
      parts.push(text === undefined ? `<${name}${attributesText(list)}/>` : `<${name}${attributesText(list)}>${escapeMarkup(text)}</${name}>`);
    },
    done: () => `${parts.join('')}</svg>`,
  };
};
