import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'

/**
 * A DOCX whose `word/document.xml` inflates to `inflatedBytes` (hundreds of megabytes) from a
 * few hundred kilobytes: a zip bomb. Built as a stream, so the test process never holds the
 * inflated text itself. With `declaredBytes` the archive lies about the part's size, as a bomb
 * built to pass a check of the headers would.
 */
export async function docxZipBomb({
  inflatedBytes,
  declaredBytes,
}: {
  inflatedBytes: number
  declaredBytes?: number
}): Promise<Buffer> {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:body><w:p><w:r><w:t>',
  )
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>')
  const chunk = Buffer.alloc(1024 * 1024, 'A')
  const deflate = createDeflateRaw({ level: 9 })
  const compressed: Buffer[] = []
  deflate.on('data', (data: Buffer) => compressed.push(data))
  const finished = new Promise((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  let crc = crc32(head)
  deflate.write(head)
  let written = head.length + tail.length
  while (written < inflatedBytes) {
    const part = chunk.subarray(0, Math.min(chunk.length, inflatedBytes - written))
    crc = crc32(part, crc)
    written += part.length
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  crc = crc32(tail, crc)
  deflate.end(tail)
  await finished
  return zipArchive({
    entries: [
      textEntry({
        name: '[Content_Types].xml',
        text:
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '</Types>',
      }),
      textEntry({
        name: '_rels/.rels',
        text:
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          '</Relationships>',
      }),
      {
        name: 'word/document.xml',
        compressed: Buffer.concat(compressed),
        crc,
        size: declaredBytes ?? written,
      },
    ],
  })
}

type ZipEntry = { name: string; compressed: Buffer; crc: number; size: number }

function textEntry({ name, text }: { name: string; text: string }): ZipEntry {
  const bytes = Buffer.from(text)
  return { name, compressed: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length }
}

/** A ZIP of deflated entries (no ZIP64: every size here fits in 32 bits). */
function zipArchive({ entries }: { entries: ZipEntry[] }): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(0x21, 12)
    local.writeUInt32LE(entry.crc >>> 0, 14)
    local.writeUInt32LE(entry.compressed.length, 18)
    local.writeUInt32LE(entry.size >>> 0, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, entry.compressed)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(entry.crc >>> 0, 16)
    central.writeUInt32LE(entry.compressed.length, 20)
    central.writeUInt32LE(entry.size >>> 0, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + entry.compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
