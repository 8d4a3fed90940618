/**
 * Renders the emblem (src/admin/emblem.ts) into `src/app/favicon.ico`: an ICO file holding
 * 16, 32 and 48 pixel PNG images (every browser reads PNG inside ICO). Run it after changing
 * the drawing: `npx tsx scripts/makeFavicon.ts`; the result is committed.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { EMBLEM_SVG } from '../src/admin/emblem'

const SIZES = [16, 32, 48]
const OUTPUT = path.resolve(import.meta.dirname, '../src/app/favicon.ico')

const images = await Promise.all(
  SIZES.map((size) =>
    sharp(Buffer.from(EMBLEM_SVG), { density: 300 }).resize(size, size).png().toBuffer(),
  ),
)
const header = Buffer.alloc(6)
header.writeUInt16LE(0, 0) // reserved
header.writeUInt16LE(1, 2) // 1 = icon
header.writeUInt16LE(images.length, 4)
let offset = 6 + 16 * images.length
const entries = images.map((image, index) => {
  const entry = Buffer.alloc(16)
  const size = SIZES[index]!
  entry.writeUInt8(size % 256, 0) // width (0 means 256)
  entry.writeUInt8(size % 256, 1) // height
  entry.writeUInt8(0, 2) // no palette
  entry.writeUInt8(0, 3) // reserved
  entry.writeUInt16LE(1, 4) // colour planes
  entry.writeUInt16LE(32, 6) // bits per pixel
  entry.writeUInt32LE(image.length, 8)
  entry.writeUInt32LE(offset, 12)
  offset += image.length
  return entry
})
await fs.writeFile(OUTPUT, Buffer.concat([header, ...entries, ...images]))
process.stdout.write(`${OUTPUT}: ${SIZES.join(', ')} px\n`)
