#!/usr/bin/env node
// Renders the tab bar's icons (src/assets/tab-bar/*.svg) to the PNGs WeChat's tab bar needs (it
// takes no SVG): 81 × 81 px, in the tab bar's colour and its selected colour from
// src/app.config.ts. Each icon is one colour, so the PNG is a palette of that colour at 16
// opacities: under 1 KB an icon instead of 2–4 KB as a browser writes it, all of it in the main
// package. Run after changing an icon or a colour; the PNGs are committed.
// Usage: node scripts/tab-icons.mjs   (needs Chromium: CHROMIUM_PATH, default /usr/bin/chromium)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'
import { chromium } from 'playwright-core'

const dir = fileURLToPath(new URL('../src/assets/tab-bar/', import.meta.url))
const SIZE = 81
const LEVELS = 16
// the same colours as tabBar.color and tabBar.selectedColor in src/app.config.ts
const COLOURS = { '': '#5f6b7a', '-active': '#14365d' }

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/** An indexed PNG of one colour: palette entry i is the colour at opacity i / (LEVELS - 1). */
export function encodeIcon(alpha, size, colour) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 3, 0, 0, 0], 8) // 8-bit indexes, palette, deflate, no filter choice, no interlace
  const plte = Buffer.alloc(LEVELS * 3)
  const trns = Buffer.alloc(LEVELS)
  for (let i = 0; i < LEVELS; i++) {
    plte.set([r, g, b], i * 3)
    trns[i] = Math.round((i * 255) / (LEVELS - 1))
  }
  const rows = Buffer.alloc(size * (size + 1))
  for (let y = 0; y < size; y++) {
    rows[y * (size + 1)] = 0
    for (let x = 0; x < size; x++) rows[y * (size + 1) + 1 + x] = Math.round(((alpha[y * size + x] ?? 0) * (LEVELS - 1)) / 255)
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('tRNS', trns), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.svg'))) {
    const svg = readFileSync(join(dir, file), 'utf8').replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" color="#000" `)
    // the icon's coverage of each pixel, drawn by the browser with anti-aliasing
    const alpha = await page.evaluate(
      async ({ svg, size }) => {
        const image = new Image()
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = size
        canvas.height = size
        const context = canvas.getContext('2d')
        context.drawImage(image, 0, 0, size, size)
        return Array.from(context.getImageData(0, 0, size, size).data.filter((_, i) => i % 4 === 3))
      },
      { svg, size: SIZE },
    )
    for (const [suffix, colour] of Object.entries(COLOURS)) {
      const out = join(dir, file.replace(/\.svg$/, `${suffix}.png`))
      const png = encodeIcon(alpha, SIZE, colour)
      writeFileSync(out, png)
      console.log(`${out}: ${png.length} bytes`)
    }
  }
} finally {
  await browser.close()
}
