/* dateline dashboard: what every view shares (event-type colours, small DOM helpers). */
"use strict";

const COLORS = {
  ASSAULT: "#dc2626", COERCE: "#ea580c", PROTEST: "#d97706", THREATEN: "#ca8a04",
  SANCTION: "#a16207", MOBILIZE: "#7c2d12", ACCUSE: "#9333ea", REJECT: "#c026d3",
  REQUEST: "#db2777", CONSULT: "#2563eb", AGREE: "#0891b2", SUPPORT: "#0d9488",
  COOPERATE: "#059669", AID: "#16a34a", RETREAT: "#65a30d", CONCEDE: "#4d7c0f",
};
const OTHER_COLOR = "#6b7280";
const typeColor = (t) => COLORS[t] || OTHER_COLOR;
const $ = (sel) => document.querySelector(sel);
const SVGNS = "http://www.w3.org/2000/svg";

function svgEl(name, attrs, text) {
  const el = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
