// The scaling chart (render time against N, log–log, one line per variant) as a standalone SVG
// with a title and a description, so the README can embed it as an image with real alt text.

const W = 360;
const H = 260;
const PAD = { left: 52, right: 12, top: 40, bottom: 92 };
const COLORS = {
  'faq:details': '#1b6e3a',
  'faq:faq-accordion': '#1d4ed8',
  'faq:sl-details': '#b4321f',
  'matrix-2:table': '#1b6e3a',
  'matrix-2:feature-matrix': '#1d4ed8',
  'matrix-6:table': '#7a5a00',
  'matrix-6:feature-matrix': '#7e22ce',
};
const NAMES = { details: 'native <details>', table: 'static <table>', 'sl-details': 'sl-details (Shoelace)' };

const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function panel(title, series, offsetX) {
  const points = series.flatMap((s) => s.points);
  if (!points.length) return '';
  const xs = points.map((p) => p.n);
  const ys = points.map((p) => p.ms);
  const [x0, x1] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs))];
  const y0 = Math.floor(Math.log10(Math.max(0.1, Math.min(...ys))));
  const y1 = Math.ceil(Math.log10(Math.max(...ys)));
  const px = (n) => offsetX + PAD.left + 18 + ((Math.log10(n) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right - 36);
  const py = (v) => PAD.top + (1 - (Math.log10(Math.max(v, 10 ** y0)) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const out = [`<text x="${offsetX + PAD.left}" y="22" font-size="13" font-weight="600">${esc(title)}</text>`];
  for (let e = y0; e <= y1; e += 1) {
    const y = py(10 ** e).toFixed(1);
    out.push(`<line x1="${offsetX + PAD.left}" x2="${offsetX + W - PAD.right}" y1="${y}" y2="${y}" stroke="#d0d4da"/>`);
    out.push(`<text x="${offsetX + PAD.left - 6}" y="${Number(y) + 4}" font-size="11" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(1)} ms</text>`);
  }
  for (const n of [...new Set(xs)]) {
    out.push(`<text x="${px(n).toFixed(1)}" y="${H - PAD.bottom + 16}" font-size="11" text-anchor="middle">N=${n.toLocaleString('en')}</text>`);
  }
  series.forEach((s, i) => {
    const color = s.color;
    const dash = s.dashed ? ' stroke-dasharray="5 3"' : '';
    const path = s.points.map((p, j) => `${j ? 'L' : 'M'}${px(p.n).toFixed(1)},${py(p.ms).toFixed(1)}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
    for (const p of s.points) out.push(`<circle cx="${px(p.n).toFixed(1)}" cy="${py(p.ms).toFixed(1)}" r="3" fill="${color}"/>`);
    const ly = H - PAD.bottom + 36 + i * 16;
    out.push(`<line x1="${offsetX + PAD.left}" x2="${offsetX + PAD.left + 22}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${dash}/>`);
    out.push(`<text x="${offsetX + PAD.left + 28}" y="${ly}" font-size="11">${esc(s.label)}</text>`);
  });
  return out.join('\n');
}

/** The SVG text for the scaling rows of results.json (median wall time). */
export function scalingChart(runs) {
  const group = (suite, variants) =>
    variants
      .map((variant) => {
        const rows = runs.filter((r) => r.suite === suite && r.variant === variant && !r.error);
        return {
          variant,
          color: COLORS[`${suite}:${variant}`] ?? '#555',
          dashed: variant === 'details' || variant === 'table',
          label: `${NAMES[variant] ?? `<${variant}>`}${suite.startsWith('matrix') ? `, ${suite.split('-')[1]} subjects` : ''}`,
          points: rows.map((r) => ({ n: r.n, ms: r.wall.median })),
        };
      })
      .filter((s) => s.points.length);
  const faq = group('faq', ['details', 'faq-accordion', 'sl-details']);
  const matrix = [...group('matrix-2', ['table', 'feature-matrix']), ...group('matrix-6', ['table', 'feature-matrix'])];
  const describe = (list) => list.map((s) => `${s.label}: ${s.points.map((p) => `${p.ms.toFixed(1)} ms at N=${p.n}`).join(', ')}`).join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W * 2}" height="${H + 40}" viewBox="0 0 ${W * 2} ${H + 40}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" fill="#1f2328">
<title id="t">Render time against N (median wall time, log scales)</title>
<desc id="d">${esc(`FAQ: ${describe(faq)}. Matrix: ${describe(matrix)}.`)}</desc>
<rect width="100%" height="100%" fill="#ffffff"/>
${panel('FAQ: render time vs entries', faq, 0)}
${panel('Feature matrix: render time vs features', matrix, W)}
</svg>
`;
}
