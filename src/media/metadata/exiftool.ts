import { ExifTool, type WriteTags } from 'exiftool-vendored'

import { AppError } from '../../errors/AppError'

/** ExifTool failed or could not be started; the original error is in `cause`. */
export class MetadataToolError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 500, messageKey: 'errors.internal' })
  }
}

/** Embedded tags as ExifTool reports them with `-G1`: `"IPTC:Credit"`, `"XMP-dc:Description-en"`. */
export type EmbeddedTags = Record<string, unknown>

/**
 * What privacy asks to remove from every stored file: GPS positions (EXIF, XMP, QuickTime, the
 * 3GPP `loci` box phones and ffmpeg write into MP4, and the IPTC location structures), camera
 * and lens serial numbers, and owner names. Maker notes go whole: they hold serial numbers
 * under vendor-specific names that cannot be deleted one by one. IPTC credit, copyright and
 * caption are not touched.
 */
export const PRIVATE_TAG_DELETIONS = [
  '-GPS:all=',
  '-XMP-exif:GPS*=',
  '-GPSCoordinates=',
  '-LocationInformation=',
  '-XMP-iptcExt:LocationShownGPS*=',
  '-XMP-iptcExt:LocationCreatedGPS*=',
  '-SerialNumber=',
  '-BodySerialNumber=',
  '-CameraSerialNumber=',
  '-InternalSerialNumber=',
  '-LensSerialNumber=',
  '-OwnerName=',
  '-CameraOwnerName=',
  '-MakerNotes:all=',
] as const

let instance: ExifTool | undefined

/**
 * Reads every embedded tag of a file, grouped by family-1 group so that IPTC, XMP and EXIF
 * values of the same name stay apart.
 */
export async function readEmbeddedTags({ filePath }: { filePath: string }): Promise<EmbeddedTags> {
  try {
    const tags = await exifTool().readRaw(filePath, ['-G1', '-charset', 'iptc=UTF8'])
    return tags as unknown as EmbeddedTags
  } catch (error) {
    throw new MetadataToolError({ message: `Could not read metadata of ${filePath}`, cause: error })
  }
}

/** Deletes {@link PRIVATE_TAG_DELETIONS} from the file in place. */
export async function removePrivateTags({ filePath }: { filePath: string }): Promise<void> {
  try {
    await exifTool().write(
      filePath,
      {},
      { writeArgs: ['-overwrite_original', ...PRIVATE_TAG_DELETIONS], useMWG: false },
    )
  } catch (error) {
    throw new MetadataToolError({
      message: `Could not remove private metadata from ${filePath}`,
      cause: error,
    })
  }
}

/**
 * Writes tags into the file in place. IPTC IIM text is declared UTF-8 (`CodedCharacterSet`):
 * without it, readers take it as Latin-1 and "Báo Đồng Nai" comes back as "Báo ??ng Nai".
 */
export async function writeEmbeddedTags({
  filePath,
  tags,
}: {
  filePath: string
  tags: Record<string, string | string[]>
}): Promise<void> {
  try {
    await exifTool().write(filePath, { ...tags, 'IPTC:CodedCharacterSet': 'UTF8' } as WriteTags, {
      writeArgs: ['-overwrite_original', '-charset', 'iptc=UTF8'],
      useMWG: false,
    })
  } catch (error) {
    throw new MetadataToolError({
      message: `Could not write metadata to ${filePath}`,
      cause: error,
    })
  }
}

/** Stops the ExifTool processes (scripts call it before they exit; servers need not). */
export async function endExifTool(): Promise<void> {
  const running = instance
  instance = undefined
  await running?.end()
}

/**
 * The process's one ExifTool, started on first use. Two worker processes match the two cores;
 * each stays open between files (`-stay_open`), so a file costs milliseconds, not a Perl start.
 */
function exifTool(): ExifTool {
  instance ??= new ExifTool({ maxProcs: 2, taskTimeoutMillis: 120_000 })
  return instance
}
