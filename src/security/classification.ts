import type { CollectionBeforeOperationHook, Field } from 'payload'

import { translatedError } from '../errors/translatedError'
import { removeUploadedTempFiles } from '../media/upload/uploadTempFiles'

/**
 * State-secret classification levels (Luật Bảo vệ bí mật nhà nước 2018, Điều 8): only
 * `unclassified` material may be stored on this Internet-connected system (issue #3).
 */
export const CLASSIFICATIONS = ['unclassified', 'mat', 'toi-mat', 'tuyet-mat'] as const

export type Classification = (typeof CLASSIFICATIONS)[number]

/** The one level this system may store. */
export const STORABLE_CLASSIFICATION: Classification = 'unclassified'

export const CLASSIFICATION_LABELS: Record<Classification, { vi: string; en: string }> = {
  unclassified: { vi: 'Không mật', en: 'Unclassified' },
  mat: { vi: 'Mật', en: 'Confidential (Mật)' },
  'toi-mat': { vi: 'Tối mật', en: 'Secret (Tối mật)' },
  'tuyet-mat': { vi: 'Tuyệt mật', en: 'Top secret (Tuyệt mật)' },
}

/**
 * The item's declared classification. Only `unclassified` is ever stored:
 * {@link refuseClassifiedMaterial} refuses every other value before anything is written.
 */
export const classificationField: Field = {
  name: 'classification',
  type: 'select',
  required: true,
  defaultValue: STORABLE_CLASSIFICATION,
  options: CLASSIFICATIONS.map((value) => ({ value, label: CLASSIFICATION_LABELS[value] })),
  label: { vi: 'Độ mật', en: 'Classification' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Hệ thống kết nối Internet chỉ được lưu thông tin không thuộc bí mật nhà nước. Nội dung độ Mật, Tối mật hoặc Tuyệt mật bị từ chối và không được lưu.',
      en: 'This Internet-connected system may store unclassified material only. Anything classified Mật, Tối mật or Tuyệt mật is refused and nothing is saved.',
    },
  },
}

/**
 * Refuses state-secret material (issue #3): a create or update whose `classification` is
 * anything but `unclassified` fails with 422 and a message in the requester's language, and
 * nothing is stored.
 *
 * Why `beforeOperation` and why that is enough (checked in payload 3.90.1, dist/):
 * - REST JSON and multipart alike are parsed before the operation starts
 *   (utilities/addDataAndFileToRequest.js): a multipart upload's `_payload` becomes `req.data`
 *   and its files are already streamed to `upload.tempFileDir`
 *   (src/media/upload/uploadTempFiles.ts); the endpoints pass `req.data` on as `args.data`
 *   (collections/endpoints/create.js:14, updateByID.js:13, update.js:12); GraphQL and the
 *   Local API pass their `data` the same way.
 * - collections/operations/create.js runs this hook (buildBeforeOperation, line 75) before
 *   access (line 127), file processing (generateFileData, line 135), writing files to the
 *   upload folder (uploadFiles, line 267), the database (db.create, line 291) and the version
 *   (saveVersion, line 312); cloud storage uploads in a later beforeChange hook.
 * - updateByID.js runs it at line 61, before generateFileData (line 157) and updateDocument
 *   (line 175; in operations/utilities/update.js: uploadFiles line 152, db.updateOne line
 *   312, saveVersion line 324); bulk update.js runs it at line 74, before generateFileData
 *   (line 189).
 * So the only thing on disk by then is the multipart temp file, which this hook removes
 * ({@link removeUploadedTempFiles}) before it throws.
 *
 * A missing classification is left to Payload: on create it is a required field (400).
 */
export const refuseClassifiedMaterial: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = (args as { data?: unknown }).data
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return args
  const { classification } = data as Record<string, unknown>
  if (
    classification === undefined ||
    classification === null ||
    classification === '' ||
    classification === STORABLE_CLASSIFICATION
  ) {
    return args
  }
  await removeUploadedTempFiles({ req })
  req.payload.logger.warn({
    msg: 'Refused state-secret material',
    collection: collection.slug,
    operation,
    classification,
    user: req.user?.id ?? null,
  })
  throw translatedError({
    req,
    status: 422,
    key: 'security.classifiedRefused',
    data: { classification },
  })
}
