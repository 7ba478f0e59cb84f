// The Afspraak icon as geometry: a speech bubble with a check mark ("afspraak is afspraak").
// Shapes are signed distance functions on the unit square, so one drawing renders crisply
// at 16, 32, 192 px, filled (colour icon) or as a stroke (Teams' white outline icon).

type Point = readonly [number, number];

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(
  x: number,
  y: number,
  box: { x0: number; y0: number; x1: number; y1: number; r: number },
) {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const hx = (box.x1 - box.x0) / 2 - box.r;
  const hy = (box.y1 - box.y0) / 2 - box.r;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - box.r;
}

function segmentDistance(x: number, y: number, a: Point, b: Point): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** Signed distance to a simple polygon (even-odd rule for the sign). */
function polygon(x: number, y: number, points: readonly Point[]): number {
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    d = Math.min(d, segmentDistance(x, y, points[j], points[i]));
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? -d : d;
}

const BODY = { x0: 0.17, y0: 0.2, x1: 0.83, y1: 0.68, r: 0.11 };
const TAIL: Point[] = [
  [0.27, 0.6],
  [0.56, 0.6],
  [0.25, 0.86],
];
const CHECK: Point[] = [
  [0.35, 0.44],
  [0.46, 0.54],
  [0.65, 0.34],
];

/** The bubble (body and tail) as one shape. */
export function bubble(x: number, y: number): number {
  return Math.min(roundedRect(x, y, BODY), polygon(x, y, TAIL));
}

/**
 * Inside the bubble's outline drawn with stroke width `w`. The hole is the body and the tail
 * each inset by `w`, with the tail's top pushed into the body, so the stroke does not run across
 * the joint (a plain band around the union's distance field would draw that edge).
 */
export function bubbleStroke(x: number, y: number, w: number): boolean {
  if (bubble(x, y) >= 0) return false;
  const hole = roundedRect(x, y, BODY) < -w || polygon(x, y, insetTail(w)) < 0;
  return !hole;
}

function insetTail(w: number): Point[] {
  // Each edge moved inward by w; corners where neighbouring moved edges meet.
  const n = TAIL.length;
  const lines = TAIL.map((a, i) => {
    const b = TAIL[(i + 1) % n];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    // Inward normal for a clockwise polygon in screen coordinates (y down).
    const nx = -(b[1] - a[1]) / len;
    const ny = (b[0] - a[0]) / len;
    const push = i === 0 ? -w * 3 : w; // the top edge lies inside the body: move it up into it
    return { a: [a[0] + nx * push, a[1] + ny * push] as Point, d: [b[0] - a[0], b[1] - a[1]] as Point };
  });
  return lines.map((l, i) => intersect(lines[(i + n - 1) % n], l));
}

function intersect(p: { a: Point; d: Point }, q: { a: Point; d: Point }): Point {
  const det = p.d[0] * q.d[1] - p.d[1] * q.d[0];
  const t = ((q.a[0] - p.a[0]) * q.d[1] - (q.a[1] - p.a[1]) * q.d[0]) / det;
  return [p.a[0] + t * p.d[0], p.a[1] + t * p.d[1]];
}

/** Distance to the check mark's centre line. */
export function checkMark(x: number, y: number): number {
  return Math.min(segmentDistance(x, y, CHECK[0], CHECK[1]), segmentDistance(x, y, CHECK[1], CHECK[2]));
}
