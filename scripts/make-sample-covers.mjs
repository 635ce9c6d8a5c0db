#!/usr/bin/env node
// Tạo ảnh bìa minh họa cho các bài mẫu (sample content).
//
// Với mỗi bài dạng thư mục content/stories/<slug>/index.mdx có dòng
// `cover: ./anh-bia.jpg` trong frontmatter, vẽ một tranh minh họa trừu tượng
// (SVG, không có chữ) theo chủ đề của lĩnh vực (`field:`) rồi xuất ra
// content/stories/<slug>/anh-bia.jpg (1600×1000, JPEG mozjpeg).
// Màu sắc và bố cục được rút ra từ một hàm băm của slug, nên cùng một bài
// luôn cho cùng một ảnh, còn các bài khác nhau cho ảnh khác nhau.
//
// Chạy: node scripts/make-sample-covers.mjs [thư-mục-content]
// Chỉ dùng sharp và các module có sẵn của Node; không cần mạng.

import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1600;
const H = 1000;
const QUALITY = 78;
const COVER_NAME = 'anh-bia.jpg';

const here = path.dirname(fileURLToPath(import.meta.url));
const contentDir = path.resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? path.join(here, '..', 'content'));
const storiesDir = path.join(contentDir, 'stories');

// ---------- số giả ngẫu nhiên có hạt giống (xác định) ----------

function hash32(str) {
  // FNV-1a 32 bit
  let h = 0x811c9dc5;
  for (const ch of str) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function makeRng(seed) {
  // mulberry32
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.range = (lo, hi) => lo + (hi - lo) * next();
  next.int = (lo, hi) => Math.floor(next.range(lo, hi + 1));
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  return next;
}

// ---------- màu ----------

function hsl(h, s, l) {
  // trả về #rrggbb, h theo độ, s và l theo phần trăm
  h = ((h % 360) + 360) % 360;
  s = Math.max(0, Math.min(100, s)) / 100;
  l = Math.max(0, Math.min(100, l)) / 100;
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  const hex = (x) => Math.round(x * 255).toString(16).padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

const r1 = (x) => Math.round(x * 10) / 10;

// ---------- các mảnh hình dùng chung ----------

function linearGradient(id, stops, { x1 = 0, y1 = 0, x2 = 0, y2 = 1 } = {}) {
  const s = stops.map(([off, color, op = 1]) => `<stop offset="${off}" stop-color="${color}" stop-opacity="${op}"/>`).join('');
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function radialGradient(id, stops) {
  const s = stops.map(([off, color, op = 1]) => `<stop offset="${off}" stop-color="${color}" stop-opacity="${op}"/>`).join('');
  return `<radialGradient id="${id}" cx="0.5" cy="0.5" r="0.5">${s}</radialGradient>`;
}

/** Đường đồi lượn: trả về path kín từ đáy ảnh. */
function hillPath(rng, baseY, amp, bumps) {
  const pts = [];
  const n = bumps * 2;
  for (let i = 0; i <= n; i++) {
    const x = (W / n) * i;
    const y = baseY + (i % 2 === 0 ? 0 : -amp * rng.range(0.5, 1)) + rng.range(-amp * 0.15, amp * 0.15);
    pts.push([x, y]);
  }
  let d = `M0 ${H} L0 ${r1(pts[0][1])}`;
  for (let i = 1; i < pts.length; i++) {
    const [px, py] = pts[i - 1];
    const [x, y] = pts[i];
    const mx = (px + x) / 2;
    d += ` C${r1(mx)} ${r1(py)} ${r1(mx)} ${r1(y)} ${r1(x)} ${r1(y)}`;
  }
  return `${d} L${W} ${H} Z`;
}

/** Đường sóng hình sin, kín về đáy ảnh. */
function wavePath(baseY, amp, wavelength, phase) {
  let d = `M0 ${H} L0 ${r1(baseY + amp * Math.sin(phase))}`;
  for (let x = 20; x <= W; x += 20) {
    d += ` L${x} ${r1(baseY + amp * Math.sin((x / wavelength) * Math.PI * 2 + phase))}`;
  }
  return `${d} L${W} ${H} Z`;
}

function sun(cx, cy, r, color, glow) {
  return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r * 2.6)}" fill="url(#glow)"/>` +
    `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${color}"/>` +
    `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r * 1.25)}" fill="none" stroke="${glow}" stroke-opacity="0.35" stroke-width="6"/>`;
}

function skyDefs(top, bottom, glowColor) {
  return linearGradient('sky', [[0, top], [1, bottom]]) +
    radialGradient('glow', [[0, glowColor, 0.55], [1, glowColor, 0]]);
}

function gearPath(cx, cy, r, teeth, depth, hole) {
  const pts = [];
  const step = (Math.PI * 2) / teeth;
  for (let i = 0; i < teeth; i++) {
    const a = i * step;
    const ro = r + depth;
    pts.push([a - step * 0.25, r], [a - step * 0.15, ro], [a + step * 0.15, ro], [a + step * 0.25, r]);
  }
  let d = pts.map(([a, rad], i) => `${i ? 'L' : 'M'}${r1(cx + rad * Math.cos(a))} ${r1(cy + rad * Math.sin(a))}`).join(' ') + ' Z';
  d += ` M${r1(cx + hole)} ${r1(cy)} A${hole} ${hole} 0 1 0 ${r1(cx - hole)} ${r1(cy)} A${hole} ${hole} 0 1 0 ${r1(cx + hole)} ${r1(cy)} Z`;
  return d;
}

function starPath(cx, cy, ro, ri, rot = -Math.PI / 2) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? ro : ri;
    const a = rot + (i * Math.PI) / 5;
    pts.push(`${r1(cx + rad * Math.cos(a))} ${r1(cy + rad * Math.sin(a))}`);
  }
  return `M${pts.join(' L')} Z`;
}

function heartPath(cx, cy, s) {
  // trái tim cân đối, đỉnh nhọn ở dưới; s là nửa chiều rộng
  return `M${r1(cx)} ${r1(cy + s * 0.95)}` +
    ` C${r1(cx - s * 0.2)} ${r1(cy + s * 0.7)} ${r1(cx - s)} ${r1(cy + s * 0.25)} ${r1(cx - s)} ${r1(cy - s * 0.25)}` +
    ` C${r1(cx - s)} ${r1(cy - s * 0.8)} ${r1(cx - s * 0.35)} ${r1(cy - s * 0.95)} ${r1(cx)} ${r1(cy - s * 0.5)}` +
    ` C${r1(cx + s * 0.35)} ${r1(cy - s * 0.95)} ${r1(cx + s)} ${r1(cy - s * 0.8)} ${r1(cx + s)} ${r1(cy - s * 0.25)}` +
    ` C${r1(cx + s)} ${r1(cy + s * 0.25)} ${r1(cx + s * 0.2)} ${r1(cy + s * 0.7)} ${r1(cx)} ${r1(cy + s * 0.95)} Z`;
}

// ---------- các chủ đề ----------

/** Nông nghiệp (lúa): bầu trời, mặt trời, dải ruộng phối cảnh, kênh mương. */
function themeRice(rng, hue) {
  const g = 92 + (hue % 24) - 12 + rng.range(-6, 6); // luôn là sắc xanh lá
  const horizon = rng.range(400, 470);
  const sunX = rng.range(300, 1300);
  let defs = skyDefs(hsl(200 + rng.range(-10, 10), 70, 78), hsl(45, 85, 88), hsl(45, 100, 70));
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += sun(sunX, horizon - rng.range(120, 220), rng.range(55, 80), hsl(42, 95, 62), hsl(42, 95, 70));
  // hàng cây xa
  s += `<path d="${hillPath(rng, horizon, 30, 14)}" fill="${hsl(g + 10, 35, 38)}"/>`;
  // dải ruộng từ chân trời xuống
  const vpX = rng.range(600, 1000);
  const bands = 7;
  let y = horizon;
  for (let i = 0; i < bands; i++) {
    const h = ((H - horizon) / bands) * (0.5 + i * 0.22);
    const y2 = Math.min(H, y + h);
    const light = i % 2 === 0 ? 46 + i * 2 : 39 + i * 2;
    s += `<rect x="0" y="${r1(y)}" width="${W}" height="${r1(y2 - y + 1)}" fill="${hsl(g + (i % 2) * 12, 42, light)}"/>`;
    y = y2;
    if (y >= H) break;
  }
  // luống lúa hội tụ về điểm tụ
  for (let i = -14; i <= 14; i++) {
    const xb = vpX + i * 130;
    s += `<line x1="${r1(vpX + i * 6)}" y1="${r1(horizon)}" x2="${r1(xb)}" y2="${H}" stroke="${hsl(g + 20, 60, 62)}" stroke-opacity="0.35" stroke-width="3"/>`;
  }
  // bờ ruộng ngang
  for (let k = 1; k < 5; k++) {
    const yy = horizon + (H - horizon) * Math.pow(k / 5, 1.6);
    s += `<line x1="0" y1="${r1(yy)}" x2="${W}" y2="${r1(yy)}" stroke="${hsl(35, 35, 70)}" stroke-opacity="0.55" stroke-width="${r1(2 + k * 2)}"/>`;
  }
  // kênh mương
  const cx = vpX + rng.range(-200, 200);
  s += `<path d="M${r1(vpX - 4)} ${r1(horizon)} L${r1(vpX + 4)} ${r1(horizon)} L${r1(cx + 150)} ${H} L${r1(cx - 30)} ${H} Z" fill="${hsl(200, 60, 66)}" fill-opacity="0.85"/>`;
  return { defs, body: s };
}

/** Làm muối, nuôi trồng thủy sản: trời, biển nhiều lớp sóng, ụ muối trắng. */
function themeWaves(rng, hue) {
  const h = 195 + rng.range(-15, 15) + (hue % 10);
  let defs = skyDefs(hsl(h, 60, 82), hsl(40, 80, 90), hsl(40, 100, 75));
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += sun(rng.range(250, 1350), rng.range(180, 300), rng.range(50, 75), hsl(38, 95, 64), hsl(38, 95, 72));
  for (let i = 0; i < 6; i++) {
    const baseY = 430 + i * 95;
    s += `<path d="${wavePath(baseY, rng.range(12, 28), rng.range(260, 480), rng.range(0, 6.28))}" fill="${hsl(h + i * 4, 55, 62 - i * 6)}"/>`;
  }
  // ụ muối / cọc lưới trên bãi
  const n = rng.int(4, 7);
  for (let i = 0; i < n; i++) {
    const x = 120 + i * (1360 / n) + rng.range(-30, 30);
    const y = rng.range(520, 640);
    const w = rng.range(60, 110);
    s += `<path d="M${r1(x - w)} ${r1(y)} Q${r1(x)} ${r1(y - w * 0.9)} ${r1(x + w)} ${r1(y)} Z" fill="#fbfbf6" fill-opacity="0.92"/>`;
  }
  return { defs, body: s };
}

/** Công nghiệp, làng nghề: nền màu đồng, bánh răng, ánh lửa lò. */
function themeGears(rng, hue) {
  const h = 20 + rng.range(-10, 15) + (hue % 8);
  let defs = linearGradient('bg', [[0, hsl(h, 45, 30)], [1, hsl(h + 15, 55, 55)]], { x2: 1, y2: 1 }) +
    radialGradient('fire', [[0, hsl(40, 100, 65), 0.95], [0.5, hsl(20, 95, 55), 0.5], [1, hsl(10, 90, 45), 0]]);
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  const fx = rng.range(400, 1200);
  s += `<circle cx="${r1(fx)}" cy="${r1(rng.range(600, 760))}" r="${r1(rng.range(380, 480))}" fill="url(#fire)"/>`;
  const gears = [
    [rng.range(280, 420), rng.range(300, 380), rng.range(190, 230), 14],
    [rng.range(620, 720), rng.range(560, 640), rng.range(130, 160), 10],
    [rng.range(1050, 1250), rng.range(330, 430), rng.range(230, 270), 18],
    [rng.range(1300, 1450), rng.range(760, 860), rng.range(100, 130), 9],
  ];
  gears.forEach(([cx, cy, r, t], i) => {
    const light = 58 + i * 6;
    s += `<path d="${gearPath(cx, cy, r, t, r * 0.16, r * 0.32)}" fill="${hsl(h + 10, 50, light)}" fill-rule="evenodd" fill-opacity="0.9"/>`;
    s += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r * 0.62)}" fill="none" stroke="${hsl(h, 40, 35)}" stroke-opacity="0.35" stroke-width="10"/>`;
  });
  // nền xưởng
  s += `<rect x="0" y="${H - 120}" width="${W}" height="120" fill="${hsl(h, 35, 22)}" fill-opacity="0.8"/>`;
  return { defs, body: s };
}

/** Kinh doanh: cột tăng trưởng, mũi tên đi lên, đồng tiền tròn. */
function themeGrowth(rng, hue) {
  const h = 150 + rng.range(-20, 20) + (hue % 12);
  let defs = linearGradient('bg', [[0, hsl(h, 35, 92)], [1, hsl(h + 20, 40, 80)]]);
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  const n = 7;
  const base = 860;
  for (let i = 0; i < n; i++) {
    const x = 200 + i * 170;
    const top = base - (120 + i * 80 + rng.range(-30, 30));
    s += `<rect x="${x}" y="${r1(top)}" width="110" height="${r1(base - top)}" rx="14" fill="${hsl(h + i * 6, 50, 40 + i * 3)}"/>`;
  }
  s += `<path d="M170 760 C500 700 800 520 1350 200" fill="none" stroke="${hsl(35, 95, 55)}" stroke-width="22" stroke-linecap="round"/>`;
  s += `<path d="M1290 170 L1400 165 L1375 275 Z" fill="${hsl(35, 95, 55)}"/>`;
  for (let i = 0; i < 5; i++) {
    const cx = rng.range(180, 1450);
    const cy = rng.range(120, 380);
    const r = rng.range(26, 48);
    s += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${hsl(45, 90, 60)}" stroke="${hsl(40, 80, 45)}" stroke-width="6" fill-opacity="0.85"/>`;
  }
  s += `<rect x="0" y="${base}" width="${W}" height="${H - base}" fill="${hsl(h, 30, 30)}"/>`;
  return { defs, body: s };
}

/** Giáo dục: chồng sách, sách mở, hình khối màu như lớp học. */
function themeBooks(rng, hue) {
  const h = 35 + rng.range(-15, 15) + (hue % 10);
  let defs = linearGradient('bg', [[0, hsl(h, 70, 90)], [1, hsl(h + 25, 60, 80)]]);
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  // hình khối trang trí
  for (let i = 0; i < 9; i++) {
    const x = rng.range(0, W);
    const y = rng.range(0, 520);
    const r = rng.range(30, 90);
    const c = hsl(rng.pick([200, 340, 120, 50, 280]) + rng.range(-10, 10), 65, 72);
    s += rng() < 0.5
      ? `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${c}" fill-opacity="0.6"/>`
      : `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(r * 1.6)}" height="${r1(r * 1.6)}" rx="16" transform="rotate(${r1(rng.range(-25, 25))} ${r1(x)} ${r1(y)})" fill="${c}" fill-opacity="0.55"/>`;
  }
  // mặt bàn
  s += `<rect x="0" y="820" width="${W}" height="180" fill="${hsl(h + 5, 40, 45)}"/>`;
  // chồng sách bên trái
  let y = 820;
  const sx = rng.range(160, 300);
  for (let i = 0; i < 6; i++) {
    const bh = rng.range(42, 62);
    const bw = rng.range(360, 460);
    const off = rng.range(-30, 30);
    y -= bh;
    const c = hsl(rng.pick([0, 210, 130, 30, 260, 190]) + rng.range(-10, 10), 60, 48);
    s += `<rect x="${r1(sx + off)}" y="${r1(y)}" width="${r1(bw)}" height="${r1(bh - 4)}" rx="8" fill="${c}"/>`;
    s += `<rect x="${r1(sx + off + 20)}" y="${r1(y + 8)}" width="${r1(bw - 40)}" height="${r1(bh - 20)}" rx="4" fill="#ffffff" fill-opacity="0.25"/>`;
  }
  // sách mở bên phải
  const bx = rng.range(1000, 1150);
  const by = 700;
  s += `<path d="M${r1(bx)} ${by + 120} C${r1(bx - 120)} ${by + 60} ${r1(bx - 260)} ${by + 80} ${r1(bx - 360)} ${by + 110} L${r1(bx - 360)} ${by - 150} C${r1(bx - 260)} ${by - 180} ${r1(bx - 120)} ${by - 200} ${r1(bx)} ${by - 130} Z" fill="#fffdf5"/>`;
  s += `<path d="M${r1(bx)} ${by + 120} C${r1(bx + 120)} ${by + 60} ${r1(bx + 260)} ${by + 80} ${r1(bx + 360)} ${by + 110} L${r1(bx + 360)} ${by - 150} C${r1(bx + 260)} ${by - 180} ${r1(bx + 120)} ${by - 200} ${r1(bx)} ${by - 130} Z" fill="#f6f1e3"/>`;
  for (let k = 0; k < 6; k++) {
    const ly = by - 100 + k * 34;
    s += `<line x1="${r1(bx - 320)}" y1="${r1(ly + 10)}" x2="${r1(bx - 40)}" y2="${r1(ly)}" stroke="${hsl(h, 20, 70)}" stroke-width="5" stroke-linecap="round"/>`;
    s += `<line x1="${r1(bx + 40)}" y1="${r1(ly)}" x2="${r1(bx + 320)}" y2="${r1(ly + 10)}" stroke="${hsl(h, 20, 70)}" stroke-width="5" stroke-linecap="round"/>`;
  }
  s += `<line x1="${r1(bx)}" y1="${by - 130}" x2="${r1(bx)}" y2="${by + 120}" stroke="${hsl(h, 30, 60)}" stroke-width="4"/>`;
  return { defs, body: s };
}

/** Y tế: đồi dịu, thẻ trắng có chữ thập, trái tim. */
function themeHealth(rng, hue) {
  const h = 170 + rng.range(-20, 20) + (hue % 10);
  let defs = skyDefs(hsl(h, 55, 88), hsl(h + 20, 45, 95), hsl(h, 70, 80));
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += `<path d="${hillPath(rng, 700, 90, 4)}" fill="${hsl(h - 30, 40, 70)}"/>`;
  s += `<path d="${hillPath(rng, 820, 70, 3)}" fill="${hsl(h - 40, 45, 58)}"/>`;
  const cx = rng.range(520, 700);
  const cy = 430;
  s += `<circle cx="${r1(cx)}" cy="${cy}" r="300" fill="url(#glow)"/>`;
  s += `<rect x="${r1(cx - 190)}" y="${cy - 190}" width="380" height="380" rx="60" fill="#ffffff" fill-opacity="0.95"/>`;
  s += `<path d="M${r1(cx - 45)} ${cy - 130} h90 v85 h85 v90 h-85 v85 h-90 v-85 h-85 v-90 h85 Z" fill="${hsl(h + 160, 65, 55)}"/>`;
  const hx = cx + rng.range(380, 520);
  s += `<path d="${heartPath(hx, cy + 40, 150)}" fill="${hsl(350, 70, 62)}" fill-opacity="0.92"/>`;
  // nhịp tim
  const py = cy + 40;
  s += `<path d="M${r1(hx - 240)} ${py} h120 l30 -70 l40 140 l30 -70 h200" fill="none" stroke="#ffffff" stroke-width="14" stroke-linejoin="round" stroke-linecap="round"/>`;
  return { defs, body: s };
}

/** Văn hóa: mái đình cong, mặt trống với vòng tròn đồng tâm. */
function themeCulture(rng, hue) {
  const h = 8 + rng.range(-8, 12) + (hue % 8);
  let defs = linearGradient('bg', [[0, hsl(h + 30, 75, 82)], [1, hsl(h, 65, 62)]]);
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  const cx = rng.range(1050, 1250);
  const cy = rng.range(380, 460);
  for (let i = 9; i >= 1; i--) {
    s += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${i * 48}" fill="none" stroke="${hsl(h + 35, 70, 90)}" stroke-opacity="${r1(0.12 + (9 - i) * 0.04)}" stroke-width="${i % 3 === 0 ? 10 : 4}"/>`;
  }
  s += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="170" fill="${hsl(40, 65, 55)}"/>`;
  s += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="150" fill="none" stroke="${hsl(35, 60, 35)}" stroke-width="6"/>`;
  s += `<path d="${starPath(cx, cy, 120, 40, rng.range(0, 1))}" fill="${hsl(38, 80, 72)}"/>`;
  for (let k = 0; k < 14; k++) {
    const a = (k / 14) * Math.PI * 2;
    s += `<circle cx="${r1(cx + 135 * Math.cos(a))}" cy="${r1(cy + 135 * Math.sin(a))}" r="7" fill="${hsl(35, 60, 35)}"/>`;
  }
  // mái đình cong, hai đầu đao vút lên
  const rx = rng.range(180, 260);
  const ry = 560;
  const rw = 760;
  s += `<path d="M${r1(rx - 60)} ${ry - 70} Q${r1(rx + 40)} ${ry + 30} ${r1(rx + 120)} ${ry + 20} L${r1(rx + rw - 120)} ${ry + 20} Q${r1(rx + rw - 40)} ${ry + 30} ${r1(rx + rw + 60)} ${ry - 70} Q${r1(rx + rw - 60)} ${ry - 20} ${r1(rx + rw - 170)} ${ry - 150} L${r1(rx + 170)} ${ry - 150} Q${r1(rx + 60)} ${ry - 20} ${r1(rx - 60)} ${ry - 70} Z" fill="${hsl(h, 55, 30)}"/>`;
  s += `<rect x="${r1(rx + 140)}" y="${ry + 20}" width="${rw - 280}" height="260" fill="${hsl(h + 20, 40, 45)}"/>`;
  for (let k = 0; k < 5; k++) {
    s += `<rect x="${r1(rx + 170 + k * ((rw - 340) / 4) - 14)}" y="${ry + 20}" width="28" height="260" fill="${hsl(h, 55, 28)}"/>`;
  }
  s += `<rect x="0" y="${ry + 280}" width="${W}" height="${H - ry - 280}" fill="${hsl(h, 35, 35)}"/>`;
  return { defs, body: s };
}

/** Khoa học, công nghệ, chuyển đổi số: mạch điện, điểm nút phát sáng. */
function themeCircuit(rng, hue) {
  const h = 210 + rng.range(-15, 15) + (hue % 10);
  let defs = linearGradient('bg', [[0, hsl(h, 60, 18)], [1, hsl(h + 25, 55, 34)]], { x2: 1, y2: 1 }) +
    radialGradient('glow', [[0, hsl(h - 30, 90, 70), 0.7], [1, hsl(h - 30, 90, 70), 0]]);
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  // lưới mờ
  for (let x = 0; x <= W; x += 80) s += `<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="#ffffff" stroke-opacity="0.04" stroke-width="2"/>`;
  for (let y = 0; y <= H; y += 80) s += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#ffffff" stroke-opacity="0.04" stroke-width="2"/>`;
  const hubX = rng.range(650, 950);
  const hubY = rng.range(420, 580);
  s += `<circle cx="${r1(hubX)}" cy="${r1(hubY)}" r="320" fill="url(#glow)"/>`;
  const nodes = [];
  for (let i = 0; i < 22; i++) {
    const x = Math.round(rng.range(60, W - 60) / 40) * 40;
    const y = Math.round(rng.range(60, H - 60) / 40) * 40;
    const mx = x + (hubX - x) * rng.range(0.3, 0.7);
    const color = hsl(h - 30 + rng.range(-20, 40), 85, 65);
    // đường mạch: ngang, chéo 45 độ, rồi về trung tâm
    const dy = hubY - y;
    const diag = Math.min(Math.abs(dy), Math.abs(hubX - mx)) * 0.6;
    const mx2 = mx + Math.sign(hubX - mx) * diag;
    const my2 = y + Math.sign(dy) * diag;
    s += `<polyline points="${x},${y} ${r1(mx)},${y} ${r1(mx2)},${r1(my2)} ${r1(mx2)},${r1(hubY)} ${r1(hubX)},${r1(hubY)}" fill="none" stroke="${color}" stroke-opacity="0.55" stroke-width="5" stroke-linejoin="round"/>`;
    nodes.push([x, y, color]);
  }
  for (const [x, y, c] of nodes) {
    s += `<circle cx="${x}" cy="${y}" r="14" fill="${hsl(h, 60, 18)}" stroke="${c}" stroke-width="6"/>`;
  }
  s += `<rect x="${r1(hubX - 110)}" y="${r1(hubY - 110)}" width="220" height="220" rx="30" fill="${hsl(h, 55, 25)}" stroke="${hsl(h - 30, 90, 70)}" stroke-width="10"/>`;
  s += `<rect x="${r1(hubX - 60)}" y="${r1(hubY - 60)}" width="120" height="120" rx="16" fill="${hsl(h - 30, 90, 70)}" fill-opacity="0.8"/>`;
  return { defs, body: s };
}

/** Quốc phòng: ngôi sao, con đê, sóng biển. */
function themeDefence(rng, hue) {
  const h = 200 + rng.range(-15, 10) + (hue % 8);
  let defs = skyDefs(hsl(h, 55, 70), hsl(40, 70, 88), hsl(45, 100, 70));
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  const sx = rng.range(1050, 1300);
  const sy = rng.range(200, 270);
  s += `<circle cx="${r1(sx)}" cy="${r1(sy)}" r="330" fill="url(#glow)"/>`;
  s += `<circle cx="${r1(sx)}" cy="${r1(sy)}" r="165" fill="none" stroke="${hsl(45, 95, 62)}" stroke-opacity="0.6" stroke-width="8"/>`;
  for (let k = 0; k < 20; k++) {
    const a = (k / 20) * Math.PI * 2;
    s += `<line x1="${r1(sx + 180 * Math.cos(a))}" y1="${r1(sy + 180 * Math.sin(a))}" x2="${r1(sx + 225 * Math.cos(a))}" y2="${r1(sy + 225 * Math.sin(a))}" stroke="${hsl(45, 95, 62)}" stroke-opacity="0.45" stroke-width="6" stroke-linecap="round"/>`;
  }
  s += `<path d="${starPath(sx, sy, 135, 54)}" fill="${hsl(46, 100, 56)}" stroke="${hsl(30, 90, 45)}" stroke-width="6" stroke-linejoin="round"/>`;
  // đồng ruộng, làng xóm phía sau đê
  const dy = rng.range(560, 610);
  s += `<path d="${hillPath(rng, dy - 60, 50, 6)}" fill="${hsl(110, 28, 52)}"/>`;
  s += `<path d="${hillPath(rng, dy - 10, 30, 9)}" fill="${hsl(100, 32, 42)}"/>`;
  // con đê: mái đê xanh, mặt đê sáng màu
  s += `<path d="M0 ${r1(dy + 30)} L${W} ${r1(dy - 10)} L${W} ${r1(dy + 90)} L0 ${r1(dy + 150)} Z" fill="${hsl(95, 38, 36)}"/>`;
  s += `<path d="M0 ${r1(dy + 30)} L${W} ${r1(dy - 10)} L${W} ${r1(dy + 8)} L0 ${r1(dy + 50)} Z" fill="${hsl(40, 30, 78)}"/>`;
  // sóng phía trước
  for (let i = 0; i < 4; i++) {
    s += `<path d="${wavePath(dy + 115 + i * 75, rng.range(10, 20), rng.range(300, 420), rng.range(0, 6.28))}" fill="${hsl(h + i * 3, 55, 55 - i * 6)}"/>`;
  }
  return { defs, body: s };
}

/** An ninh, trật tự: khu phố lúc chạng vạng, cửa sổ sáng đèn, chiếc khiên. */
function themeSecurity(rng, hue) {
  const h = 230 + rng.range(-15, 15) + (hue % 8);
  let defs = linearGradient('sky', [[0, hsl(h, 45, 22)], [1, hsl(h + 40, 45, 55)]]) +
    radialGradient('glow', [[0, hsl(45, 100, 75), 0.7], [1, hsl(45, 100, 75), 0]]);
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  for (let i = 0; i < 40; i++) {
    s += `<circle cx="${r1(rng.range(0, W))}" cy="${r1(rng.range(0, 380))}" r="${r1(rng.range(1.5, 3.5))}" fill="#ffffff" fill-opacity="${r1(rng.range(0.4, 0.9))}"/>`;
  }
  // khiên
  const cx = rng.range(700, 900);
  s += `<path d="M${r1(cx)} 90 L${r1(cx + 210)} 160 L${r1(cx + 190)} 420 Q${r1(cx + 150)} 560 ${r1(cx)} 640 Q${r1(cx - 150)} 560 ${r1(cx - 190)} 420 L${r1(cx - 210)} 160 Z" fill="${hsl(h, 50, 45)}" fill-opacity="0.55" stroke="${hsl(45, 90, 65)}" stroke-width="12" stroke-opacity="0.8"/>`;
  // dãy nhà
  let x = -20;
  while (x < W) {
    const w = rng.range(120, 220);
    const top = rng.range(560, 720);
    const col = hsl(h, 25, rng.range(14, 24));
    s += `<rect x="${r1(x)}" y="${r1(top)}" width="${r1(w)}" height="${r1(H - top)}" fill="${col}"/>`;
    s += `<path d="M${r1(x - 10)} ${r1(top)} L${r1(x + w / 2)} ${r1(top - 60)} L${r1(x + w + 10)} ${r1(top)} Z" fill="${col}"/>`;
    for (let wy = top + 40; wy < H - 80; wy += 90) {
      for (let wx = x + 25; wx < x + w - 40; wx += 60) {
        if (rng() < 0.7) s += `<rect x="${r1(wx)}" y="${r1(wy)}" width="30" height="40" rx="4" fill="${hsl(45, 95, 68)}" fill-opacity="${r1(rng.range(0.6, 1))}"/>`;
      }
    }
    x += w + rng.range(10, 40);
  }
  // đèn đường
  for (const lx of [rng.range(150, 400), rng.range(1150, 1450)]) {
    s += `<circle cx="${r1(lx)}" cy="700" r="90" fill="url(#glow)"/>`;
    s += `<rect x="${r1(lx - 5)}" y="700" width="10" height="300" fill="${hsl(h, 20, 10)}"/>`;
    s += `<circle cx="${r1(lx)}" cy="700" r="16" fill="${hsl(45, 100, 80)}"/>`;
  }
  return { defs, body: s };
}

/** An sinh xã hội: trái tim lớn giữa đôi bàn tay, những trái tim nhỏ. */
function themeCare(rng, hue) {
  const h = 20 + rng.range(-12, 12) + (hue % 10);
  let defs = linearGradient('bg', [[0, hsl(h + 25, 85, 88)], [1, hsl(h, 75, 72)]]) +
    radialGradient('glow', [[0, '#ffffff', 0.75], [1, '#ffffff', 0]]);
  let s = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  const cx = rng.range(700, 900);
  const cy = 420;
  s += `<circle cx="${r1(cx)}" cy="${cy}" r="380" fill="url(#glow)"/>`;
  for (let i = 0; i < 12; i++) {
    const x = rng.range(80, W - 80);
    const y = rng.range(80, 900);
    if (Math.abs(x - cx) < 360 && Math.abs(y - cy) < 380) continue;
    s += `<path d="${heartPath(x, y, rng.range(20, 50))}" fill="${hsl(h - 15 + rng.range(-10, 10), 75, 60)}" fill-opacity="${r1(rng.range(0.35, 0.75))}"/>`;
  }
  s += `<path d="${heartPath(cx, cy - 40, 190)}" fill="${hsl(355, 75, 58)}"/>`;
  // đôi bàn tay nâng đỡ (dạng khối đơn giản)
  const hand = hsl(h + 10, 55, 70);
  const handDark = hsl(h + 5, 45, 55);
  s += `<path d="M${r1(cx - 420)} 760 Q${r1(cx - 360)} 600 ${r1(cx - 190)} 560 Q${r1(cx - 80)} 540 ${r1(cx)} 640 L${r1(cx)} 760 Q${r1(cx - 150)} 820 ${r1(cx - 420)} 820 Z" fill="${hand}"/>`;
  s += `<path d="M${r1(cx + 420)} 760 Q${r1(cx + 360)} 600 ${r1(cx + 190)} 560 Q${r1(cx + 80)} 540 ${r1(cx)} 640 L${r1(cx)} 760 Q${r1(cx + 150)} 820 ${r1(cx + 420)} 820 Z" fill="${hand}"/>`;
  for (let k = 0; k < 3; k++) {
    s += `<path d="M${r1(cx - 330 + k * 60)} ${640 - k * 12} q40 -20 80 0" fill="none" stroke="${handDark}" stroke-width="8" stroke-linecap="round"/>`;
    s += `<path d="M${r1(cx + 250 - k * 60)} ${628 + (2 - k) * 12 - 24} q40 -20 80 0" fill="none" stroke="${handDark}" stroke-width="8" stroke-linecap="round"/>`;
  }
  s += `<rect x="0" y="880" width="${W}" height="120" fill="${hsl(h, 50, 55)}" fill-opacity="0.6"/>`;
  return { defs, body: s };
}

/** Công tác: tòa nhà cơ quan với hàng cột, bầu trời sáng. */
function themeOffice(rng, hue) {
  const h = 205 + rng.range(-15, 15) + (hue % 8);
  let defs = skyDefs(hsl(h, 60, 80), hsl(h + 20, 50, 94), hsl(45, 100, 80));
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += sun(rng.range(200, 400), rng.range(160, 240), 60, hsl(45, 95, 70), hsl(45, 95, 80));
  const bx = rng.range(450, 600);
  const bw = 700;
  s += `<path d="M${r1(bx - 40)} 380 L${r1(bx + bw / 2)} 230 L${r1(bx + bw + 40)} 380 Z" fill="${hsl(h + 150, 30, 60)}"/>`;
  s += `<rect x="${r1(bx - 40)}" y="380" width="${bw + 80}" height="40" fill="${hsl(h + 150, 25, 78)}"/>`;
  s += `<rect x="${r1(bx)}" y="420" width="${bw}" height="360" fill="${hsl(h + 150, 20, 88)}"/>`;
  for (let k = 0; k < 6; k++) {
    s += `<rect x="${r1(bx + 30 + k * ((bw - 100) / 5))}" y="420" width="40" height="360" fill="${hsl(h + 150, 15, 96)}" stroke="${hsl(h + 150, 15, 75)}" stroke-width="3"/>`;
  }
  s += `<rect x="${r1(bx - 60)}" y="780" width="${bw + 120}" height="40" fill="${hsl(h + 150, 20, 75)}"/>`;
  s += `<path d="${hillPath(rng, 840, 30, 5)}" fill="${hsl(110, 35, 52)}"/>`;
  return { defs, body: s };
}

/** Dự phòng: phong cảnh nhiều lớp đồi. */
function themeLandscape(rng, hue) {
  const h = hue;
  let defs = skyDefs(hsl(190 + (h % 60), 55, 80), hsl(40, 70, 92), hsl(40, 95, 80));
  let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  s += sun(rng.range(250, 1350), rng.range(160, 300), rng.range(50, 80), hsl(40, 90, 65), hsl(40, 90, 78));
  for (let i = 0; i < 5; i++) {
    s += `<path d="${hillPath(rng, 480 + i * 110, 110 - i * 12, 3 + i)}" fill="${hsl(95 + (h % 50) - 25 + i * 6, 30 + i * 5, 72 - i * 10)}"/>`;
  }
  return { defs, body: s };
}

const THEMES = {
  'nong-nghiep': themeRice,
  'cong-nghiep': themeGears,
  'kinh-doanh': themeGrowth,
  'giao-duc': themeBooks,
  'y-te': themeHealth,
  'van-hoa': themeCulture,
  'khoa-hoc-cong-nghe': themeCircuit,
  'quoc-phong': themeDefence,
  'an-ninh': themeSecurity,
  'an-sinh': themeCare,
  'cong-tac': themeOffice,
};

// Nông nghiệp vùng biển (làm muối, nuôi ngao, tôm, cá) vẽ sóng thay cho ruộng lúa.
const COASTAL = /muối|ngao|tôm|thủy sản|nuôi cá|bãi bồi|ven biển/i;

function pickTheme(field, frontmatter) {
  if (field === 'nong-nghiep') {
    const title = frontmatter.match(/^title:\s*(.*)$/m)?.[1] ?? '';
    if (COASTAL.test(title)) return themeWaves;
  }
  return THEMES[field] ?? themeLandscape;
}

function buildSvg(slug, field, frontmatter) {
  const seed = hash32(`${slug}|${field}`);
  const rng = makeRng(seed);
  const hue = seed % 360;
  const { defs, body } = pickTheme(field, frontmatter)(rng, hue);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

// ---------- chạy ----------

async function main() {
  let entries;
  try {
    entries = await readdir(storiesDir, { withFileTypes: true });
  } catch {
    console.error(`Không tìm thấy thư mục bài viết: ${storiesDir}`);
    process.exit(1);
  }
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  let written = 0;
  for (const slug of dirs) {
    const file = path.join(storiesDir, slug, 'index.mdx');
    let src;
    try {
      src = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    const fm = src.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1];
    if (!fm) continue;
    if (!/^cover:\s*["']?\.\/anh-bia\.jpg["']?\s*$/m.test(fm)) continue;
    const field = fm.match(/^field:\s*["']?([a-z0-9-]+)["']?\s*$/m)?.[1] ?? '';
    const svg = buildSvg(slug, field, fm);
    const out = path.join(storiesDir, slug, COVER_NAME);
    const jpg = await sharp(Buffer.from(svg), { density: 72 })
      .resize(W, H)
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: QUALITY, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toBuffer();
    // sharp không ghi metadata (ngày giờ…) vào JPEG theo mặc định, nên cùng đầu vào cho cùng tệp.
    await writeFile(out, jpg);
    const { size } = await stat(out);
    console.log(`${path.relative(process.cwd(), out)}  ${field || '(không rõ lĩnh vực)'}  ${Math.round(size / 1024)} KB`);
    written++;
  }
  if (written === 0) console.log('Không có bài nào cần tạo ảnh bìa (cover: ./anh-bia.jpg).');
}

await main();
