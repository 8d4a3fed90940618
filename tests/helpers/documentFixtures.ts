import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import fontkit from '@pdf-lib/fontkit'
import { Document, Header, Packer, Paragraph } from 'docx'
import { PDFDocument } from 'pdf-lib'

const require = createRequire(import.meta.url)
/** DejaVu Sans covers every Vietnamese letter; it comes from the `dejavu-fonts-ttf` package. */
const FONT_PATH = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')

let fontBytes: Promise<Buffer> | undefined

/** A PDF whose pages carry the given lines of (Vietnamese) text, one text line each. */
export async function pdfWithLines({ pages }: { pages: string[][] }): Promise<Uint8Array> {
  fontBytes ??= readFile(FONT_PATH)
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const font = await pdf.embedFont(await fontBytes, { subset: true })
  for (const lines of pages) {
    const page = pdf.addPage()
    lines.forEach((line, index) => {
      page.drawText(line, { x: 50, y: 780 - index * 20, size: 12, font })
    })
  }
  return pdf.save()
}

/** A DOCX with the given paragraphs, and optionally a page header. */
export async function docxWithParagraphs({
  paragraphs,
  header,
}: {
  paragraphs: string[]
  header?: string
}): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          ...(header === undefined
            ? {}
            : { headers: { default: new Header({ children: [new Paragraph(header)] }) } }),
          children: paragraphs.map((text) => new Paragraph(text)),
        },
      ],
    }),
  )
}
