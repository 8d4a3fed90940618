import type { CollectionConfig } from 'payload'

import { hasRole, isStaffUser } from '../../src/access/roles'
import { IMPORT_BATCH_STATUSES } from '../../src/import/importBatch'
import { importBatchEndpoints } from '../../src/import/importEndpoints'
import { BATCH_FORMATS } from '../../src/import/readBatch'
import { slugs } from '../slugs'

/**
 * Batches of articles and media imported from a sheet and/or a ZIP (src/import): who imported
 * it, its dry-run report, and its commit's progress and failures. Read by its owner and by
 * admins; written only by the import itself (the endpoints of src/import/importEndpoints.ts and
 * the `import-batch` job). The batch file is kept in the private data folder, never here.
 */
export const ImportBatches: CollectionConfig = {
  slug: slugs.importBatches,
  labels: {
    singular: { vi: 'Lô nhập dữ liệu', en: 'Import batch' },
    plural: { vi: 'Nhập dữ liệu hàng loạt', en: 'Import batches' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'owner', 'status', 'done', 'total', 'failed', 'createdAt'],
  },
  access: {
    read: ({ req: { user } }) => {
      if (hasRole({ user, role: 'admin' })) return true
      if (!isStaffUser(user) || !user) return false
      return { owner: { equals: user.id } }
    },
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
  },
  endpoints: importBatchEndpoints,
  fields: [
    {
      name: 'fileName',
      type: 'text',
      required: true,
      maxLength: 500,
      label: { vi: 'Tệp', en: 'File' },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      label: { vi: 'Người nhập', en: 'Imported by' },
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      options: [...BATCH_FORMATS],
      label: { vi: 'Định dạng', en: 'Format' },
    },
    {
      // The file's name in the private imports folder (src/import/importBatch.ts).
      name: 'storedFile',
      type: 'text',
      required: true,
      admin: { hidden: true },
      access: { read: ({ req: { user } }) => hasRole({ user, role: 'admin' }) },
    },
    {
      // The importer's language: the report's reasons are written in it.
      name: 'language',
      type: 'text',
      required: true,
      admin: { hidden: true },
    },
    {
      name: 'shouldPublish',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Xuất bản ngay', en: 'Publish at once' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [...IMPORT_BATCH_STATUSES],
      label: { vi: 'Trạng thái', en: 'Status' },
    },
    {
      type: 'row',
      fields: [
        { name: 'total', type: 'number', label: { vi: 'Tổng số', en: 'Total' } },
        { name: 'done', type: 'number', label: { vi: 'Đã xử lý', en: 'Done' } },
        { name: 'created', type: 'number', label: { vi: 'Tạo mới', en: 'Created' } },
        { name: 'updated', type: 'number', label: { vi: 'Cập nhật', en: 'Updated' } },
        { name: 'unchanged', type: 'number', label: { vi: 'Không đổi', en: 'Unchanged' } },
        { name: 'failed', type: 'number', label: { vi: 'Lỗi', en: 'Failed' } },
      ],
    },
    { name: 'dryRun', type: 'json', label: { vi: 'Kết quả chạy thử', en: 'Dry run' } },
    { name: 'failures', type: 'json', label: { vi: 'Các dòng lỗi', en: 'Failed rows' } },
    { name: 'finishedAt', type: 'date', label: { vi: 'Hoàn tất lúc', en: 'Finished at' } },
  ],
}
