import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { deflateSync } from 'node:zlib'

import sharp from 'sharp'

import { writeEmbeddedTags } from '../../src/media/metadata/exiftool'

/** What {@link cameraPhoto} embeds, to compare with what comes back. */
export const EMBEDDED = {
  credit: 'Báo Đồng Nai',
  creator: 'Trần Văn Bình',
  copyright: '© Báo Đồng Nai 2024',
  captionVi: 'Cầu Hóa An lúc bình minh',
  captionEn: 'Hoa An bridge at dawn',
  captionFr: 'Le pont Hoa An à l’aube',
  usageTermsVi: 'Chỉ dùng cho mục đích thông tin, báo chí',
  usageTermsEn: 'Editorial use only',
  keywords: ['cầu Hóa An', 'Biên Hòa', 'sông Đồng Nai'],
  dateTaken: '2024:05:01 06:15:00',
  sublocation: 'Cầu Hóa An',
  city: 'Biên Hòa',
  province: 'Đồng Nai',
} as const

/**
 * A camera JPEG of `width` × `height` stored pixels with some grain, EXIF orientation 6
 * (shown rotated a quarter turn), and — written by ExifTool — GPS position, camera serial
 * number and owner name (all private), plus IPTC and XMP credit, copyright, captions in three
 * languages, usage terms, keywords, date taken and location.
 */
export async function cameraPhoto({
  width = 3200,
  height = 2400,
}: { width?: number; height?: number } = {}): Promise<Buffer> {
  const pixels = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 90, g: 140, b: 190 },
      noise: { type: 'gaussian', mean: 128, sigma: 6 },
    },
  })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 80 })
    .toBuffer()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-photo-'))
  const filePath = path.join(dir, 'photo.jpg')
  try {
    await fs.writeFile(filePath, pixels)
    await writeEmbeddedTags({
      filePath,
      tags: {
        'GPS:GPSLatitude': '10.9447',
        'GPS:GPSLatitudeRef': 'N',
        'GPS:GPSLongitude': '106.8243',
        'GPS:GPSLongitudeRef': 'E',
        'XMP-exif:GPSLatitude': '10.9447 N',
        'XMP-exif:GPSLongitude': '106.8243 E',
        'ExifIFD:SerialNumber': '4021-SN-778899',
        'XMP-aux:SerialNumber': '4021-SN-778899',
        'ExifIFD:OwnerName': 'Nguyễn Văn Chủ',
        'IPTC:Credit': EMBEDDED.credit,
        'XMP-photoshop:Credit': EMBEDDED.credit,
        'IPTC:By-line': EMBEDDED.creator,
        'XMP-dc:Creator': [EMBEDDED.creator],
        'IPTC:CopyrightNotice': EMBEDDED.copyright,
        'XMP-dc:Rights': EMBEDDED.copyright,
        'XMP-dc:Description': EMBEDDED.captionVi,
        'XMP-dc:Description-vi': EMBEDDED.captionVi,
        'XMP-dc:Description-en-US': EMBEDDED.captionEn,
        'XMP-dc:Description-fr': EMBEDDED.captionFr,
        'IPTC:Caption-Abstract': EMBEDDED.captionVi,
        'XMP-xmpRights:UsageTerms': EMBEDDED.usageTermsVi,
        'XMP-xmpRights:UsageTerms-en': EMBEDDED.usageTermsEn,
        'IPTC:Keywords': [...EMBEDDED.keywords],
        'XMP-dc:Subject': [...EMBEDDED.keywords],
        'ExifIFD:DateTimeOriginal': EMBEDDED.dateTaken,
        'IPTC:Sub-location': EMBEDDED.sublocation,
        'IPTC:City': EMBEDDED.city,
        'IPTC:Province-State': EMBEDDED.province,
      },
    })
    return await fs.readFile(filePath)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** A small plain JPEG with grain (so that cutting it short cuts into its pixel data). */
export async function plainJpeg({
  width = 800,
  height = 600,
}: { width?: number; height?: number } = {}): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer()
}

/** A small image of one flat colour, for tests that need a valid photo and nothing more. */
export async function flatImage({
  width,
  height,
  background,
  format = 'png',
}: {
  width: number
  height: number
  background: string | { r: number; g: number; b: number }
  format?: 'png' | 'jpeg'
}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .toFormat(format)
    .toBuffer()
}

/**
 * A decompression bomb: a PNG of a few hundred bytes whose header declares 30 000 × 30 000
 * pixels (2.7 GB once decoded).
 */
export function pixelBombPng(): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(30_000, 0)
  header.writeUInt32BE(30_000, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(2, 9) // truecolour
  const rows = deflateSync(Buffer.alloc(4 * (1 + 30_000 * 3)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk({ type: 'IHDR', data: header }),
    pngChunk({ type: 'IDAT', data: rows }),
    pngChunk({ type: 'IEND', data: Buffer.alloc(0) }),
  ])
}

function pngChunk({ type, data }: { type: string; data: Buffer }): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32({ bytes: body }))
  return Buffer.concat([length, body, crc])
}

function crc32({ bytes }: { bytes: Buffer }): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
