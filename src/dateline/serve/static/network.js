/* dateline dashboard, "who acts on whom": the pairs of parties as a two-column network, actors on
   the left and their recipients on the right, one line per pair, as thick as its events and in
   the colour of its most frequent event type. Hovering a party (or focusing it with the keyboard)
   brings out its pairs; clicking it filters every view by it. */
"use strict";

const NETWORK_MAX_PARTIES = 14; // per column: beyond that the names no longer fit
const NETWORK_ROW = 22;
const NETWORK_TOP = 22;

/* The strongest pairs whose two parties fit in their columns, and the two columns' totals. */
function networkPairs(pairs) {
  const left = new Map(), right = new Map(), kept = [];
  for (const p of pairs) {
    const fits = (col, name) => col.has(name) || col.size < NETWORK_MAX_PARTIES;
    if (!fits(left, p.source) || !fits(right, p.target)) continue;
    left.set(p.source, (left.get(p.source) || 0) + p.n);
    right.set(p.target, (right.get(p.target) || 0) + p.n);
    kept.push(p);
  }
  return { left, right, kept };
}

function fitText(el, maxWidth) {
  const full = el.textContent;
  let n = full.length;
  while (n > 4 && el.getComputedTextLength() > maxWidth) el.textContent = full.slice(0, --n) + "…";
}

function drawNetwork(pairs, onPick) {
  const svg = $("#network");
  svg.replaceChildren();
  svg.classList.remove("focus");
  const { left, right, kept } = networkPairs(pairs);
  if (!kept.length) {
    svg.style.height = "40px";
    svg.appendChild(svgEl("text", { x: 8, y: 24, class: "muted" }, "no events between two identified parties"));
    return;
  }
  const byWeight = (col) => (a, b) => col.get(b) - col.get(a) || a.localeCompare(b);
  const leftNames = [...left.keys()].sort(byWeight(left));
  const rowOf = new Map(leftNames.map((n, i) => [n, i]));
  // recipients in the mean row of their actors, so that lines cross as little as they can
  const mean = new Map();
  for (const name of right.keys()) {
    const ps = kept.filter((p) => p.target === name);
    mean.set(name, ps.reduce((s, p) => s + rowOf.get(p.source) * p.n, 0) / ps.reduce((s, p) => s + p.n, 0));
  }
  const rightNames = [...right.keys()].sort((a, b) => mean.get(a) - mean.get(b) || byWeight(right)(a, b));
  const rows = Math.max(leftNames.length, rightNames.length);
  const W = svg.clientWidth || 420, H = NETWORK_TOP + rows * NETWORK_ROW + 4;
  svg.style.height = `${H}px`;
  const xL = Math.round(W * 0.42), xR = Math.round(W * 0.58), labelWidth = xL - 14;
  const y = (i, count) => NETWORK_TOP + (i + 0.5 + (rows - count) / 2) * NETWORK_ROW;
  const at = {
    left: new Map(leftNames.map((n, i) => [n, y(i, leftNames.length)])),
    right: new Map(rightNames.map((n, i) => [n, y(i, rightNames.length)])),
  };
  svg.appendChild(svgEl("text", { x: xL, y: 12, "text-anchor": "end", class: "column" }, "actor"));
  svg.appendChild(svgEl("text", { x: xR, y: 12, class: "column" }, "recipient"));
  const max = Math.max(...kept.map((p) => p.n));
  for (const p of kept) {
    const y1 = at.left.get(p.source), y2 = at.right.get(p.target), mid = (xL + xR) / 2;
    const types = Object.entries(p.event_types || {});
    const path = svgEl("path", {
      d: `M ${xL} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${xR} ${y2}`, class: "edge",
      stroke: typeColor(types.length ? types[0][0] : ""), "stroke-width": 1.5 + (4 * p.n) / max, fill: "none",
    });
    path.dataset.source = p.source;
    path.dataset.target = p.target;
    path.appendChild(svgEl("title", {}, `${p.source} → ${p.target}: ${p.n} event${p.n > 1 ? "s" : ""} (${types.map(([t, n]) => `${t} ${n}`).join(", ")})`));
    svg.appendChild(path);
  }
  for (const [side, names, x] of [["left", leftNames, xL], ["right", rightNames, xR]]) {
    for (const name of names) {
      const g = svgEl("g", { class: "party", tabindex: 0, role: "button" });
      g.dataset.name = name;
      g.dataset.side = side;
      g.appendChild(svgEl("circle", { cx: x, cy: at[side].get(name), r: 4.5 }));
      const text = svgEl("text", {
        x: side === "left" ? x - 9 : x + 9, y: at[side].get(name) + 4, "text-anchor": side === "left" ? "end" : "start",
      }, name);
      g.appendChild(text);
      const total = (side === "left" ? left : right).get(name);
      g.appendChild(svgEl("title", {}, `${name}: ${total} event${total > 1 ? "s" : ""} as ${side === "left" ? "actor" : "recipient"} — click to filter by this party`));
      svg.appendChild(g);
      fitText(text, labelWidth);
      const focus = (on) => networkFocus(svg, on ? g : null);
      g.addEventListener("mouseenter", () => focus(true));
      g.addEventListener("mouseleave", () => focus(false));
      g.addEventListener("focus", () => focus(true));
      g.addEventListener("blur", () => focus(false));
      g.addEventListener("click", () => onPick(name));
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); onPick(name); } });
    }
  }
}

/* Bring out the pairs of one party (and the parties at their other ends); null clears. */
function networkFocus(svg, party) {
  svg.classList.toggle("focus", !!party);
  svg.querySelectorAll(".on").forEach((el) => el.classList.remove("on"));
  if (!party) return;
  const { name, side } = party.dataset;
  party.classList.add("on");
  for (const edge of svg.querySelectorAll(".edge")) {
    if ((side === "left" ? edge.dataset.source : edge.dataset.target) !== name) continue;
    edge.classList.add("on");
    const other = side === "left" ? ["right", edge.dataset.target] : ["left", edge.dataset.source];
    for (const g of svg.querySelectorAll(".party")) if (g.dataset.side === other[0] && g.dataset.name === other[1]) g.classList.add("on");
  }
}
