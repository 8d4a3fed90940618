import fs from 'node:fs/promises'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import type { PayloadRequest } from 'payload'
import sharp from 'sharp'

import { slugs } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { DEFAULT_LOCALE } from '../i18n/locales'
import { demoKeywordsIn } from './data/demoKeywords'
import { demoPhotos } from './data/demoPhotos'
import {
  DEMO_PUBLICATION_PUBLISHER,
  demoPublicationEditions,
  type DemoPublicationEdition,
} from './data/demoPublication'
import { renderDemoPhoto } from './demoImages'
import { createDemoMedia, publishThroughWorkflow } from './demoWorkflow'
import { wrapText } from './wrapText'
import { idOf, idsBy, seedOnce, type SeedCount } from './seedOnce'

/** The stored file name of an edition of the demo publication. */
export function demoPublicationFilename({ language }: { language: string }): string {
  return `demo-investment-brochure-${language}.pdf`
}

/**
 * Seeds the demo publication: one PDF per language edition (src/seed/data/demoPublication.ts),
 * each a media item of kind `document` uploaded through the real pipeline (screened, its text
 * extracted for search), naming its language and linking the other editions, then published.
 * Idempotent: an edition is matched by its file name; an existing set is left alone.
 */
export async function seedDemoPublication({
  req,
  seededAt,
}: {
  req: PayloadRequest
  seededAt: Date
}): Promise<SeedCount> {
  const agencyIds = await idsBy({
    req,
    collection: slugs.agencies,
    field: 'code',
    values: [DEMO_PUBLICATION_PUBLISHER.agency],
  })
  const topicIds = await idsBy({
    req,
    collection: slugs.topics,
    field: 'slug',
    values: [...DEMO_PUBLICATION_PUBLISHER.topics],
  })
  const { count, ids } = await seedOnce({
    req,
    collection: slugs.media,
    field: 'filename',
    entries: demoPublicationEditions,
    keyOf: (edition) => edition.language,
    uniqueValueOf: (edition) => demoPublicationFilename({ language: edition.language }),
    create: async ({ entry: edition }) =>
      createDemoMedia({
        req,
        data: {
          kind: 'document',
          documentLanguage: edition.language,
          headline: edition.headline.vi,
          caption: edition.caption.vi,
          keywords: demoKeywordsIn({ concepts: KEYWORDS, locale: DEFAULT_LOCALE }),
          credit: DEMO_PUBLICATION_PUBLISHER.credit,
          copyrightNotice: `© 2026 ${DEMO_PUBLICATION_PUBLISHER.credit}`,
          licence: 'editorial-use',
          dateTaken: '2026-01-15T00:00:00.000Z',
          topics: DEMO_PUBLICATION_PUBLISHER.topics.map((value) =>
            idOf({ ids: topicIds, value, list: 'topics.ts' }),
          ),
          agency: idOf({
            ids: agencyIds,
            value: DEMO_PUBLICATION_PUBLISHER.agency,
            list: 'agencies.ts',
          }),
          accessTier: 'public',
        },
        file: {
          data: await renderDemoPublication({ edition }),
          mimetype: 'application/pdf',
          name: demoPublicationFilename({ language: edition.language }),
        },
        translations: {},
        seededAt,
        // Linked to the other editions first: a published item's links change only by a new
        // version through the workflow.
        publish: false,
      }),
  })
  if (count.created === 0) return count
  for (const edition of demoPublicationEditions) {
    const id = ids.get(edition.language)!
    await req.payload.update({
      collection: slugs.media,
      id,
      locale: DEFAULT_LOCALE,
      data: {
        editions: demoPublicationEditions
          .filter((other) => other !== edition)
          .map((other) => ids.get(other.language)!),
      } as Record<string, unknown>,
      draft: true,
      depth: 0,
      req,
      overrideAccess: true,
    })
    await publishThroughWorkflow({
      req,
      collection: slugs.media,
      id,
      texts: {
        en: {
          headline: edition.headline.en,
          caption: edition.caption.en,
          keywords: demoKeywordsIn({ concepts: KEYWORDS, locale: 'en' }),
        },
      },
      seededAt,
    })
  }
  return count
}

/**
 * Draws one edition as an A4 PDF: a cover with the title, subtitle and first photo, then a
 * page per section with its heading, text and photo. DejaVu Sans (the `dejavu-fonts-ttf`
 * package, subset into the file) covers every Vietnamese letter.
 */
export async function renderDemoPublication({
  edition,
}: {
  edition: DemoPublicationEdition
}): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  pdf.setTitle(edition.title)
  pdf.setAuthor(DEMO_PUBLICATION_PUBLISHER.credit)
  pdf.setLanguage(edition.language)
  const [regular, bold] = await Promise.all(
    ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(async (name) =>
      pdf.embedFont(await fs.readFile(fontPath({ name })), { subset: true }),
    ),
  )
  const fonts = { regular: regular!, bold: bold! }
  const cover = pdf.addPage(A4)
  cover.drawRectangle({ x: 0, y: A4[1] - 260, width: A4[0], height: 260, color: BRAND })
  let y = writeLines({
    page: cover,
    lines: wrapText({ text: edition.title, measure: widthIn({ font: fonts.bold, size: 30 }) }),
    font: fonts.bold,
    size: 30,
    y: A4[1] - 110,
    color: rgb(1, 1, 1),
  })
  writeLines({
    page: cover,
    lines: wrapText({
      text: edition.subtitle,
      measure: widthIn({ font: fonts.regular, size: 14 }),
    }),
    font: fonts.regular,
    size: 14,
    // Below the title's descenders: a 30-point line's descent and a 14-point line's ascent.
    y: y - 36,
    color: rgb(1, 1, 1),
  })
  await drawPhoto({ pdf, page: cover, key: edition.pages[0]!.photo, top: A4[1] - 300 })
  for (const section of edition.pages) {
    const page = pdf.addPage(A4)
    y = writeLines({
      page,
      lines: wrapText({ text: section.heading, measure: widthIn({ font: fonts.bold, size: 20 }) }),
      font: fonts.bold,
      size: 20,
      y: A4[1] - MARGIN - 20,
      color: BRAND,
    })
    for (const paragraph of section.paragraphs) {
      y = writeLines({
        page,
        lines: wrapText({ text: paragraph, measure: widthIn({ font: fonts.regular, size: 12 }) }),
        font: fonts.regular,
        size: 12,
        // One line and a half below the last baseline: a paragraph's gap, never an overlap.
        y: y - 26,
        color: rgb(0.1, 0.1, 0.1),
      })
    }
    await drawPhoto({ pdf, page, key: section.photo, top: y - 24 })
  }
  return Buffer.from(await pdf.save())
}

/** The keywords of every edition: what the brochure is about. */
const KEYWORDS = ['investment', 'industrialPark', 'airport'] as const

/** A4 in PDF points, the margin around the text, and the province's blue. */
const A4: [number, number] = [595.28, 841.89]
const MARGIN = 56
const BRAND = rgb(0.05, 0.28, 0.55)
const TEXT_WIDTH = A4[0] - 2 * MARGIN

/** The photo's width in the PDF; it is embedded at twice that in pixels. */
const PHOTO_WIDTH = TEXT_WIDTH

function widthIn({ font, size }: { font: PDFFont; size: number }) {
  return { width: TEXT_WIDTH, of: (text: string) => font.widthOfTextAtSize(text, size) }
}

/** Writes `lines` downwards from `y`; returns the baseline of the last one. */
function writeLines({
  page,
  lines,
  font,
  size,
  y,
  color,
}: {
  page: PDFPage
  lines: string[]
  font: PDFFont
  size: number
  y: number
  color: ReturnType<typeof rgb>
}): number {
  let baseline = y + size * 1.4
  for (const line of lines) {
    baseline -= size * 1.4
    page.drawText(line, { x: MARGIN, y: baseline, size, font, color })
  }
  return baseline
}

async function drawPhoto({
  pdf,
  page,
  key,
  top,
}: {
  pdf: PDFDocument
  page: PDFPage
  key: string
  top: number
}): Promise<void> {
  const photo = demoPhotos.find((candidate) => candidate.key === key)
  if (!photo) throw new AppError({ message: `Demo publication: no demo photo "${key}"` })
  // Smaller than the original: a brochure for screens, not for print.
  const jpeg = await sharp(await renderDemoPhoto({ key, recipe: photo.recipe }))
    .resize({ width: Math.round(PHOTO_WIDTH * 2) })
    .jpeg({ quality: 75 })
    .toBuffer()
  const image = await pdf.embedJpg(jpeg)
  const height = (image.height / image.width) * PHOTO_WIDTH
  page.drawImage(image, { x: MARGIN, y: top - height, width: PHOTO_WIDTH, height })
}

/**
 * Where a DejaVu font file is: in node_modules under the working directory (the project, for
 * `npm run dev`, `npm run seed` and the tests). Not resolved through the module system: a
 * bundler (Turbopack under `next dev`) then tries to bundle every font a template path could
 * name, and fails on them.
 */
function fontPath({ name }: { name: string }): string {
  return path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', name)
}
