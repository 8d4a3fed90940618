/** Vietnamese: the source catalogue. Every other locale must carry exactly these keys. */
export const vi = {
  errors: {
    internal: 'Đã xảy ra lỗi ngoài ý muốn. Vui lòng thử lại sau.',
    notFound: 'Không tìm thấy nội dung yêu cầu.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    unauthorized: 'Bạn cần đăng nhập để tiếp tục.',
    invalidParameter: 'Tham số “{{name}}” không hợp lệ: cần {{expected}}.',
    payloadTooLarge: 'Tệp vượt quá dung lượng cho phép ({{limit}}).',
    tooManyRequests: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  },
  health: {
    ok: 'Hoạt động bình thường',
    dbUnavailable: 'Không kết nối được cơ sở dữ liệu',
    storageUnavailable: 'Không truy cập được kho lưu trữ tệp',
    searchUnavailable: 'Không kết nối được máy chủ tìm kiếm',
  },
  access: {
    publishNotAllowed: 'Chỉ cán bộ có vai trò duyệt, xuất bản mới được xuất bản nội dung.',
    relationNotVisible:
      'Không thể liên kết tới mục “{{id}}” của “{{collection}}”: mục không tồn tại hoặc bạn không có quyền xem.',
    agencyNotOwn: 'Bạn chỉ được tạo nội dung cho cơ quan, đơn vị của mình.',
  },
  content: {
    fallbackNotice: 'Nội dung chưa có bằng {{requested}}; đang hiển thị bằng {{served}}.',
  },
}

type Catalogue<T> = { [Namespace in keyof T]: { [Key in keyof T[Namespace]]: string } }

/** The shape every catalogue satisfies; a missing or extra key fails the type check. */
export type MessageCatalogue = Catalogue<typeof vi>
