/**
 * A chart's SVG (core's renderChartSvg) as an element of the page, not an image: forty charts as images
 * were forty SVG documents to parse, style and paint, about 230 ms of the Measures view; drawn inline the
 * same charts took about 40 ms (bench: open-large-board, measured in the page). An image could run and load
 * nothing whatever its text held; here that stays true by checking: the markup is parsed as XML (no script
 * runs in a parsed document), and it is used only if every element and attribute is one the chart renderer
 * writes; anything else and the caller falls back to the image. The extension's pages also allow no inline
 * script or handler (their content security policy).
 */
const GEOMETRY: Record<string, readonly string[]> = {
  svg: ['width', 'height', 'viewBox', 'role'],
  title: [],
  desc: [],
  g: [],
  rect: ['x', 'y', 'width', 'height'],
  line: ['x1', 'x2', 'y1', 'y2'],
  polyline: ['points'],
  circle: ['cx', 'cy', 'r'],
  path: ['d'],
  text: ['x', 'y'],
};
const PAINT = new Set([
  'class',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
]);
const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

const allowed = (element: Element): boolean => {
  const own = element.namespaceURI === SVG_NS ? GEOMETRY[element.localName] : undefined;
  if (!own) return false;
  for (const attribute of element.attributes) {
    // The root's own namespace declaration, and nothing else of the xmlns kind.
    if (attribute.namespaceURI === XMLNS_NS && attribute.name === 'xmlns' && attribute.value === SVG_NS && element.localName === 'svg') continue;
    if (attribute.namespaceURI !== null || !(PAINT.has(attribute.name) || own.includes(attribute.name))) return false;
  }
  // Text holds only text; every other element only elements.
  for (const child of element.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) {
      if (element.localName === 'text' || element.localName === 'title' || element.localName === 'desc' || !allowed(child as Element)) return false;
    } else if (child.nodeType !== Node.TEXT_NODE) return false;
  }
  return true;
};

/**
 * The chart as an <svg> element for `document`, without its title and description (the figure carries
 * the text alternative, and a title would show as the browser's own tooltip over ours); null if the markup
 * is not a chart the renderer could have written.
 */
export const chartElement = (markup: string, into: Document = document): SVGSVGElement | null => {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS || !allowed(root)) return null;
  for (const label of [...root.children].filter((child) => child.localName === 'title' || child.localName === 'desc')) label.remove();
  const svg = into.importNode(root, true) as unknown as SVGSVGElement;
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  return svg;
};
