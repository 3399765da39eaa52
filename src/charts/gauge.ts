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
  /** The whole track behind the bands (this, band and margin paths are relative to `centre`). */
  track: string;
  bands: Array<Band & { path: string }>;
  /** Needle angle in degrees, −90 (score −100) … 90 (score +100). */
  needleAngle: number;
  needleTip: Point;
  /** The 95 % interval as a thin arc inside the bands, from score − margin to score + margin. */
  margin?: { from: number; to: number; path: string };
  /**
   * The target: a triangle outside the arc pointing at it (`mark`, an SVG
   * path in absolute coordinates), so the needle never covers it, and its value's label beyond.
   */
  target?: { value: number; angle: number; mark: string; label: Point; anchor: Anchor };
  /**
   * Scale labels: −100 and +100 under the ends of the arc, and each inner band
   * edge outside the arc (text baselines), but the target's own edge (the target
   * label says it) and an edge too close to the target to be read apart.
   */
  ticks: Array<{ value: number; at: Point; anchor: Anchor }>;
}

export type Anchor = 'start' | 'middle' | 'end';

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

/**
 * The bands for a target. Without one, the seed guidance (`NPS_BANDS`: 0, 30,
 * 50). With a target T (clamped to −100…100) the bands follow it: *negative*
 * below 0, *to improve* from 0 to T, *acceptable* from T to max(50, T + 20),
 * *very good* above (capped at 100). A target at or below 0 ends the negative
 * band at T (there is no "to improve" band); empty bands are left out.
 * So target 30 gives the seed's own bands, target 40 gives 0 / 40 / 60.
 */
export function npsBands(target?: number | null): readonly Band[] {
  if (target === null || target === undefined || !Number.isFinite(target)) return NPS_BANDS;
  const t = Math.max(-100, Math.min(100, target));
  const high = Math.min(100, Math.max(50, t + 20));
  const bands: Band[] =
    t > 0
      ? [
          { from: -100, to: 0, kind: 'negative' },
          { from: 0, to: t, kind: 'fair' },
          { from: t, to: high, kind: 'good' },
          { from: high, to: 100, kind: 'excellent' },
        ]
      : [
          { from: -100, to: t, kind: 'negative' },
          { from: t, to: high, kind: 'good' },
          { from: high, to: 100, kind: 'excellent' },
        ];
  return bands.filter((band) => band.to > band.from);
}

export function bandOf(score: number, bands: readonly Band[] = NPS_BANDS): Band {
  return bands.find((b) => score < b.to) ?? bands[bands.length - 1]!;
}

/** A label just outside the arc at angle `a`, anchored away from the centre so it never touches the arc. */
function outside(centre: Point, r: number, a: number): { at: Point; anchor: Anchor } {
  const at = polar(centre, r, a);
  // The point is the text's baseline: at the top the label sits on it, centred; towards the sides it
  // starts (right) or ends (left) there, lowered by up to half its cap height to centre it on the radius.
  const anchor: Anchor = Math.abs(a) < 0.2 ? 'middle' : a < 0 ? 'end' : 'start';
  return { at: roundPoint({ x: at.x, y: at.y + 4 * Math.abs(Math.sin(a)) }), anchor };
}

/** Angular room a tick label needs from the target's label (radians): about 3 characters at the label radius. */
const TICK_ROOM = 0.2;

export function gaugeLayout(
  { score, target, margin, bands = npsBands(target) }: { score: number; target?: number | null; margin?: number | null; bands?: readonly Band[] },
  { radius = 90, thickness = 20, margin: pad = 26 }: GaugeSize = {},
): GaugeLayout {
  const width = 2 * (radius + pad);
  const height = radius + pad + 18;
  const centre = { x: width / 2, y: radius + pad };
  const inner = radius - thickness;
  const pathFor = (from: number, to: number) => ringSegment(inner, radius, angle(from), angle(to));
  const needle = angle(score);
  const hasTarget = target !== null && target !== undefined && Number.isFinite(target);
  const ta = hasTarget ? angle(target) : 0;
  const edges = bands.slice(1).map((b) => b.from);
  const layout: GaugeLayout = {
    width,
    height,
    centre,
    track: pathFor(-100, 100),
    bands: bands.map((b) => ({ ...b, path: pathFor(b.from, b.to) })),
    needleAngle: round((needle * 180) / Math.PI),
    needleTip: roundPoint(polar(centre, radius - thickness / 2, needle)),
    ticks: [
      { value: -100, at: roundPoint({ x: centre.x - radius + thickness / 2, y: centre.y + 14 }), anchor: 'middle' },
      ...edges
        .filter((v) => !hasTarget || Math.abs(angle(v) - ta) >= TICK_ROOM)
        .map((v) => ({ value: v, ...outside(centre, radius + 5, angle(v)) })),
      { value: 100, at: roundPoint({ x: centre.x + radius - thickness / 2, y: centre.y + 14 }), anchor: 'middle' },
    ],
  };
  if (margin !== null && margin !== undefined && Number.isFinite(margin) && margin > 0) {
    const from = Math.max(-100, score - margin);
    const to = Math.min(100, score + margin);
    layout.margin = { from: round(from), to: round(to), path: ringSegment(inner - 6, inner - 2, angle(from), angle(to)) };
  }
  if (hasTarget) {
    // The triangle's tip touches the arc's outer edge; its base is 8 px further out, 8 px wide.
    const tip = polar(centre, radius + 1, ta);
    const side = (d: number) => polar(centre, radius + 9, ta + d / (radius + 9));
    const [l, r] = [side(-4), side(4)];
    const f = (p: Point) => `${round(p.x)},${round(p.y)}`;
    const label = outside(centre, radius + 12, ta);
    layout.target = { value: target, angle: round((ta * 180) / Math.PI), mark: `M${f(tip)}L${f(l)}L${f(r)}Z`, label: label.at, anchor: label.anchor };
  }
  return layout;
}
