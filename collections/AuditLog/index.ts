import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/roles'
import { refuseAuditEntryChange, refuseAuditEntryDeletion } from '../../src/audit/appendOnly'
import { exportAuditCsvEndpoint } from '../../src/audit/exportAuditCsv'
import { AUDIT_ACTIONS } from '../../src/audit/recordAudit'
import { slugs } from '../slugs'

const ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], { vi: string; en: string }> = {
  login: { vi: 'Đăng nhập', en: 'Login' },
  'login-failed': { vi: 'Đăng nhập thất bại', en: 'Failed login' },
  logout: { vi: 'Đăng xuất', en: 'Logout' },
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Sửa', en: 'Update' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  unpublish: { vi: 'Hủy xuất bản', en: 'Unpublish' },
  withdraw: { vi: 'Gỡ bỏ', en: 'Withdraw' },
  delete: { vi: 'Xóa', en: 'Delete' },
  'tier-change': { vi: 'Đổi mức truy cập', en: 'Tier change' },
  'classification-change': { vi: 'Đổi độ mật', en: 'Classification change' },
  'security-hold': { vi: 'Tạm giữ bảo mật', en: 'Security hold' },
  'security-clear': { vi: 'Gỡ tạm giữ bảo mật', en: 'Security hold cleared' },
  download: { vi: 'Tải tệp không công khai', en: 'Download of a non-public file' },
  'distribution-approve': {
    vi: 'Sở duyệt phát hành quốc gia',
    en: 'Approved for national distribution',
  },
  'distribution-refuse': {
    vi: 'Sở không duyệt phát hành quốc gia',
    en: 'Refused for national distribution',
  },
}

const readOnly = { readOnly: true } as const

/**
 * The append-only audit log. Nobody can change or delete an entry through any API, admins
 * included: access refuses it, and hooks refuse it again below access, so even the Local API
 * with `overrideAccess` cannot. Entries are written by src/audit/recordAudit.ts only.
 */
export const AuditLog: CollectionConfig = {
  slug: slugs.auditLog,
  labels: {
    singular: { vi: 'Nhật ký', en: 'Audit entry' },
    plural: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actorEmail', 'targetCollection', 'targetId', 'ip'],
    // The list's search box finds an actor or an item; the filters add action, type and date.
    listSearchableFields: ['actorEmail', 'targetTitle', 'targetId', 'ip'],
    group: { vi: 'Quản trị', en: 'Administration' },
    components: { beforeListTable: ['/src/components/admin/AuditExportLink#AuditExportLink'] },
    disableCopyToLocale: true,
  },
  access: {
    read: ({ req: { user } }) => hasRole({ user, role: 'admin' }),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  // Below access, so that the Local API with `overrideAccess` cannot change or delete either.
  hooks: {
    beforeChange: [refuseAuditEntryChange],
    beforeDelete: [refuseAuditEntryDeletion],
  },
  endpoints: [exportAuditCsvEndpoint],
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((action) => ({ value: action, label: ACTION_LABELS[action] })),
      label: { vi: 'Hành động', en: 'Action' },
      admin: readOnly,
    },
    {
      name: 'actorCollection',
      type: 'text',
      index: true,
      label: { vi: 'Loại tài khoản', en: 'Account type' },
      admin: readOnly,
    },
    {
      name: 'actorId',
      type: 'text',
      index: true,
      label: { vi: 'Mã tài khoản', en: 'Account id' },
      admin: readOnly,
    },
    {
      name: 'actorEmail',
      type: 'text',
      index: true,
      label: { vi: 'Người thực hiện', en: 'Actor' },
      admin: readOnly,
    },
    {
      name: 'targetCollection',
      type: 'text',
      index: true,
      label: { vi: 'Loại mục', en: 'Item type' },
      admin: readOnly,
    },
    {
      name: 'targetId',
      type: 'text',
      index: true,
      label: { vi: 'Mã mục', en: 'Item id' },
      admin: readOnly,
    },
    { name: 'targetTitle', type: 'text', label: { vi: 'Tên mục', en: 'Item' }, admin: readOnly },
    { name: 'locale', type: 'text', label: { vi: 'Ngôn ngữ', en: 'Language' }, admin: readOnly },
    {
      name: 'changedFields',
      type: 'json',
      label: { vi: 'Trường thay đổi', en: 'Changed fields' },
      admin: readOnly,
    },
    { name: 'details', type: 'json', label: { vi: 'Chi tiết', en: 'Details' }, admin: readOnly },
    {
      name: 'ip',
      type: 'text',
      index: true,
      label: { vi: 'Địa chỉ IP', en: 'IP address' },
      admin: readOnly,
    },
    {
      name: 'userAgent',
      type: 'text',
      label: { vi: 'Trình duyệt', en: 'User agent' },
      admin: readOnly,
    },
  ],
  timestamps: true,
}
