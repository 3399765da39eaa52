/**
 * The NPS gauge as a pure layout: a semicircle from −100 (left) to +100 (right),
 * coloured bands, a needle and an optional target mark. Angles are radians clockwise
 * from 12 o'clock (d3-shape's convention), so −100 is −π/2, 0 is straight up, +100 is π/2.
 */

export interface Band {
  from: number;
  to: number;
  kind: string;
}

/** Seed guidance: below 0 negative, > 30 acceptable, > 50 very good. */
export const NPS_BANDS: readonly Band[] = [
  { from: -100, to: 0, kind: 'negative' },
  { from: 0, to: 30, kind: 'fair' },
  { from: 30, to: 50, kind: 'good' },
  { from: 50, to: 100, kind: 'excellent' },
];

export interface Point {
  x: number;
  y: number;
}

export interface GaugeLayout {
  width: number;
  height: number;
  centre: Point;
  /** The whole track behind the bands (this and band paths are relative to `centre`). */
  track: string;
  bands: Array<Band & { path: string }>;
  /** Needle angle in degrees, −90 (score −100) … 90 (score +100). */
  needleAngle: number;
  needleTip: Point;
  target?: { value: number; angle: number; inner: Point; outer: Point };
  /** Scale labels: −100 and +100 under the ends of the arc, 0 above its top (text baselines). */
  ticks: Array<{ value: number; at: Point }>;
}

export interface GaugeSize {
  radius?: number;
  thickness?: number;
  /** Space around the arc for tick labels. */
  margin?: number;
}

/** Score → angle; a plain linear map (d3-scale would add ~5 kB of interpolators for this one line). */
const angle = (score: number) => (Math.max(-100, Math.min(100, score)) / 100) * (Math.PI / 2);

function polar(centre: Point, r: number, a: number): Point {
  return { x: centre.x + r * Math.sin(a), y: centre.y - r * Math.cos(a) };
}

const round = (v: number) => Math.round(v * 100) / 100;
const roundPoint = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });

/**
 * An annular sector centred on (0, 0) (the template translates it to `centre`),
 * with angles from 12 o'clock, clockwise: out along the outer arc, back along
 * the inner one, as SVG arc commands. (d3-shape's `arc` draws the same with
 * corner and padding options the gauge does not use, and d3-path only spells
 * these commands: one SVG arc per side says it directly.)
 */
export function ringSegment(inner: number, outer: number, from: number, to: number): string {
  const at = (r: number, a: number) => `${round(r * Math.sin(a))},${round(-r * Math.cos(a))}`;
  const large = to - from > Math.PI ? 1 : 0;
  return `M${at(outer, from)}A${outer},${outer},0,${large},1,${at(outer, to)}L${at(inner, to)}A${inner},${inner},0,${large},0,${at(inner, from)}Z`;
}

export function bandOf(score: number, bands: readonly Band[] = NPS_BANDS): Band {
  return bands.find((b) => score < b.to) ?? bands[bands.length - 1]!;
}

export function gaugeLayout(
  { score, target, bands = NPS_BANDS }: { score: number; target?: number | null; bands?: readonly Band[] },
  { radius = 90, thickness = 20, margin = 16 }: GaugeSize = {},
): GaugeLayout {
  const width = 2 * (radius + margin);
  const height = radius + margin + 18;
  const centre = { x: width / 2, y: radius + margin };
  const inner = radius - thickness;
  const pathFor = (from: number, to: number) => ringSegment(inner, radius, angle(from), angle(to));
  const needle = angle(score);
  const layout: GaugeLayout = {
    width,
    height,
    centre,
    track: pathFor(-100, 100),
    bands: bands.map((b) => ({ ...b, path: pathFor(b.from, b.to) })),
    needleAngle: round((needle * 180) / Math.PI),
    needleTip: roundPoint(polar(centre, radius - thickness / 2, needle)),
    ticks: [
      { value: -100, at: roundPoint({ x: centre.x - radius + thickness / 2, y: centre.y + 14 }) },
      { value: 0, at: roundPoint({ x: centre.x, y: centre.y - radius - 4 }) },
      { value: 100, at: roundPoint({ x: centre.x + radius - thickness / 2, y: centre.y + 14 }) },
    ],
  };
  if (target !== null && target !== undefined && Number.isFinite(target)) {
    const a = angle(target);
    layout.target = {
      value: target,
      angle: round((a * 180) / Math.PI),
      inner: roundPoint(polar(centre, inner - 4, a)),
      outer: roundPoint(polar(centre, radius + 4, a)),
    };
  }
  return layout;
}
