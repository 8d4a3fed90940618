import sharp from 'sharp'

/** Every demo photo is a 3:2 landscape frame of this size. */
export const DEMO_PHOTO_SIZE = { width: 1600, height: 1067 } as const

/** JPEG quality of the demo photos: what a newsroom would export for the web. */
export const DEMO_PHOTO_QUALITY = 82

/** What a demo photo shows; each scene is a small composition of layered shapes. */
export const PHOTO_SCENES = [
  'forest',
  'hills',
  'river',
  'waterfall',
  'fields',
  'plantation',
  'orchard',
  'city',
  'night-city',
  'industry',
  'airport',
  'border-gate',
  'festival',
  'brocade',
  'pottery',
  'monument',
  'jungle-base',
  'meeting',
  'school',
] as const

export type PhotoScene = (typeof PHOTO_SCENES)[number]

/** The light of the moment the photo was "taken"; `night` turns windows and lamps on. */
export const PHOTO_LIGHTS = [
  'dawn',
  'morning',
  'noon',
  'golden',
  'dusk',
  'overcast',
  'night',
] as const

export type PhotoLight = (typeof PHOTO_LIGHTS)[number]

/** How the generator draws one demo photo. */
export type PhotoRecipe = {
  scene: PhotoScene
  light: PhotoLight
  /** Main accent colour (`#rrggbb`): costumes, glazes, banners, containers, fruit. */
  accent?: string
  /** Whether a river, lake or harbour basin runs across the frame (outdoor scenes). */
  hasWater?: boolean
}

/**
 * Draws the demo photo of `key` as a JPEG of {@link DEMO_PHOTO_SIZE}: layered SVG shapes
 * (sky, hills, water, buildings, people) composed by sharp, with a little film grain. No
 * network and no fonts; the same key and recipe always give the same bytes.
 */
export async function renderDemoPhoto({
  key,
  recipe,
}: {
  key: string
  recipe: PhotoRecipe
}): Promise<Buffer> {
  const svg = demoPhotoSvg({ key, recipe })
  return sharp(Buffer.from(svg))
    .composite([
      {
        input: grainTile(),
        raw: { width: GRAIN_SIZE, height: GRAIN_SIZE, channels: 3 },
        tile: true,
        blend: 'soft-light',
      },
    ])
    .jpeg({ quality: DEMO_PHOTO_QUALITY })
    .toBuffer()
}

/** The SVG drawing behind {@link renderDemoPhoto}; pure and deterministic per key. */
export function demoPhotoSvg({ key, recipe }: { key: string; recipe: PhotoRecipe }): string {
  const light = recipe.scene === 'night-city' ? LIGHTS.night : LIGHTS[recipe.light]
  const canvas: Canvas = {
    random: seededRandom({ seed: hashKey(key) }),
    light,
    accent: recipe.accent ?? ACCENTS[hashKey(`${key}:accent`) % ACCENTS.length]!,
    hasWater: recipe.hasWater === true,
    defs: [],
    ids: 0,
  }
  const body = SCENES[recipe.scene](canvas)
  const { width, height } = DEMO_PHOTO_SIZE
  const vignette = gradientId({
    canvas,
    kind: 'radial',
    stops: [
      [0.6, '#000000', 0],
      [1, '#000000', 0.32],
    ],
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${canvas.defs.join('')}</defs>`,
    body,
    rect({ x: 0, y: 0, width, height, fill: light.tint, opacity: light.tintOpacity }),
    rect({ x: 0, y: 0, width, height, fill: `url(#${vignette})` }),
    '</svg>',
  ].join('')
}

// ---------------------------------------------------------------------------------------------
// Light, colour and randomness

type Light = {
  skyTop: string
  skyBottom: string
  /** Sun (or moon at night); `null` under an overcast sky. */
  sun: string | null
  /** Height of the sun as a fraction of the sky, 0 = top of the frame. */
  sunHeight: number
  haze: string
  land: string
  water: string
  tint: string
  tintOpacity: number
  isNight: boolean
}

const LIGHTS: Record<PhotoLight, Light> = {
  dawn: {
    skyTop: '#41507e',
    skyBottom: '#f3b68c',
    sun: '#ffdcaa',
    sunHeight: 0.78,
    haze: '#d9aaa0',
    land: '#3e5637',
    water: '#7f7f9e',
    tint: '#ff9966',
    tintOpacity: 0.07,
    isNight: false,
  },
  morning: {
    skyTop: '#4f93d2',
    skyBottom: '#d3e8f4',
    sun: '#fff7dc',
    sunHeight: 0.3,
    haze: '#c6d9e6',
    land: '#4d7a36',
    water: '#5d8fae',
    tint: '#fff2cc',
    tintOpacity: 0.05,
    isNight: false,
  },
  noon: {
    skyTop: '#2a78cc',
    skyBottom: '#a8d3f2',
    sun: '#ffffff',
    sunHeight: 0.12,
    haze: '#b7d2e6',
    land: '#568a38',
    water: '#3f7fae',
    tint: '#ffffff',
    tintOpacity: 0.03,
    isNight: false,
  },
  golden: {
    skyTop: '#6b8ec4',
    skyBottom: '#f6cf8a',
    sun: '#ffe39c',
    sunHeight: 0.62,
    haze: '#e9cfa0',
    land: '#66772f',
    water: '#8b8f86',
    tint: '#ffb347',
    tintOpacity: 0.1,
    isNight: false,
  },
  dusk: {
    skyTop: '#272a5a',
    skyBottom: '#e2765a',
    sun: '#ff9a5c',
    sunHeight: 0.86,
    haze: '#a9727e',
    land: '#2b3832',
    water: '#574a6a',
    tint: '#7a3fa0',
    tintOpacity: 0.08,
    isNight: false,
  },
  overcast: {
    skyTop: '#8d98a2',
    skyBottom: '#cdd2d5',
    sun: null,
    sunHeight: 0.3,
    haze: '#b4bcc2',
    land: '#55704a',
    water: '#7d8c95',
    tint: '#8090a0',
    tintOpacity: 0.06,
    isNight: false,
  },
  night: {
    skyTop: '#060a1c',
    skyBottom: '#26345e',
    sun: '#f2efdc',
    sunHeight: 0.2,
    haze: '#2b3660',
    land: '#10161c',
    water: '#141d36',
    tint: '#1a2a60',
    tintOpacity: 0.1,
    isNight: true,
  },
}

const ACCENTS = ['#c62828', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#ef6c00', '#00838f']

type Random = {
  /** A number in [min, max). */
  between: (range: { min: number; max: number }) => number
  /** An integer in [min, max]. */
  integer: (range: { min: number; max: number }) => number
  pick: <T>(options: readonly T[]) => T
  chance: (probability: number) => boolean
}

type Canvas = {
  random: Random
  light: Light
  accent: string
  hasWater: boolean
  /** Gradients the layers define, written once into `<defs>`. */
  defs: string[]
  ids: number
}

/** FNV-1a: a stable 32-bit seed from a photo key. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5
  for (const char of key) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: small, fast and good enough to scatter shapes reproducibly. */
function seededRandom({ seed }: { seed: number }): Random {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    between: ({ min, max }) => min + next() * (max - min),
    integer: ({ min, max }) => Math.floor(min + next() * (max - min + 1)),
    pick: (options) => options[Math.floor(next() * options.length)]!,
    chance: (probability) => next() < probability,
  }
}

/** Mixes two `#rrggbb` colours; `amount` 0 gives `from`, 1 gives `to`. */
function mix({ from, to, amount }: { from: string; to: string; amount: number }): string {
  const a = parseHex(from)
  const b = parseHex(to)
  const channel = (index: number) =>
    Math.round(a[index]! + (b[index]! - a[index]!) * amount)
      .toString(16)
      .padStart(2, '0')
  return `#${channel(0)}${channel(1)}${channel(2)}`
}

function parseHex(colour: string): [number, number, number] {
  const value = Number.parseInt(colour.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

/** Defines a gradient and returns its id. Stops are [offset, colour, opacity]. */
function gradientId({
  canvas,
  kind = 'linear',
  stops,
  isHorizontal = false,
}: {
  canvas: Canvas
  kind?: 'linear' | 'radial'
  stops: Array<[number, string, number?]>
  isHorizontal?: boolean
}): string {
  canvas.ids += 1
  const id = `g${canvas.ids}`
  const stopTags = stops
    .map(
      ([offset, colour, opacity = 1]) =>
        `<stop offset="${offset}" stop-color="${colour}" stop-opacity="${opacity}"/>`,
    )
    .join('')
  canvas.defs.push(
    kind === 'radial'
      ? `<radialGradient id="${id}" cx="0.5" cy="0.5" r="0.5">${stopTags}</radialGradient>`
      : `<linearGradient id="${id}" x1="0" y1="0" x2="${isHorizontal ? 1 : 0}" y2="${isHorizontal ? 0 : 1}">${stopTags}</linearGradient>`,
  )
  return id
}

const GRAIN_SIZE = 256
let grain: Buffer | undefined

/** A tile of grey film grain, the same in every run so photos stay reproducible. */
function grainTile(): Buffer {
  if (grain) return grain
  const random = seededRandom({ seed: 20251123 })
  const tile = Buffer.alloc(GRAIN_SIZE * GRAIN_SIZE * 3)
  for (let pixel = 0; pixel < GRAIN_SIZE * GRAIN_SIZE; pixel += 1) {
    const value = Math.round(128 + (random.between({ min: 0, max: 1 }) - 0.5) * 44)
    tile.fill(value, pixel * 3, pixel * 3 + 3)
  }
  grain = tile
  return tile
}

// ---------------------------------------------------------------------------------------------
// SVG primitives

const round = (value: number) => Math.round(value * 10) / 10

function rect({
  x,
  y,
  width,
  height,
  fill,
  opacity = 1,
  radius = 0,
}: {
  x: number
  y: number
  width: number
  height: number
  fill: string
  opacity?: number
  radius?: number
}): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"${radius ? ` rx="${round(radius)}"` : ''} fill="${fill}"${opacity < 1 ? ` opacity="${opacity}"` : ''}/>`
}

function ellipse({
  cx,
  cy,
  rx,
  ry = rx,
  fill,
  opacity = 1,
}: {
  cx: number
  cy: number
  rx: number
  ry?: number
  fill: string
  opacity?: number
}): string {
  return `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round(rx)}" ry="${round(ry)}" fill="${fill}"${opacity < 1 ? ` opacity="${opacity}"` : ''}/>`
}

function path({
  d,
  fill = 'none',
  stroke,
  strokeWidth,
  opacity = 1,
}: {
  d: string
  fill?: string
  stroke?: string
  strokeWidth?: number
  opacity?: number
}): string {
  return `<path d="${d}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="${strokeWidth ?? 1}" stroke-linecap="round"` : ''}${opacity < 1 ? ` opacity="${opacity}"` : ''}/>`
}

function polygon({
  points,
  fill,
  opacity = 1,
}: {
  points: Array<[number, number]>
  fill: string
  opacity?: number
}): string {
  return path({
    d: `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`,
    fill,
    opacity,
  })
}

/** Many small rectangles (windows, stitches, dashes) as one path: one element, fast to draw. */
function rectsPath(rects: Array<{ x: number; y: number; width: number; height: number }>): string {
  return rects
    .map(
      ({ x, y, width, height }) =>
        `M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${round(-width)}z`,
    )
    .join('')
}

/** A five-pointed star, for the flag of Viet Nam. */
function star({
  cx,
  cy,
  radius,
  fill,
}: {
  cx: number
  cy: number
  radius: number
  fill: string
}): string {
  const points: Array<[number, number]> = []
  for (let index = 0; index < 10; index += 1) {
    const angle = -Math.PI / 2 + (index * Math.PI) / 5
    const r = index % 2 === 0 ? radius : radius * 0.4
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)])
  }
  return polygon({ points, fill })
}

// ---------------------------------------------------------------------------------------------
// Layers shared by the scenes

const { width: W, height: H } = DEMO_PHOTO_SIZE

function sky({ canvas, horizon }: { canvas: Canvas; horizon: number }): string {
  const { light, random } = canvas
  const id = gradientId({
    canvas,
    stops: [
      [0, light.skyTop],
      [Math.min(0.95, horizon / H), light.skyBottom],
    ],
  })
  const parts = [rect({ x: 0, y: 0, width: W, height: horizon + 40, fill: `url(#${id})` })]
  if (light.sun) {
    const cx = random.between({ min: W * 0.15, max: W * 0.85 })
    const cy = horizon * light.sunHeight
    const glow = gradientId({
      canvas,
      kind: 'radial',
      stops: [
        [0, light.sun, 0.75],
        [0.5, light.sun, 0.12],
        [1, light.sun, 0],
      ],
    })
    parts.push(ellipse({ cx, cy, rx: light.isNight ? 160 : 320, fill: `url(#${glow})` }))
    parts.push(ellipse({ cx, cy, rx: light.isNight ? 26 : 42, fill: light.sun }))
  }
  if (light.isNight) {
    const stars = Array.from({ length: 70 }, () => ({
      x: random.between({ min: 0, max: W }),
      y: random.between({ min: 0, max: horizon * 0.7 }),
      width: 2,
      height: 2,
    }))
    parts.push(path({ d: rectsPath(stars), fill: '#ffffff', opacity: 0.7 }))
  } else {
    const cloudColour = light.sun
      ? mix({ from: '#ffffff', to: light.skyBottom, amount: 0.25 })
      : '#e4e7ea'
    const count = random.integer({ min: 2, max: light.sun ? 6 : 10 })
    for (let index = 0; index < count; index += 1) {
      parts.push(
        cloud({
          canvas,
          x: random.between({ min: -100, max: W }),
          y: random.between({ min: 40, max: horizon * 0.6 }),
          colour: cloudColour,
        }),
      )
    }
  }
  return parts.join('')
}

function cloud({
  canvas,
  x,
  y,
  colour,
}: {
  canvas: Canvas
  x: number
  y: number
  colour: string
}): string {
  const { random } = canvas
  const puffs = random.integer({ min: 4, max: 8 })
  const size = random.between({ min: 30, max: 70 })
  const parts: string[] = []
  for (let index = 0; index < puffs; index += 1) {
    parts.push(
      ellipse({
        cx: x + index * size * 0.9 + random.between({ min: -10, max: 10 }),
        cy: y + random.between({ min: -size * 0.4, max: size * 0.2 }),
        rx: size * random.between({ min: 0.8, max: 1.4 }),
        ry: size * random.between({ min: 0.5, max: 0.8 }),
        fill: colour,
      }),
    )
  }
  return `<g opacity="${round(random.between({ min: 0.45, max: 0.8 }))}">${parts.join('')}</g>`
}

/** A hill or mountain line across the frame, closed down to the bottom edge. */
function ridge({
  canvas,
  base,
  amplitude,
  colour,
  bottom = H,
}: {
  canvas: Canvas
  base: number
  amplitude: number
  colour: string
  bottom?: number
}): string {
  const { random } = canvas
  const waves = [1, 2.7, 6.3].map((frequency, index) => ({
    frequency: ((frequency * Math.PI * 2) / W) * random.between({ min: 0.7, max: 1.3 }),
    phase: random.between({ min: 0, max: Math.PI * 2 }),
    weight: [0.6, 0.3, 0.1][index]!,
  }))
  const points: string[] = []
  for (let x = 0; x <= W; x += 20) {
    const y =
      base -
      amplitude *
        waves.reduce(
          (sum, wave) => sum + wave.weight * Math.sin(wave.frequency * x + wave.phase),
          0,
        )
    points.push(`${x} ${round(y)}`)
  }
  return path({ d: `M0 ${bottom}L${points.join('L')}L${W} ${bottom}Z`, fill: colour })
}

/** Distant hills fading into the haze, nearest last. */
function hills({
  canvas,
  horizon,
  layers = 3,
}: {
  canvas: Canvas
  horizon: number
  layers?: number
}): string {
  const { light } = canvas
  return Array.from({ length: layers }, (_, index) => {
    const depth = (layers - index) / layers
    return ridge({
      canvas,
      base: horizon - 30 * depth + index * 12,
      amplitude: 50 + 70 * depth,
      colour: mix({ from: light.land, to: light.haze, amount: 0.25 + depth * 0.45 }),
    })
  }).join('')
}

function ground({ canvas, top, colour }: { canvas: Canvas; top: number; colour?: string }): string {
  const base = colour ?? canvas.light.land
  const id = gradientId({
    canvas,
    stops: [
      [0, mix({ from: base, to: canvas.light.haze, amount: 0.35 })],
      [1, mix({ from: base, to: '#000000', amount: 0.25 })],
    ],
  })
  return rect({ x: 0, y: top, width: W, height: H - top, fill: `url(#${id})` })
}

function water({
  canvas,
  top,
  bottom = H,
}: {
  canvas: Canvas
  top: number
  bottom?: number
}): string {
  const { light, random } = canvas
  const id = gradientId({
    canvas,
    stops: [
      [0, mix({ from: light.skyBottom, to: light.water, amount: 0.45 })],
      [1, mix({ from: light.water, to: '#000000', amount: 0.3 })],
    ],
  })
  const streaks = Array.from({ length: 60 }, () => {
    const y = random.between({ min: top + 4, max: bottom - 4 })
    const perspective = (y - top) / Math.max(1, bottom - top)
    return {
      x: random.between({ min: -50, max: W }),
      y,
      width: random.between({ min: 40, max: 260 }) * (0.4 + perspective),
      height: 1.5 + perspective * 3,
    }
  })
  return [
    rect({ x: 0, y: top, width: W, height: bottom - top, fill: `url(#${id})` }),
    path({ d: rectsPath(streaks), fill: light.isNight ? '#9fb2e8' : '#ffffff', opacity: 0.22 }),
  ].join('')
}

/** A tropical tree: a trunk and a crown of overlapping blobs; `tall` is a dipterocarp. */
function tree({
  canvas,
  x,
  base,
  height,
  colour,
  kind = 'round',
}: {
  canvas: Canvas
  x: number
  base: number
  height: number
  colour: string
  kind?: 'round' | 'tall' | 'slender'
}): string {
  const { random } = canvas
  const trunkWidth = height * (kind === 'slender' ? 0.035 : 0.06)
  const crownY = base - height * (kind === 'tall' ? 0.88 : kind === 'slender' ? 0.8 : 0.62)
  const crownWidth = height * (kind === 'tall' ? 0.55 : kind === 'slender' ? 0.3 : 0.42)
  const trunkColour = mix({ from: colour, to: '#3b2a1a', amount: 0.6 })
  const parts = [
    rect({
      x: x - trunkWidth / 2,
      y: crownY,
      width: trunkWidth,
      height: base - crownY,
      fill: trunkColour,
    }),
  ]
  const blobs = kind === 'tall' ? 5 : 6
  for (let index = 0; index < blobs; index += 1) {
    const shade = mix({
      from: colour,
      to: index % 2 === 0 ? '#000000' : '#d8e8a0',
      amount: random.between({ min: 0, max: 0.18 }),
    })
    parts.push(
      ellipse({
        cx: x + random.between({ min: -crownWidth * 0.55, max: crownWidth * 0.55 }),
        cy: crownY + random.between({ min: -height * 0.12, max: height * 0.08 }),
        rx: crownWidth * random.between({ min: 0.35, max: 0.6 }),
        ry: crownWidth * (kind === 'tall' ? 0.22 : 0.42) * random.between({ min: 0.7, max: 1.1 }),
        fill: shade,
      }),
    )
  }
  return parts.join('')
}

function treeLine({
  canvas,
  base,
  height,
  count,
  colour,
  kind = 'round',
}: {
  canvas: Canvas
  base: number
  height: number
  count: number
  colour: string
  kind?: 'round' | 'tall' | 'slender'
}): string {
  const { random } = canvas
  return Array.from({ length: count }, (_, index) =>
    tree({
      canvas,
      x: (index + random.between({ min: 0, max: 1 })) * (W / count),
      base: base + random.between({ min: -6, max: 10 }),
      height: height * random.between({ min: 0.75, max: 1.2 }),
      colour,
      kind,
    }),
  ).join('')
}

/** A person seen from a distance: head, body in `shirt`, legs; `hat` adds a nón lá. */
function person({
  x,
  base,
  height,
  shirt,
  trousers = '#26262e',
  skin = '#b07850',
  hair = '#1a1410',
  sash,
  hasHat = false,
}: {
  x: number
  base: number
  height: number
  shirt: string
  trousers?: string
  skin?: string
  hair?: string
  /** A woven band across the shirt, as on brocade festival dress. */
  sash?: string
  hasHat?: boolean
}): string {
  const head = height * 0.13
  const shoulders = height * 0.26
  const bodyTop = base - height + head * 2
  const hip = base - height * 0.45
  const parts = [
    rect({
      x: x - shoulders * 0.4,
      y: hip,
      width: shoulders * 0.8,
      height: base - hip,
      fill: trousers,
      radius: 2,
    }),
    path({
      d: `M${round(x - shoulders / 2)} ${round(hip)}L${round(x - shoulders / 2 + 2)} ${round(bodyTop + 4)}Q${round(x)} ${round(bodyTop - 4)} ${round(x + shoulders / 2 - 2)} ${round(bodyTop + 4)}L${round(x + shoulders / 2)} ${round(hip)}Z`,
      fill: shirt,
    }),
    sash
      ? rect({
          x: x - shoulders / 2,
          y: bodyTop + (hip - bodyTop) * 0.55,
          width: shoulders,
          height: (hip - bodyTop) * 0.18,
          fill: sash,
        })
      : '',
    ellipse({ cx: x, cy: bodyTop - head * 0.9, rx: head * 0.8, ry: head, fill: skin }),
    ellipse({ cx: x, cy: bodyTop - head * 1.35, rx: head * 0.82, ry: head * 0.6, fill: hair }),
  ]
  if (hasHat) {
    parts.push(
      polygon({
        points: [
          [x - head * 2.1, bodyTop - head * 1.2],
          [x, bodyTop - head * 3.2],
          [x + head * 2.1, bodyTop - head * 1.2],
        ],
        fill: '#e8dcb0',
      }),
    )
  }
  return parts.join('')
}

function crowd({
  canvas,
  top,
  bottom,
  count,
  shirts,
  sashes,
  size = 150,
  hasHats = false,
}: {
  canvas: Canvas
  top: number
  bottom: number
  count: number
  shirts: readonly string[]
  sashes?: readonly string[]
  /** Height in pixels of a person at the middle depth; nearer people are drawn larger. */
  size?: number
  hasHats?: boolean
}): string {
  const { random } = canvas
  const people = Array.from({ length: count }, () =>
    random.between({ min: top, max: bottom }),
  ).sort((a, b) => a - b)
  return people
    .map((base) => {
      const scale = 0.5 + ((base - top) / Math.max(1, bottom - top)) * 0.9
      return person({
        x: random.between({ min: 20, max: W - 20 }),
        base,
        height: size * scale,
        shirt: random.pick(shirts),
        sash: sashes ? random.pick(sashes) : undefined,
        trousers: random.pick(['#1e1e28', '#2a2f45', '#3a2a22', '#111111']),
        skin: random.pick(['#b07850', '#9a6a45', '#c08a60', '#8a5a3a']),
        hasHat: hasHats && random.chance(0.6),
      })
    })
    .join('')
}

function flag({
  x,
  top,
  height,
  colour,
}: {
  x: number
  top: number
  height: number
  colour: string
}): string {
  const width = height * 0.28
  const flagHeight = width * (2 / 3)
  const parts = [
    rect({ x: x - 2, y: top, width: 4, height, fill: '#cfcfcf' }),
    path({
      d: `M${x + 2} ${top + 4}q${round(width / 2)} ${round(-flagHeight * 0.12)} ${round(width)} 0v${round(flagHeight)}q${round(-width / 2)} ${round(flagHeight * 0.12)} ${round(-width)} 0z`,
      fill: colour,
    }),
  ]
  if (colour === VIETNAM_RED)
    parts.push(
      star({
        cx: x + 2 + width / 2,
        cy: top + 4 + flagHeight / 2,
        radius: flagHeight * 0.3,
        fill: '#ffdd00',
      }),
    )
  return parts.join('')
}

const VIETNAM_RED = '#da251d'

/** A row of buildings with window grids; `isLit` turns random windows on for night scenes. */
function skyline({
  canvas,
  base,
  count,
  minHeight,
  maxHeight,
  palette,
  isLit,
}: {
  canvas: Canvas
  base: number
  count: number
  minHeight: number
  maxHeight: number
  palette: readonly string[]
  isLit: boolean
}): string {
  const { random, light } = canvas
  const parts: string[] = []
  const windows: Array<{ x: number; y: number; width: number; height: number }> = []
  const lit: typeof windows = []
  let x = random.between({ min: -60, max: 0 })
  for (let index = 0; index < count && x < W; index += 1) {
    const width = random.between({ min: 60, max: 150 })
    const height = random.between({ min: minHeight, max: maxHeight })
    const colour = light.isNight
      ? mix({ from: random.pick(palette), to: '#0a0e1c', amount: 0.75 })
      : random.pick(palette)
    parts.push(rect({ x, y: base - height, width, height, fill: colour }))
    if (random.chance(0.3))
      parts.push(
        rect({
          x: x + width * 0.1,
          y: base - height - 14,
          width: width * 0.8,
          height: 14,
          fill: mix({ from: colour, to: '#000000', amount: 0.2 }),
        }),
      )
    const columns = Math.max(2, Math.floor(width / 22))
    const rows = Math.floor((height - 20) / 26)
    for (let row = 0; row < rows; row += 1) {
      for (let column = 0; column < columns; column += 1) {
        const window = {
          x: x + 8 + column * ((width - 16) / columns),
          y: base - height + 12 + row * 26,
          width: (width - 16) / columns - 6,
          height: 14,
        }
        if (isLit && random.chance(0.45)) lit.push(window)
        else windows.push(window)
      }
    }
    x += width + random.between({ min: 4, max: 30 })
  }
  parts.push(
    path({
      d: rectsPath(windows),
      fill: light.isNight ? '#1c2236' : mix({ from: light.skyBottom, to: '#334455', amount: 0.45 }),
      opacity: 0.85,
    }),
  )
  if (lit.length > 0) parts.push(path({ d: rectsPath(lit), fill: '#ffd77a', opacity: 0.9 }))
  return parts.join('')
}

// ---------------------------------------------------------------------------------------------
// Scenes

const SCENES: Record<PhotoScene, (canvas: Canvas) => string> = {
  forest: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.42
    const green = mix({ from: light.land, to: '#1f4d22', amount: 0.4 })
    const parts = [sky({ canvas, horizon }), hills({ canvas, horizon, layers: 2 })]
    parts.push(
      treeLine({
        canvas,
        base: horizon + 90,
        height: 200,
        count: 22,
        colour: mix({ from: green, to: light.haze, amount: 0.45 }),
        kind: 'tall',
      }),
    )
    parts.push(
      ground({
        canvas,
        top: horizon + 80,
        colour: mix({ from: green, to: '#000000', amount: 0.2 }),
      }),
    )
    if (canvas.hasWater) parts.push(water({ canvas, top: H * 0.72 }))
    parts.push(
      treeLine({
        canvas,
        base: H * 0.78,
        height: 420,
        count: 9,
        colour: green,
        kind: random.pick(['tall', 'round'] as const),
      }),
    )
    parts.push(
      tree({
        canvas,
        x: random.between({ min: 80, max: 260 }),
        base: H + 40,
        height: 900,
        colour: mix({ from: green, to: '#000000', amount: 0.35 }),
        kind: 'tall',
      }),
    )
    parts.push(
      ground({ canvas, top: H * 0.9, colour: mix({ from: green, to: '#000000', amount: 0.45 }) }),
    )
    return parts.join('')
  },

  hills: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.5
    const rock = mix({ from: '#8a8378', to: light.haze, amount: 0.2 })
    const parts = [sky({ canvas, horizon }), hills({ canvas, horizon })]
    for (let index = 0; index < 5; index += 1) {
      const x = random.between({ min: 0, max: W })
      const size = random.between({ min: 120, max: 320 })
      const top = horizon + random.between({ min: -140, max: 20 })
      parts.push(
        polygon({
          points: [
            [x - size, horizon + 110],
            [x - size * 0.4, top + 30],
            [x - size * 0.1, top],
            [x + size * 0.5, top + 50],
            [x + size, horizon + 110],
          ],
          fill: mix({ from: rock, to: '#000000', amount: random.between({ min: 0, max: 0.25 }) }),
        }),
      )
      parts.push(treeLine({ canvas, base: top + 40, height: 60, count: 3, colour: light.land }))
    }
    if (canvas.hasWater) parts.push(water({ canvas, top: horizon + 100 }))
    else parts.push(ground({ canvas, top: horizon + 100 }))
    parts.push(
      treeLine({
        canvas,
        base: H,
        height: 260,
        count: 6,
        colour: mix({ from: light.land, to: '#000000', amount: 0.3 }),
      }),
    )
    return parts.join('')
  },

  river: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.45
    const parts = [sky({ canvas, horizon }), hills({ canvas, horizon, layers: 1 })]
    parts.push(
      treeLine({
        canvas,
        base: horizon + 40,
        height: 90,
        count: 30,
        colour: mix({ from: light.land, to: light.haze, amount: 0.35 }),
      }),
    )
    parts.push(water({ canvas, top: horizon + 36 }))
    if (random.chance(0.5)) {
      const deck = horizon + 10
      parts.push(
        rect({
          x: 0,
          y: deck,
          width: W,
          height: 14,
          fill: mix({ from: '#9a9a9a', to: light.haze, amount: 0.4 }),
        }),
      )
      for (let x = 80; x < W; x += 220)
        parts.push(
          rect({
            x,
            y: deck + 14,
            width: 16,
            height: 24,
            fill: mix({ from: '#8a8a8a', to: light.haze, amount: 0.4 }),
          }),
        )
    }
    const boats = random.integer({ min: 2, max: 5 })
    for (let index = 0; index < boats; index += 1) {
      const y = random.between({ min: horizon + 80, max: H * 0.92 })
      const scale = 0.4 + (y - horizon) / (H - horizon)
      const x = random.between({ min: 0, max: W - 200 })
      const length = 320 * scale
      parts.push(
        path({
          d: `M${round(x)} ${round(y)}L${round(x + length)} ${round(y)}L${round(x + length * 0.9)} ${round(y + 22 * scale)}L${round(x + length * 0.08)} ${round(y + 22 * scale)}Z`,
          fill: random.pick(['#2f3b4a', '#6a3b22', '#1f4d6b']),
        }),
      )
      parts.push(
        rect({
          x: x + length * 0.3,
          y: y - 34 * scale,
          width: length * 0.35,
          height: 34 * scale,
          fill: random.pick(['#e8e2d0', '#c9b58a', canvas.accent]),
          radius: 4,
        }),
      )
      parts.push(
        rect({
          x,
          y: y + 24 * scale,
          width: length,
          height: 6 * scale,
          fill: '#000000',
          opacity: 0.18,
        }),
      )
    }
    const bank = mix({ from: light.land, to: '#000000', amount: 0.35 })
    const bankSide = random.chance(0.5) ? 0 : W
    const reach = bankSide === 0 ? 1 : -1
    parts.push(
      polygon({
        points: [
          [bankSide, H * 0.8],
          [bankSide + reach * W * 0.25, H * 0.9],
          [bankSide + reach * W * 0.45, H],
          [bankSide, H],
        ],
        fill: bank,
      }),
    )
    parts.push(
      tree({
        canvas,
        x: bankSide + reach * 120,
        base: H + 20,
        height: 560,
        colour: mix({ from: light.land, to: '#000000', amount: 0.25 }),
      }),
    )
    return parts.join('')
  },

  waterfall: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.32
    const green = mix({ from: light.land, to: '#1b4a24', amount: 0.4 })
    const parts = [
      sky({ canvas, horizon }),
      ridge({
        canvas,
        base: horizon,
        amplitude: 40,
        colour: mix({ from: green, to: light.haze, amount: 0.4 }),
      }),
    ]
    const cliffTop = horizon + 60
    const pool = H * 0.74
    parts.push(
      polygon({
        points: [
          [0, cliffTop],
          [W * 0.35, cliffTop - 20],
          [W * 0.65, cliffTop - 10],
          [W, cliffTop + 30],
          [W, pool],
          [0, pool],
        ],
        fill: mix({ from: '#6e645a', to: light.haze, amount: 0.15 }),
      }),
    )
    for (let index = 0; index < 14; index += 1) {
      const x = random.between({ min: 0, max: W })
      const y = random.between({ min: cliffTop, max: pool - 40 })
      parts.push(
        polygon({
          points: [
            [x, y],
            [x + random.between({ min: 40, max: 140 }), y + random.between({ min: -20, max: 30 })],
            [x + random.between({ min: 20, max: 120 }), y + random.between({ min: 40, max: 110 })],
          ],
          fill: mix({
            from: '#4a433c',
            to: '#000000',
            amount: random.between({ min: 0, max: 0.3 }),
          }),
          opacity: 0.8,
        }),
      )
    }
    const fallLeft = W * random.between({ min: 0.3, max: 0.45 })
    const fallWidth = W * random.between({ min: 0.18, max: 0.3 })
    const foam = gradientId({
      canvas,
      stops: [
        [0, '#f4f8fa', 0.95],
        [1, '#cfe3ea', 0.85],
      ],
    })
    parts.push(
      rect({
        x: fallLeft,
        y: cliffTop - 10,
        width: fallWidth,
        height: pool - cliffTop + 10,
        fill: `url(#${foam})`,
      }),
    )
    const strands = Array.from({ length: 40 }, () => ({
      x: fallLeft + random.between({ min: 0, max: fallWidth }),
      y: cliffTop + random.between({ min: 0, max: 80 }),
      width: 3,
      height: random.between({ min: 120, max: pool - cliffTop }),
    }))
    parts.push(path({ d: rectsPath(strands), fill: '#9fbecb', opacity: 0.5 }))
    parts.push(water({ canvas, top: pool }))
    for (let index = 0; index < 12; index += 1)
      parts.push(
        ellipse({
          cx: fallLeft + random.between({ min: -40, max: fallWidth + 40 }),
          cy: pool + random.between({ min: 0, max: 40 }),
          rx: random.between({ min: 40, max: 110 }),
          ry: 14,
          fill: '#ffffff',
          opacity: 0.6,
        }),
      )
    parts.push(treeLine({ canvas, base: cliffTop + 30, height: 160, count: 12, colour: green }))
    parts.push(
      tree({
        canvas,
        x: random.between({ min: 40, max: 200 }),
        base: H + 30,
        height: 700,
        colour: mix({ from: green, to: '#000000', amount: 0.35 }),
      }),
    )
    parts.push(
      tree({
        canvas,
        x: random.between({ min: W - 220, max: W - 40 }),
        base: H + 30,
        height: 640,
        colour: mix({ from: green, to: '#000000', amount: 0.3 }),
      }),
    )
    return parts.join('')
  },

  fields: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.4
    const parts = [sky({ canvas, horizon }), hills({ canvas, horizon, layers: 2 })]
    parts.push(
      treeLine({
        canvas,
        base: horizon + 24,
        height: 70,
        count: 26,
        colour: mix({ from: light.land, to: light.haze, amount: 0.4 }),
      }),
    )
    const ripe = light === LIGHTS.golden || light === LIGHTS.dusk
    let y = horizon + 20
    let band = 10
    while (y < H) {
      const colour = ripe
        ? random.pick(['#c8a83a', '#b99a2e', '#d6b84a', '#9aa33a'])
        : random.pick(['#6fa33c', '#5c9434', '#86b84a', '#7aa040'])
      parts.push(
        rect({
          x: 0,
          y,
          width: W,
          height: band,
          fill: mix({ from: colour, to: light.haze, amount: Math.max(0, 0.4 - (y - horizon) / H) }),
        }),
      )
      parts.push(
        rect({
          x: 0,
          y: y + band - 2,
          width: W,
          height: 2 + band * 0.04,
          fill: '#4a3b24',
          opacity: 0.35,
        }),
      )
      y += band
      band *= 1.28
    }
    parts.push(
      crowd({
        canvas,
        top: H * 0.62,
        bottom: H * 0.9,
        count: random.integer({ min: 3, max: 7 }),
        shirts: ['#3f5f8f', '#8a4a3a', '#e0d8c0', canvas.accent],
        hasHats: true,
      }),
    )
    return parts.join('')
  },

  plantation: (canvas) => {
    const { random, light } = canvas
    const vanishX = W * random.between({ min: 0.4, max: 0.6 })
    const vanishY = H * 0.45
    const canopy = mix({ from: light.land, to: '#16361a', amount: 0.45 })
    const id = gradientId({
      canvas,
      stops: [
        [0, mix({ from: light.skyBottom, to: canopy, amount: 0.5 })],
        [1, canopy],
      ],
    })
    const parts = [rect({ x: 0, y: 0, width: W, height: H, fill: `url(#${id})` })]
    parts.push(ground({ canvas, top: vanishY, colour: '#6b5334' }))
    for (let side = -1; side <= 1; side += 2) {
      for (let row = 1; row <= 4; row += 1) {
        for (let step = 12; step >= 1; step -= 1) {
          const depth = step / 12
          const x = vanishX + ((side * (row * 180)) / (depth * 3 + 0.3)) * 0.5
          if (x < -60 || x > W + 60) continue
          const height = (H * 0.9) / (depth * 3 + 0.3)
          const width = Math.max(2, 26 / (depth * 3 + 0.3))
          const base = vanishY + height * 0.35
          parts.push(
            rect({
              x: x - width / 2,
              y: base - height,
              width,
              height,
              fill: mix({ from: '#a09a88', to: light.haze, amount: depth * 0.6 }),
            }),
          )
          parts.push(
            rect({
              x: x - width / 2,
              y: base - height * 0.35,
              width: width * 0.35,
              height: height * 0.2,
              fill: '#e6e0cc',
              opacity: 0.6,
            }),
          )
        }
      }
    }
    for (let index = 0; index < 40; index += 1)
      parts.push(
        ellipse({
          cx: random.between({ min: 0, max: W }),
          cy: random.between({ min: -40, max: H * 0.18 }),
          rx: random.between({ min: 60, max: 160 }),
          ry: random.between({ min: 40, max: 90 }),
          fill: mix({ from: canopy, to: '#000000', amount: random.between({ min: 0, max: 0.3 }) }),
        }),
      )
    for (let index = 0; index < 4; index += 1) {
      const x = random.between({ min: 0, max: W })
      parts.push(
        polygon({
          points: [
            [x, 0],
            [x + 60, 0],
            [x + 260, H],
            [x + 140, H],
          ],
          fill: '#fff6d0',
          opacity: 0.07,
        }),
      )
    }
    return parts.join('')
  },

  orchard: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.36
    const parts = [
      sky({ canvas, horizon }),
      hills({ canvas, horizon, layers: 1 }),
      ground({
        canvas,
        top: horizon + 10,
        colour: mix({ from: light.land, to: '#7a8a3a', amount: 0.3 }),
      }),
    ]
    for (let row = 0; row < 4; row += 1) {
      const base = horizon + 60 + row * row * 60 + row * 40
      const height = 110 + row * 120
      const count = 12 - row * 2
      for (let index = 0; index < count; index += 1) {
        const x = (index + random.between({ min: 0.1, max: 0.9 })) * (W / count)
        parts.push(
          tree({
            canvas,
            x,
            base,
            height,
            colour: mix({ from: light.land, to: '#0e3a12', amount: 0.3 + row * 0.08 }),
          }),
        )
        const fruit = Array.from({ length: 8 + row * 6 }, () => {
          const size = 3 + row * 3
          return {
            x: x + random.between({ min: -height * 0.3, max: height * 0.3 }),
            y: base - height * random.between({ min: 0.45, max: 0.8 }),
            width: size,
            height: size,
          }
        })
        parts.push(path({ d: rectsPath(fruit), fill: canvas.accent }))
      }
    }
    parts.push(
      crowd({
        canvas,
        top: H * 0.8,
        bottom: H * 0.95,
        count: 2,
        shirts: ['#e8e0c8', canvas.accent],
        hasHats: true,
      }),
    )
    return parts.join('')
  },

  city: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.58
    const parts = [sky({ canvas, horizon })]
    parts.push(
      `<g opacity="0.8">${skyline({ canvas, base: horizon, count: 30, minHeight: 120, maxHeight: 300, palette: ['#b8c2cc', '#d0c8b8', '#9aa8b6'], isLit: light.isNight })}</g>`,
    )
    parts.push(
      skyline({
        canvas,
        base: horizon + 60,
        count: 22,
        minHeight: 160,
        maxHeight: 460,
        palette: ['#e8e2d6', '#c7d3dd', '#f0d8b8', '#8fa6b8', '#dcdcdc'],
        isLit: light.isNight,
      }),
    )
    if (canvas.hasWater) {
      parts.push(water({ canvas, top: horizon + 60 }))
    } else {
      parts.push(rect({ x: 0, y: horizon + 60, width: W, height: H, fill: '#5a5e63' }))
      parts.push(
        path({
          d: rectsPath(
            Array.from({ length: 12 }, (_, index) => ({
              x: index * 140 + 20,
              y: H * 0.82,
              width: 80,
              height: 8,
            })),
          ),
          fill: '#f0f0f0',
          opacity: 0.8,
        }),
      )
      for (let index = 0; index < 8; index += 1) {
        const x = random.between({ min: 0, max: W - 120 })
        const y = random.between({ min: horizon + 90, max: H * 0.95 })
        parts.push(
          rect({
            x,
            y: y - 36,
            width: 110,
            height: 36,
            fill: random.pick(['#c62828', '#eeeeee', '#1e3a5f', '#f9a825', '#333333']),
            radius: 10,
          }),
        )
        parts.push(
          rect({ x: x + 18, y: y - 54, width: 70, height: 22, fill: '#223344', radius: 6 }),
        )
      }
    }
    parts.push(
      treeLine({
        canvas,
        base: horizon + 70,
        height: 150,
        count: 10,
        colour: mix({ from: light.land, to: '#000000', amount: 0.2 }),
      }),
    )
    return parts.join('')
  },

  'night-city': (canvas) => {
    const { random } = canvas
    const horizon = H * 0.55
    const parts = [sky({ canvas, horizon })]
    parts.push(
      skyline({
        canvas,
        base: horizon,
        count: 26,
        minHeight: 100,
        maxHeight: 380,
        palette: ['#334455', '#2a3545', '#40485a'],
        isLit: true,
      }),
    )
    parts.push(water({ canvas, top: horizon }))
    const reflections = Array.from({ length: 90 }, () => ({
      x: random.between({ min: 0, max: W }),
      y: random.between({ min: horizon + 6, max: H }),
      width: random.between({ min: 3, max: 8 }),
      height: random.between({ min: 10, max: 60 }),
    }))
    parts.push(path({ d: rectsPath(reflections), fill: '#ffc866', opacity: 0.35 }))
    const lamps = Array.from({ length: 24 }, (_, index) => ({
      x: index * (W / 24) + 20,
      y: horizon - 8,
      width: 6,
      height: 6,
    }))
    parts.push(path({ d: rectsPath(lamps), fill: '#fff1b0' }))
    parts.push(rect({ x: 0, y: horizon - 6, width: W, height: 8, fill: '#0c1020' }))
    return parts.join('')
  },

  industry: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.48
    const parts = [sky({ canvas, horizon }), hills({ canvas, horizon, layers: 1 })]
    parts.push(
      ground({
        canvas,
        top: horizon,
        colour: mix({ from: light.land, to: '#8a8a80', amount: 0.45 }),
      }),
    )
    for (let index = 0; index < 5; index += 1) {
      const x = random.between({ min: -100, max: W - 200 })
      const base = horizon + random.between({ min: 30, max: 110 })
      const width = random.between({ min: 260, max: 520 })
      const height = random.between({ min: 70, max: 130 })
      const wall = random.pick(['#dfe4e8', '#c9d6e2', '#e8e4da', '#b8c8d8'])
      parts.push(rect({ x, y: base - height, width, height, fill: wall }))
      const teeth = Math.floor(width / 40)
      let roof = `M${round(x)} ${round(base - height)}`
      for (let tooth = 0; tooth < teeth; tooth += 1) roof += `l40 -26l0 26`
      parts.push(
        path({
          d: `${roof}L${round(x)} ${round(base - height)}Z`,
          fill: random.pick(['#3d6fa8', '#5a7f9c', '#9aa4ad']),
        }),
      )
      parts.push(
        rect({ x, y: base - height * 0.45, width, height: 6, fill: canvas.accent, opacity: 0.8 }),
      )
    }
    for (let index = 0; index < 3; index += 1) {
      const x = random.between({ min: 100, max: W - 100 })
      const top = horizon - random.between({ min: 120, max: 260 })
      parts.push(rect({ x, y: top, width: 26, height: horizon + 60 - top, fill: '#b0aca4' }))
      parts.push(rect({ x, y: top + 14, width: 26, height: 10, fill: '#c62828' }))
      for (let puff = 0; puff < 6; puff += 1)
        parts.push(
          ellipse({
            cx: x + 13 + puff * 26 + random.between({ min: -8, max: 8 }),
            cy: top - 20 - puff * 16,
            rx: 26 + puff * 8,
            ry: 18 + puff * 5,
            fill: '#f2f2f2',
            opacity: 0.5 - puff * 0.06,
          }),
        )
    }
    for (let index = 0; index < 3; index += 1) {
      const x = random.between({ min: 0, max: W - 140 })
      const base = horizon + random.between({ min: 60, max: 150 })
      parts.push(rect({ x, y: base - 110, width: 120, height: 110, fill: '#d8d8d0' }))
      parts.push(ellipse({ cx: x + 60, cy: base - 110, rx: 60, ry: 14, fill: '#eeeeea' }))
    }
    const containerTop = canvas.hasWater ? H * 0.66 : H * 0.72
    const containers: Array<{
      x: number
      y: number
      width: number
      height: number
      colour: string
    }> = []
    for (let stack = 0; stack < 14; stack += 1) {
      const x = stack * 118 + random.between({ min: 0, max: 20 })
      const levels = random.integer({ min: 1, max: 4 })
      for (let level = 0; level < levels; level += 1)
        containers.push({
          x,
          y: containerTop - level * 46,
          width: 110,
          height: 44,
          colour: random.pick([
            '#c62828',
            '#1565c0',
            '#2e7d32',
            '#ef6c00',
            '#6d4c41',
            canvas.accent,
          ]),
        })
    }
    for (const container of containers) {
      parts.push(rect({ ...container, fill: container.colour }))
      parts.push(
        path({
          d: rectsPath(
            Array.from({ length: 9 }, (_, rib) => ({
              x: container.x + 6 + rib * 11.5,
              y: container.y + 4,
              width: 2,
              height: container.height - 8,
            })),
          ),
          fill: '#000000',
          opacity: 0.2,
        }),
      )
    }
    if (canvas.hasWater) {
      parts.push(rect({ x: 0, y: containerTop + 44, width: W, height: 30, fill: '#8a8a86' }))
      parts.push(water({ canvas, top: containerTop + 74 }))
      for (let crane = 0; crane < 3; crane += 1) {
        const x = 200 + crane * 480 + random.between({ min: -40, max: 40 })
        parts.push(
          path({
            d: `M${x} ${containerTop + 44}L${x} ${horizon - 220}M${x + 90} ${containerTop + 44}L${x + 90} ${horizon - 220}M${x - 160} ${horizon - 200}L${x + 260} ${horizon - 200}`,
            stroke: random.pick(['#e65100', '#1565c0', '#f9a825']),
            strokeWidth: 12,
          }),
        )
      }
      parts.push(
        path({
          d: `M${W * 0.1} ${H * 0.86}L${W * 0.9} ${H * 0.86}L${W * 0.86} ${H * 0.94}L${W * 0.13} ${H * 0.94}Z`,
          fill: '#23303e',
        }),
      )
      parts.push(
        rect({ x: W * 0.7, y: H * 0.8, width: W * 0.12, height: H * 0.06, fill: '#eeeeee' }),
      )
    } else {
      parts.push(rect({ x: 0, y: containerTop + 44, width: W, height: H, fill: '#6e7072' }))
    }
    return parts.join('')
  },

  airport: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.5
    const parts = [sky({ canvas, horizon }), hills({ canvas, horizon, layers: 1 })]
    parts.push(ground({ canvas, top: horizon }))
    const terminalBase = horizon + 90
    const terminalWidth = W * random.between({ min: 0.55, max: 0.8 })
    const terminalLeft = random.between({ min: W * 0.04, max: W * 0.92 - terminalWidth })
    const glass = gradientId({
      canvas,
      stops: [
        [0, mix({ from: light.skyBottom, to: '#2d4a66', amount: 0.45 })],
        [1, '#1e3348'],
      ],
    })
    parts.push(
      rect({
        x: terminalLeft,
        y: terminalBase - 90,
        width: terminalWidth,
        height: 90,
        fill: `url(#${glass})`,
      }),
    )
    const petals = 12
    const petalWidth = terminalWidth / petals
    let roof = `M${round(terminalLeft - 30)} ${round(terminalBase - 86)}`
    for (let index = 0; index < petals; index += 1)
      roof += `q${round(petalWidth / 2)} ${-70 - (index % 2) * 20} ${round(petalWidth + (index === 0 ? 30 : 0))} 0`
    parts.push(
      path({
        d: `${roof}l30 0L${round(terminalLeft - 30)} ${round(terminalBase - 86)}Z`,
        fill: '#eef0f2',
      }),
    )
    parts.push(
      path({
        d: rectsPath(
          Array.from({ length: petals * 3 }, (_, index) => ({
            x: terminalLeft + index * (terminalWidth / (petals * 3)),
            y: terminalBase - 86,
            width: 2,
            height: 86,
          })),
        ),
        fill: '#c8d2dc',
        opacity: 0.6,
      }),
    )
    parts.push(rect({ x: W * 0.9, y: horizon - 170, width: 30, height: 260, fill: '#dfe3e6' }))
    parts.push(
      rect({
        x: W * 0.9 - 24,
        y: horizon - 200,
        width: 78,
        height: 40,
        fill: '#38566f',
        radius: 8,
      }),
    )
    parts.push(
      polygon({
        points: [
          [W * 0.2, H],
          [W * 0.46, terminalBase + 30],
          [W * 0.56, terminalBase + 30],
          [W * 0.95, H],
        ],
        fill: '#55595e',
      }),
    )
    parts.push(
      path({
        d: rectsPath(
          Array.from({ length: 8 }, (_, index) => {
            const t = index / 8
            return {
              x: W * (0.51 + (0.575 - 0.51) * t) - 3 - t * 6,
              y: terminalBase + 40 + t * t * (H - terminalBase - 40),
              width: 6 + t * 12,
              height: 10 + t * 40,
            }
          }),
        ),
        fill: '#f2f2f2',
      }),
    )
    const planes = random.integer({ min: 1, max: 2 })
    for (let index = 0; index < planes; index += 1) {
      const x = random.between({ min: W * 0.15, max: W * 0.7 })
      const y = random.between({ min: horizon * 0.25, max: horizon * 0.7 })
      const size = random.between({ min: 0.6, max: 1.1 })
      const hull = `M${round(x)} ${round(y)}c${round(40 * size)} ${round(-14 * size)} ${round(220 * size)} ${round(-40 * size)} ${round(300 * size)} ${round(-54 * size)}c${round(16 * size)} ${round(-2 * size)} ${round(20 * size)} ${round(8 * size)} ${round(4 * size)} ${round(14 * size)}c${round(-80 * size)} ${round(26 * size)} ${round(-220 * size)} ${round(48 * size)} ${round(-296 * size)} ${round(52 * size)}z`
      parts.push(path({ d: hull, fill: '#f4f6f8' }))
      parts.push(
        polygon({
          points: [
            [x + 120 * size, y - 20 * size],
            [x + 60 * size, y + 50 * size],
            [x + 100 * size, y + 48 * size],
            [x + 190 * size, y - 30 * size],
          ],
          fill: '#dfe4ea',
        }),
      )
      parts.push(
        polygon({
          points: [
            [x + 10 * size, y - 4 * size],
            [x - 20 * size, y - 60 * size],
            [x + 10 * size, y - 58 * size],
            [x + 50 * size, y - 12 * size],
          ],
          fill: canvas.accent,
        }),
      )
    }
    return parts.join('')
  },

  'border-gate': (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.5
    const parts = [
      sky({ canvas, horizon }),
      hills({ canvas, horizon, layers: 2 }),
      ground({ canvas, top: horizon + 20 }),
    ]
    parts.push(
      treeLine({
        canvas,
        base: horizon + 40,
        height: 120,
        count: 16,
        colour: mix({ from: light.land, to: light.haze, amount: 0.25 }),
      }),
    )
    const gateBase = horizon + 150
    const left = W * 0.22
    const right = W * 0.78
    const stone = mix({ from: '#e9e1cf', to: light.haze, amount: 0.15 })
    parts.push(rect({ x: left, y: gateBase - 220, width: 150, height: 220, fill: stone }))
    parts.push(rect({ x: right - 150, y: gateBase - 220, width: 150, height: 220, fill: stone }))
    parts.push(rect({ x: left, y: gateBase - 250, width: right - left, height: 60, fill: stone }))
    parts.push(
      path({
        d: `M${left - 50} ${gateBase - 246}Q${(left + right) / 2} ${gateBase - 300} ${right + 50} ${gateBase - 246}L${right + 20} ${gateBase - 300}Q${(left + right) / 2} ${gateBase - 350} ${left - 20} ${gateBase - 300}Z`,
        fill: '#a5432f',
      }),
    )
    parts.push(
      path({
        d: rectsPath(
          [0, 1, 2].map((column) => ({
            x: left + 20 + column * 40,
            y: gateBase - 200,
            width: 24,
            height: 80,
          })),
        ),
        fill: '#4a5a6a',
        opacity: 0.8,
      }),
    )
    parts.push(
      path({
        d: rectsPath(
          [0, 1, 2].map((column) => ({
            x: right - 130 + column * 40,
            y: gateBase - 200,
            width: 24,
            height: 80,
          })),
        ),
        fill: '#4a5a6a',
        opacity: 0.8,
      }),
    )
    parts.push(
      polygon({
        points: [
          [W * 0.05, H],
          [left + 160, gateBase],
          [right - 160, gateBase],
          [W * 0.95, H],
        ],
        fill: '#6a6c70',
      }),
    )
    parts.push(
      path({
        d: rectsPath(
          Array.from({ length: 7 }, (_, index) => {
            const t = index / 7
            return {
              x: W / 2 - 4 - t * 8,
              y: gateBase + 10 + t * t * (H - gateBase),
              width: 8 + t * 16,
              height: 12 + t * 40,
            }
          }),
        ),
        fill: '#f6f6f6',
      }),
    )
    for (let index = 0; index < 4; index += 1)
      parts.push(
        flag({
          x: left + 40 + index * ((right - left - 80) / 3),
          top: gateBase - 420,
          height: 170,
          colour: index % 2 === 0 ? VIETNAM_RED : canvas.accent,
        }),
      )
    const trucks = random.integer({ min: 2, max: 4 })
    for (let index = 0; index < trucks; index += 1) {
      const t = (index + 1) / (trucks + 1)
      const y = gateBase + t * (H - gateBase) * 0.85
      const scale = 0.35 + t
      const x = W / 2 + (index % 2 === 0 ? -1 : 1) * (60 + 220 * t * scale) - 110 * scale
      parts.push(
        rect({
          x,
          y: y - 120 * scale,
          width: 220 * scale,
          height: 110 * scale,
          fill: random.pick(['#e8e8e8', '#1565c0', '#c62828', '#2e7d32']),
        }),
      )
      parts.push(
        rect({
          x: x + 30 * scale,
          y: y - 10 * scale,
          width: 40 * scale,
          height: 20 * scale,
          fill: '#111111',
          radius: 8 * scale,
        }),
      )
      parts.push(
        rect({
          x: x + 150 * scale,
          y: y - 10 * scale,
          width: 40 * scale,
          height: 20 * scale,
          fill: '#111111',
          radius: 8 * scale,
        }),
      )
    }
    return parts.join('')
  },

  festival: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.42
    const parts = [sky({ canvas, horizon }), hills({ canvas, horizon, layers: 1 })]
    parts.push(
      treeLine({
        canvas,
        base: horizon + 40,
        height: 200,
        count: 12,
        colour: mix({ from: light.land, to: light.haze, amount: 0.2 }),
      }),
    )
    parts.push(ground({ canvas, top: horizon + 30, colour: '#9a7a52' }))
    const houseLeft = random.between({ min: 0, max: W * 0.4 })
    const houseWidth = W * 0.5
    const houseBase = horizon + 120
    parts.push(
      rect({ x: houseLeft, y: houseBase - 70, width: houseWidth, height: 70, fill: '#6b4a2a' }),
    )
    parts.push(
      polygon({
        points: [
          [houseLeft - 40, houseBase - 66],
          [houseLeft + 60, houseBase - 240],
          [houseLeft + houseWidth - 60, houseBase - 240],
          [houseLeft + houseWidth + 40, houseBase - 66],
        ],
        fill: mix({ from: '#b89a62', to: light.haze, amount: 0.1 }),
      }),
    )
    parts.push(
      path({
        d: rectsPath(
          Array.from({ length: 30 }, (_, index) => ({
            x: houseLeft + index * (houseWidth / 30),
            y: houseBase - 230,
            width: 2,
            height: 160,
          })),
        ),
        fill: '#7a643c',
        opacity: 0.5,
      }),
    )
    const poleX = random.between({ min: W * 0.55, max: W * 0.8 })
    parts.push(rect({ x: poleX - 6, y: H * 0.08, width: 12, height: H * 0.6, fill: '#c9b27a' }))
    for (let bar = 0; bar < 4; bar += 1) {
      const y = H * 0.12 + bar * 50
      parts.push(
        rect({ x: poleX - 60 + bar * 8, y, width: 120 - bar * 16, height: 6, fill: '#c9b27a' }),
      )
      for (let tassel = 0; tassel < 5; tassel += 1)
        parts.push(
          polygon({
            points: [
              [poleX - 50 + tassel * 25, y + 6],
              [poleX - 42 + tassel * 25, y + 40],
              [poleX - 34 + tassel * 25, y + 6],
            ],
            fill: random.pick([canvas.accent, '#f9e04b', '#ffffff', '#c62828']),
          }),
        )
    }
    for (let line = 0; line < 2; line += 1) {
      const y = H * (0.2 + line * 0.08)
      parts.push(
        path({ d: `M0 ${y}Q${W / 2} ${y + 80} ${W} ${y}`, stroke: '#333333', strokeWidth: 2 }),
      )
      for (let index = 0; index < 24; index += 1) {
        const x = (index + 0.5) * (W / 24)
        const t = x / W
        const sag = y + 4 * 80 * t * (1 - t) * 0.5
        parts.push(
          polygon({
            points: [
              [x - 16, sag],
              [x + 16, sag],
              [x, sag + 34],
            ],
            fill: random.pick([canvas.accent, '#f9a825', '#2e7d32', '#c62828', '#1565c0']),
          }),
        )
      }
    }
    const brocade = [canvas.accent, '#1a1a1a', '#b71c1c', '#f5f0e0', '#1a1a1a']
    const gongX = random.between({ min: W * 0.25, max: W * 0.6 })
    const gold = gradientId({
      canvas,
      kind: 'radial',
      stops: [
        [0, '#fff2a8'],
        [0.6, '#d4a02a'],
        [1, '#8a6414'],
      ],
    })
    const players = Array.from({ length: 6 }, (_, index) => {
      const angle = (index / 6) * Math.PI * 2
      return { x: gongX + Math.cos(angle) * 190, base: H * 0.78 + Math.sin(angle) * 60 }
    }).sort((a, b) => a.base - b.base)
    for (const { x, base } of players) {
      parts.push(
        person({
          x,
          base,
          height: 190,
          shirt: random.pick(brocade),
          sash: random.pick(['#c62828', '#f9e04b', canvas.accent]),
        }),
      )
      parts.push(ellipse({ cx: x + 30, cy: base - 110, rx: 34, ry: 34, fill: `url(#${gold})` }))
    }
    if (light === LIGHTS.dusk || light === LIGHTS.night || light === LIGHTS.golden) {
      const glow = gradientId({
        canvas,
        kind: 'radial',
        stops: [
          [0, '#ffcf6a', 0.7],
          [1, '#ff8a3a', 0],
        ],
      })
      parts.push(ellipse({ cx: gongX, cy: H * 0.78, rx: 260, ry: 180, fill: `url(#${glow})` }))
      parts.push(
        path({
          d: `M${gongX - 50} ${H * 0.8}Q${gongX - 30} ${H * 0.7} ${gongX} ${H * 0.62}Q${gongX + 30} ${H * 0.72} ${gongX + 50} ${H * 0.8}Z`,
          fill: '#ff9a2a',
        }),
      )
      parts.push(
        path({
          d: `M${gongX - 26} ${H * 0.8}Q${gongX - 10} ${H * 0.74} ${gongX} ${H * 0.68}Q${gongX + 14} ${H * 0.75} ${gongX + 26} ${H * 0.8}Z`,
          fill: '#ffe36a',
        }),
      )
    }
    parts.push(
      crowd({
        canvas,
        top: H * 0.84,
        bottom: H * 1.25,
        count: 16,
        size: 260,
        shirts: brocade,
        sashes: ['#c62828', '#f9e04b', '#f5f0e0', canvas.accent],
      }),
    )
    return parts.join('')
  },

  brocade: (canvas) => {
    const { random } = canvas
    const base = random.pick(['#141414', '#1b1f3a', '#2a1414'])
    const parts = [rect({ x: 0, y: 0, width: W, height: H, fill: base })]
    const colours = [canvas.accent, '#c62828', '#f5f0e0', '#f9c74f', '#2e7d32', '#1565c0']
    let y = -random.between({ min: 0, max: 40 })
    while (y < H) {
      const band = random.pick([18, 30, 60, 90])
      const colour = random.pick(colours)
      if (band <= 30) {
        parts.push(rect({ x: 0, y, width: W, height: band, fill: colour }))
      } else {
        const size = band * 0.8
        let diamonds = ''
        for (let x = 0; x < W + size; x += size * 1.1) {
          const cy = y + band / 2
          diamonds += `M${round(x)} ${round(cy - size / 2)}l${round(size / 2)} ${round(size / 2)}l${round(-size / 2)} ${round(size / 2)}l${round(-size / 2)} ${round(-size / 2)}z`
        }
        parts.push(path({ d: diamonds, fill: colour }))
        const dots = Array.from({ length: Math.floor(W / (size * 1.1)) + 1 }, (_, index) => ({
          x: index * size * 1.1 - 4,
          y: y + band / 2 - 4,
          width: 8,
          height: 8,
        }))
        parts.push(path({ d: rectsPath(dots), fill: random.pick(colours) }))
      }
      y += band + random.pick([4, 8, 14])
    }
    const threads = Array.from({ length: 220 }, (_, index) => ({
      x: index * (W / 220),
      y: 0,
      width: 1,
      height: H,
    }))
    parts.push(path({ d: rectsPath(threads), fill: '#000000', opacity: 0.18 }))
    parts.push(
      path({
        d: rectsPath(
          Array.from({ length: 120 }, (_, index) => ({
            x: 0,
            y: index * (H / 120),
            width: W,
            height: 1,
          })),
        ),
        fill: '#ffffff',
        opacity: 0.05,
      }),
    )
    const shadow = gradientId({
      canvas,
      isHorizontal: true,
      stops: [
        [0, '#000000', 0.45],
        [0.35, '#000000', 0],
        [1, '#000000', 0.3],
      ],
    })
    parts.push(rect({ x: 0, y: 0, width: W, height: H, fill: `url(#${shadow})` }))
    return parts.join('')
  },

  pottery: (canvas) => {
    const { random } = canvas
    const wall = gradientId({
      canvas,
      stops: [
        [0, '#5a3a24'],
        [1, '#a8784c'],
      ],
    })
    const parts = [rect({ x: 0, y: 0, width: W, height: H, fill: `url(#${wall})` })]
    const kiln = gradientId({
      canvas,
      kind: 'radial',
      stops: [
        [0, '#ffd27a', 0.9],
        [0.5, '#ff7a2a', 0.35],
        [1, '#ff7a2a', 0],
      ],
    })
    parts.push(
      ellipse({
        cx: random.pick([W * 0.08, W * 0.92]),
        cy: H * 0.55,
        rx: 380,
        ry: 420,
        fill: `url(#${kiln})`,
      }),
    )
    const glazes = ['#3f8f7a', '#2c4f8c', '#7a4a2a', '#e6dcc0', '#5f8f4a', canvas.accent]
    const glazeIds = glazes.map((glaze) =>
      gradientId({
        canvas,
        isHorizontal: true,
        stops: [
          [0, mix({ from: glaze, to: '#000000', amount: 0.45 })],
          [0.35, mix({ from: glaze, to: '#ffffff', amount: 0.25 })],
          [1, mix({ from: glaze, to: '#000000', amount: 0.55 })],
        ],
      }),
    )
    const shelves = [H * 0.3, H * 0.56]
    for (const shelf of shelves) {
      parts.push(rect({ x: 0, y: shelf, width: W, height: 18, fill: '#4a2e1a' }))
      let x = random.between({ min: 20, max: 60 })
      while (x < W - 60) {
        const height = random.between({ min: 90, max: 200 })
        const width = height * random.between({ min: 0.45, max: 0.8 })
        parts.push(
          vase({
            cx: x + width / 2,
            base: shelf,
            height,
            width,
            fill: `url(#${random.pick(glazeIds)})`,
            random,
          }),
        )
        x += width + random.between({ min: 10, max: 40 })
      }
    }
    parts.push(rect({ x: 0, y: H * 0.8, width: W, height: H * 0.2, fill: '#3a2414' }))
    let x = random.between({ min: 60, max: 160 })
    while (x < W - 200) {
      const height = random.between({ min: 220, max: 360 })
      const width = height * random.between({ min: 0.5, max: 0.75 })
      parts.push(
        vase({
          cx: x + width / 2,
          base: H * 0.86,
          height,
          width,
          fill: `url(#${random.pick(glazeIds)})`,
          random,
        }),
      )
      x += width + random.between({ min: 40, max: 120 })
    }
    return parts.join('')
  },

  monument: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.55
    const green = mix({ from: light.land, to: '#1b4a24', amount: 0.3 })
    const parts = [
      sky({ canvas, horizon }),
      hills({ canvas, horizon, layers: 2 }),
      ground({ canvas, top: horizon }),
    ]
    const cx = W * random.between({ min: 0.4, max: 0.6 })
    const base = horizon + 220
    parts.push(treeLine({ canvas, base: horizon + 40, height: 200, count: 10, colour: green }))
    for (let step = 0; step < 6; step += 1)
      parts.push(
        rect({
          x: cx - 320 + step * 30,
          y: base - step * 18,
          width: 640 - step * 60,
          height: 18,
          fill: mix({ from: '#d8d2c4', to: '#000000', amount: step * 0.03 }),
        }),
      )
    parts.push(rect({ x: cx - 90, y: base - 150, width: 180, height: 50, fill: '#cfc8b8' }))
    parts.push(
      polygon({
        points: [
          [cx - 50, base - 150],
          [cx - 26, base - 560],
          [cx, base - 600],
          [cx + 26, base - 560],
          [cx + 50, base - 150],
        ],
        fill: '#e6e0d2',
      }),
    )
    parts.push(
      polygon({
        points: [
          [cx, base - 600],
          [cx + 26, base - 560],
          [cx + 50, base - 150],
          [cx + 10, base - 150],
        ],
        fill: '#000000',
        opacity: 0.12,
      }),
    )
    parts.push(star({ cx, cy: base - 470, radius: 26, fill: '#d4a02a' }))
    parts.push(flag({ x: cx + 260, top: base - 420, height: 300, colour: VIETNAM_RED }))
    parts.push(
      crowd({
        canvas,
        top: base + 40,
        bottom: H * 0.98,
        count: 10,
        shirts: ['#f5f5f5', '#2e4a7a', canvas.accent, '#6a7a3a'],
      }),
    )
    return parts.join('')
  },

  'jungle-base': (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.55
    const green = mix({ from: light.land, to: '#1b4a24', amount: 0.3 })
    const parts = [
      sky({ canvas, horizon }),
      hills({ canvas, horizon, layers: 2 }),
      ground({ canvas, top: horizon }),
    ]
    parts.push(
      treeLine({ canvas, base: horizon + 30, height: 260, count: 14, colour: green, kind: 'tall' }),
    )
    for (let hut = 0; hut < 3; hut += 1) {
      const x = W * (0.2 + hut * 0.25) + random.between({ min: -40, max: 40 })
      const base = horizon + 160 + hut * 30
      parts.push(rect({ x, y: base - 90, width: 220, height: 90, fill: '#7a5a36' }))
      parts.push(
        polygon({
          points: [
            [x - 30, base - 86],
            [x + 110, base - 190],
            [x + 250, base - 86],
          ],
          fill: '#c2a468',
        }),
      )
      parts.push(rect({ x: x + 90, y: base - 70, width: 40, height: 70, fill: '#2a1c10' }))
    }
    parts.push(
      treeLine({
        canvas,
        base: H + 40,
        height: 620,
        count: 4,
        colour: mix({ from: green, to: '#000000', amount: 0.35 }),
        kind: 'tall',
      }),
    )
    return parts.join('')
  },

  meeting: (canvas) => {
    const { random } = canvas
    const wallTone = random.pick(['#e9e2d4', '#dfe5ea', '#efe6d2', '#e2dcd8'])
    const wall = gradientId({
      canvas,
      stops: [
        [0, wallTone],
        [1, mix({ from: wallTone, to: '#5a4a3a', amount: 0.25 })],
      ],
    })
    const parts = [rect({ x: 0, y: 0, width: W, height: H, fill: `url(#${wall})` })]
    const bannerWidth = W * random.between({ min: 0.5, max: 0.72 })
    const bannerLeft = (W - bannerWidth) / 2 + random.between({ min: -80, max: 80 })
    parts.push(
      rect({
        x: bannerLeft,
        y: H * 0.06,
        width: bannerWidth,
        height: H * 0.3,
        fill: random.pick(['#a3161a', '#a3161a', '#17407a', '#1f5f4a']),
      }),
    )
    parts.push(
      rect({
        x: bannerLeft - 140,
        y: H * 0.08,
        width: 90,
        height: H * 0.4,
        fill: '#6a4a30',
        opacity: 0.5,
      }),
    )
    parts.push(
      rect({
        x: W * 0.22,
        y: H * 0.1,
        width: W * 0.56,
        height: H * 0.05,
        fill: '#f3d36b',
        opacity: 0.85,
      }),
    )
    parts.push(
      rect({
        x: W * 0.28,
        y: H * 0.19,
        width: W * 0.44,
        height: H * 0.03,
        fill: '#f3d36b',
        opacity: 0.7,
      }),
    )
    parts.push(
      rect({
        x: W * 0.3,
        y: H * 0.25,
        width: W * 0.4,
        height: H * 0.02,
        fill: '#f3d36b',
        opacity: 0.6,
      }),
    )
    parts.push(rect({ x: 0, y: H * 0.48, width: W, height: H * 0.52, fill: '#7a5a3e' }))
    parts.push(
      path({
        d: rectsPath(
          Array.from({ length: 10 }, (_, index) => ({
            x: index * 170,
            y: H * 0.48,
            width: 3,
            height: H * 0.52,
          })),
        ),
        fill: '#000000',
        opacity: 0.08,
      }),
    )
    const suits = ['#1f2430', '#2a3042', '#3a3a3a', '#f2f2f2', '#2a3a5a']
    const seated = random.integer({ min: 5, max: 9 })
    for (let index = 0; index < seated; index += 1) {
      const x = W * 0.1 + index * ((W * 0.8) / (seated - 1))
      parts.push(
        person({
          x,
          base: H * 0.72,
          height: 230,
          shirt: random.pick(suits),
          skin: random.pick(['#d8a880', '#c08a60', '#e0b896', '#b07850']),
        }),
      )
    }
    parts.push(
      polygon({
        points: [
          [W * 0.02, H * 0.62],
          [W * 0.98, H * 0.62],
          [W * 1.1, H],
          [W * -0.1, H],
        ],
        fill: '#5a3a22',
      }),
    )
    parts.push(
      polygon({
        points: [
          [W * 0.02, H * 0.62],
          [W * 0.98, H * 0.62],
          [W, H * 0.64],
          [0, H * 0.64],
        ],
        fill: '#8a6446',
      }),
    )
    for (let index = 0; index < 6; index += 1) {
      const x = W * 0.16 + index * ((W * 0.68) / 5)
      parts.push(rect({ x: x - 40, y: H * 0.6, width: 80, height: 16, fill: '#f4f4f4' }))
      parts.push(
        flag({
          x: x + 30,
          top: H * 0.52,
          height: 80,
          colour: index % 2 === 0 ? VIETNAM_RED : canvas.accent,
        }),
      )
    }
    for (let index = 0; index < 14; index += 1)
      parts.push(
        ellipse({
          cx: W / 2 + random.between({ min: -90, max: 90 }),
          cy: H * 0.58 + random.between({ min: -30, max: 10 }),
          rx: 22,
          fill: random.pick(['#f2c94c', '#eb5757', '#ffffff', '#f2994a']),
        }),
      )
    const front = random.integer({ min: 4, max: 7 })
    for (let index = 0; index < front; index += 1) {
      const x =
        W * 0.06 + index * ((W * 0.88) / (front - 1)) + random.between({ min: -30, max: 30 })
      // The front row is seen from behind: all hair, no face.
      parts.push(
        person({
          x,
          base: H * 1.15,
          height: 520,
          shirt: random.pick(suits),
          hair: '#121212',
          skin: '#1a1512',
        }),
      )
    }
    return parts.join('')
  },

  school: (canvas) => {
    const { random, light } = canvas
    const horizon = H * 0.5
    const parts = [sky({ canvas, horizon })]
    const buildingTop = H * 0.14
    const buildingBase = horizon + 60
    parts.push(
      rect({
        x: W * 0.05,
        y: buildingTop,
        width: W * 0.9,
        height: buildingBase - buildingTop,
        fill: '#f3d36b',
      }),
    )
    parts.push(
      polygon({
        points: [
          [W * 0.03, buildingTop + 10],
          [W * 0.08, buildingTop - 60],
          [W * 0.92, buildingTop - 60],
          [W * 0.97, buildingTop + 10],
        ],
        fill: '#b5452f',
      }),
    )
    const floors = 3
    const floorHeight = (buildingBase - buildingTop) / floors
    for (let floor = 0; floor < floors; floor += 1) {
      const y = buildingTop + floor * floorHeight
      parts.push(
        rect({ x: W * 0.05, y: y + floorHeight - 14, width: W * 0.9, height: 14, fill: '#e8c450' }),
      )
      parts.push(
        path({
          d: rectsPath(
            Array.from({ length: 14 }, (_, index) => ({
              x: W * 0.08 + index * ((W * 0.84) / 14),
              y: y + 30,
              width: (W * 0.84) / 14 - 40,
              height: floorHeight - 60,
            })),
          ),
          fill: '#4a6a8a',
          opacity: 0.75,
        }),
      )
      parts.push(
        path({
          d: rectsPath(
            Array.from({ length: 15 }, (_, index) => ({
              x: W * 0.07 + index * ((W * 0.86) / 14),
              y,
              width: 16,
              height: floorHeight,
            })),
          ),
          fill: '#fbf3e0',
        }),
      )
    }
    parts.push(ground({ canvas, top: buildingBase, colour: '#b8ab94' }))
    parts.push(flag({ x: W * 0.5, top: buildingBase - 40, height: 340, colour: VIETNAM_RED }))
    parts.push(
      treeLine({ canvas, base: buildingBase + 40, height: 300, count: 3, colour: light.land }),
    )
    for (let row = 0; row < 4; row += 1) {
      const base = buildingBase + 150 + row * 90
      const count = 12 + row * 2
      for (let index = 0; index < count; index += 1) {
        parts.push(
          person({
            x: (index + 0.5) * (W / count) + random.between({ min: -10, max: 10 }),
            base,
            height: 120 + row * 45,
            shirt: '#f8f8f8',
            trousers: random.pick(['#1f2a4a', '#2a3560']),
            skin: random.pick(['#c08a60', '#b07850', '#d8a880']),
          }),
        )
      }
    }
    return parts.join('')
  },
}

/** A pot or vase drawn from its profile: lip, neck, shoulder, foot. */
function vase({
  cx,
  base,
  height,
  width,
  fill,
  random,
}: {
  cx: number
  base: number
  height: number
  width: number
  fill: string
  random: Random
}): string {
  const top = base - height
  const lip = width * random.between({ min: 0.22, max: 0.42 })
  const neck = lip * random.between({ min: 0.7, max: 0.95 })
  const shoulderY = top + height * random.between({ min: 0.3, max: 0.5 })
  const foot = width * random.between({ min: 0.28, max: 0.42 })
  const half = width / 2
  const d = [
    `M${round(cx - lip)} ${round(top)}`,
    `C${round(cx - neck)} ${round(top + height * 0.12)} ${round(cx - half * 1.05)} ${round(shoulderY - height * 0.12)} ${round(cx - half)} ${round(shoulderY)}`,
    `C${round(cx - half * 0.95)} ${round(shoulderY + height * 0.3)} ${round(cx - foot * 1.2)} ${round(base - height * 0.08)} ${round(cx - foot)} ${round(base)}`,
    `L${round(cx + foot)} ${round(base)}`,
    `C${round(cx + foot * 1.2)} ${round(base - height * 0.08)} ${round(cx + half * 0.95)} ${round(shoulderY + height * 0.3)} ${round(cx + half)} ${round(shoulderY)}`,
    `C${round(cx + half * 1.05)} ${round(shoulderY - height * 0.12)} ${round(cx + neck)} ${round(top + height * 0.12)} ${round(cx + lip)} ${round(top)}Z`,
  ].join('')
  return [
    path({ d, fill }),
    ellipse({ cx, cy: top, rx: lip, ry: lip * 0.18, fill: '#1a120c', opacity: 0.7 }),
    ellipse({
      cx: cx - half * 0.45,
      cy: shoulderY,
      rx: half * 0.1,
      ry: height * 0.12,
      fill: '#ffffff',
      opacity: 0.25,
    }),
    path({
      d: `M${round(cx - half * 0.9)} ${round(shoulderY + height * 0.1)}Q${round(cx)} ${round(shoulderY + height * 0.16)} ${round(cx + half * 0.9)} ${round(shoulderY + height * 0.1)}`,
      stroke: '#000000',
      strokeWidth: 2,
      opacity: 0.25,
    }),
  ].join('')
}
