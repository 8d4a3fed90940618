import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import {
  DEMO_PHOTO_SIZE,
  demoPhotoSvg,
  PHOTO_LIGHTS,
  PHOTO_SCENES,
  renderDemoPhoto,
  type PhotoRecipe,
} from './demoImages'

const recipe: PhotoRecipe = { scene: 'festival', light: 'dusk', accent: '#c62828' }

describe('renderDemoPhoto', () => {
  it('draws a JPEG of the demo size', async () => {
    const jpeg = await renderDemoPhoto({ key: 'chro-gong-circle', recipe })
    const metadata = await sharp(jpeg).metadata()
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
      format: 'jpeg',
      ...DEMO_PHOTO_SIZE,
    })
  })

  it('gives the same bytes for the same key and a different picture for another key', async () => {
    const [first, again, other] = await Promise.all([
      renderDemoPhoto({ key: 'chro-gong-circle', recipe }),
      renderDemoPhoto({ key: 'chro-gong-circle', recipe }),
      renderDemoPhoto({ key: 'bom-bo-village-festival', recipe }),
    ])
    expect(again.equals(first)).toBe(true)
    expect(other.equals(first)).toBe(false)
  })
})

describe('demoPhotoSvg', () => {
  it.each(PHOTO_SCENES.map((scene, index) => [scene, PHOTO_LIGHTS[index % PHOTO_LIGHTS.length]!]))(
    'draws the %s scene as an SVG librsvg can render, without text',
    async (scene, light) => {
      const svg = demoPhotoSvg({ key: `spec-${scene}`, recipe: { scene, light, hasWater: true } })
      expect(svg).not.toMatch(/<text/)
      const { width, height } = await sharp(Buffer.from(svg)).metadata()
      expect({ width, height }).toEqual(DEMO_PHOTO_SIZE)
      // Rendered at an eighth of the size (density 72 / 8): the same shapes, quicker to check.
      const stats = await sharp(Buffer.from(svg), { density: 9 }).stats()
      // Something is drawn: the picture is not a flat colour.
      expect(Math.max(...stats.channels.map((channel) => channel.stdev))).toBeGreaterThan(10)
    },
  )
})
