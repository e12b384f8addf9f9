/*
 * Line icons for the message preview, drawn as inline SVG (24×24, stroked in the text colour)
 * so they look alike on every system, unlike emoji. Shapes after Feather icons (MIT).
 */

const SVG = "http://www.w3.org/2000/svg";

const ICONS = {
  image: [
    ["rect", { x: 3, y: 3, width: 18, height: 18, rx: 2 }],
    ["circle", { cx: 8.5, cy: 8.5, r: 1.5 }],
    ["polyline", { points: "21 15 16 10 5 21" }],
  ],
  video: [
    ["rect", { x: 1, y: 5, width: 15, height: 14, rx: 2 }],
    ["polygon", { points: "23 7 16 12 23 17 23 7" }],
  ],
  audio: [
    ["path", { d: "M9 18V5l12-2v13" }],
    ["circle", { cx: 6, cy: 18, r: 3 }],
    ["circle", { cx: 18, cy: 16, r: 3 }],
  ],
  document: [
    ["path", { d: "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z" }],
    ["polyline", { points: "14 2 14 8 20 8" }],
    ["line", { x1: 8, y1: 13, x2: 16, y2: 13 }],
    ["line", { x1: 8, y1: 17, x2: 16, y2: 17 }],
  ],
  sticker: [
    ["circle", { cx: 12, cy: 12, r: 10 }],
    ["path", { d: "M8 14s1.5 2 4 2 4-2 4-2" }],
    ["line", { x1: 9, y1: 9, x2: 9.01, y2: 9 }],
    ["line", { x1: 15, y1: 9, x2: 15.01, y2: 9 }],
  ],
  attachment: [
    [
      "path",
      {
        d: "M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48",
      },
    ],
  ],
  location: [
    ["path", { d: "M21 10c0 7-9 13-9 13s-9-6-9-13a9 9 0 0 1 18 0z" }],
    ["circle", { cx: 12, cy: 10, r: 3 }],
  ],
  contact: [
    ["path", { d: "M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2" }],
    ["circle", { cx: 12, cy: 7, r: 4 }],
  ],
  phone: [
    ["rect", { x: 5, y: 2, width: 14, height: 20, rx: 2 }],
    ["line", { x1: 12, y1: 18, x2: 12.01, y2: 18 }],
  ],
  email: [
    ["rect", { x: 2, y: 4, width: 20, height: 16, rx: 2 }],
    ["polyline", { points: "22 6 12 13 2 6" }],
  ],
  reply: [
    ["polyline", { points: "9 14 4 9 9 4" }],
    ["path", { d: "M20 20v-7a4 4 0 0 0-4-4H4" }],
  ],
  list: [
    ["line", { x1: 8, y1: 6, x2: 21, y2: 6 }],
    ["line", { x1: 8, y1: 12, x2: 21, y2: 12 }],
    ["line", { x1: 8, y1: 18, x2: 21, y2: 18 }],
    ["line", { x1: 3, y1: 6, x2: 3.01, y2: 6 }],
    ["line", { x1: 3, y1: 12, x2: 3.01, y2: 12 }],
    ["line", { x1: 3, y1: 18, x2: 3.01, y2: 18 }],
  ],
  shop: [
    ["path", { d: "M6 2L3 6v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6l-3-4z" }],
    ["line", { x1: 3, y1: 6, x2: 21, y2: 6 }],
    ["path", { d: "M16 10a4 4 0 0 1-8 0" }],
  ],
  flow: [
    ["rect", { x: 3, y: 3, width: 18, height: 18, rx: 2 }],
    ["line", { x1: 3, y1: 9, x2: 21, y2: 9 }],
    ["line", { x1: 9, y1: 21, x2: 9, y2: 9 }],
  ],
  external: [
    ["path", { d: "M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6" }],
    ["polyline", { points: "15 3 21 3 21 9" }],
    ["line", { x1: 10, y1: 14, x2: 21, y2: 3 }],
  ],
  call: [
    [
      "path",
      {
        d: "M22 16.92v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.5 19.5 0 0 1-6-6 19.79 19.79 0 0 1-3.07-8.67A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91a16 16 0 0 0 6 6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7A2 2 0 0 1 22 16.92z",
      },
    ],
  ],
  copy: [
    ["rect", { x: 9, y: 9, width: 13, height: 13, rx: 2 }],
    ["path", { d: "M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" }],
  ],
  pin: [["path", { d: "M19 21l-7-5-7 5V5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2z" }]],
  clock: [
    ["circle", { cx: 12, cy: 12, r: 10 }],
    ["polyline", { points: "12 6 12 12 16 14" }],
  ],
  read: [
    ["polyline", { points: "1 13 5 17 14 7" }],
    ["polyline", { points: "10 16 11 17 20 7" }],
  ],
};

/** A decorative icon (hidden from screen readers: the text next to it says the same). `fallback` when `name` is unknown. */
export function icon(name, fallback = "attachment") {
  const svg = document.createElementNS(SVG, "svg");
  const attributes = {
    class: "icon",
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": 2,
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
    "aria-hidden": "true",
    focusable: "false",
  };
  for (const [key, value] of Object.entries(attributes)) svg.setAttribute(key, value);
  for (const [tag, shape] of ICONS[Object.hasOwn(ICONS, name) ? name : fallback]) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(shape)) node.setAttribute(key, value);
    svg.append(node);
  }
  return svg;
}
