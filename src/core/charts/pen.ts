import { escapeMarkup } from '../text/escape';

/** The shapes a chart is drawn with; nothing else is ever drawn (no image, link, script or foreign object). */
export type ChartShape = 'rect' | 'line' | 'polyline' | 'circle' | 'path' | 'text';

/**
 * A shape's attributes, in the order they are written; undefined leaves one out. Every name and every
 * value other than a number is the renderer's own (a colour, a class, a list of coordinates): text from the
 * board is only ever a text's content.
 */
export type ChartAttributes = Readonly<Record<string, string | number | undefined>>;

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

/** An attribute value in double quotes: the renderer's own values never hold these, but one could. */
const attributeValue = (value: string): string => (/[&<"]/.test(value) ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;') : value);

const attributesText = (attributes: ChartAttributes): string => {
  let text = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) text += ` ${name}="${typeof value === 'number' ? value : attributeValue(value)}"`;
  }
  return text;
};

/** A pen that writes a self-contained SVG document: `done()` is the markup. */
export const markupPen = (): ChartPen & { done(): string } => {
  const parts: string[] = [];
  return {
    root(attributes, title, description) {
      parts.push(
        `<svg xmlns="http://www.w3.org/2000/svg"${attributesText(attributes)}><title>${escapeMarkup(title)}</title><desc>${escapeMarkup(description)}</desc>`,
      );
    },
    shape(name, attributes, text) {
      parts.push(text === undefined ? `<${name}${attributesText(attributes)}/>` : `<${name}${attributesText(attributes)}>${escapeMarkup(text)}</${name}>`);
    },
    done: () => `${parts.join('')}</svg>`,
  };
};
