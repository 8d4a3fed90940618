import type { AdminText } from './labels'

/** The batch import page's words (src/components/admin/ImportView.tsx), in the admin's two languages. */
export const IMPORT_PAGE_TEXT = {
  intro: {
    vi: 'Tải lên một bảng CSV hoặc XLSX (mỗi dòng một mục, cột theo từng ngôn ngữ như title_vi, title_en…) hoặc một tệp ZIP chứa ảnh, video, ấn phẩm kèm hoặc không kèm bảng. Nội dung bài (body_vi…) viết được định dạng Markdown: ## tiêu đề, **đậm**, *nghiêng*, [liên kết](https://…), danh sách - hoặc 1.; mỗi dòng là một đoạn. Chạy thử cho biết từng dòng sẽ được tạo, cập nhật hay bị lỗi trước khi ghi.',
    en: 'Upload a CSV or XLSX sheet (one row per item, a column per language such as title_vi, title_en…) or a ZIP of photos, videos and publications with or without a sheet. A body (body_vi…) may be formatted in Markdown: ## heading, **bold**, *italic*, [link](https://…), - or 1. lists; each line is a paragraph. The dry run says what each row will do before anything is written.',
  },
  fileLabel: { vi: 'Tệp cần nhập', en: 'File to import' },
  dryRun: { vi: 'Chạy thử', en: 'Dry run' },
  dryRunHeading: { vi: 'Kết quả chạy thử', en: 'Dry run report' },
  row: { vi: 'Dòng', en: 'Row' },
  item: { vi: 'Mã hoặc tệp', en: 'Identifier or file' },
  action: { vi: 'Thao tác', en: 'Action' },
  reason: { vi: 'Lý do', en: 'Reason' },
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Cập nhật', en: 'Update' },
  unchanged: { vi: 'Không đổi', en: 'Unchanged' },
  error: { vi: 'Lỗi', en: 'Error' },
  publish: { vi: 'Xuất bản ngay (không để bản nháp)', en: 'Publish at once (not as drafts)' },
  commit: { vi: 'Nhập dữ liệu', en: 'Import' },
  progressHeading: { vi: 'Tiến độ', en: 'Progress' },
  progress: {
    vi: 'Đã xử lý {done}/{total}: tạo mới {created}, cập nhật {updated}, không đổi {unchanged}, lỗi {failed}.',
    en: 'Done {done}/{total}: {created} created, {updated} updated, {unchanged} unchanged, {failed} failed.',
  },
  queued: { vi: 'Đang chờ xử lý…', en: 'Waiting to start…' },
  running: { vi: 'Đang nhập…', en: 'Importing…' },
  done: { vi: 'Hoàn tất.', en: 'Done.' },
  failedRows: { vi: 'Các dòng lỗi', en: 'Failed rows' },
  uploadFailed: { vi: 'Không tải lên được tệp.', en: 'The file could not be uploaded.' },
} satisfies Record<string, AdminText>

/** The page's words in one language, as the panel receives them. */
export type ImportPageText = Record<keyof typeof IMPORT_PAGE_TEXT, string>
