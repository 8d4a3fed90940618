import fs from 'node:fs/promises'

import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  RequestContext,
} from 'payload'

/**
 * Uploads stream to a temporary file (`useTempFiles`). Payload unlinks `req.file.tempFilePath`
 * when an operation ends, but with a cloud storage adapter that path has been replaced by the
 * time it does, and the original temporary copy stayed on the server's disk after every S3
 * upload. The path is noted before the operation and removed after it unless Payload is about to
 * remove that same path itself (it fails loudly on a file already gone).
 */
export const noteUploadTempFile: CollectionBeforeOperationHook = ({ args, req, context }) => {
  const tempFilePath = req.file?.tempFilePath
  if (typeof tempFilePath === 'string' && tempFilePath !== '')
    context.uploadTempFilePath = tempFilePath
  return args
}

export const removeUploadTempFile: CollectionAfterOperationHook = async ({
  req,
  result,
  args,
  operation,
}) => {
  // Only the write that received the upload: nested reads of the same collection share `req`.
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return result
  const context = (args as { req?: { context?: RequestContext } }).req?.context ?? req.context
  const noted = context.uploadTempFilePath
  if (typeof noted === 'string' && noted !== req.file?.tempFilePath) {
    await fs.rm(noted, { force: true })
  }
  return result
}
