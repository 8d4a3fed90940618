import type { Locale } from '../../i18n/locales'

export type AgencySeed = {
  code: string
  kind:
    | 'provincial-department'
    | 'provincial-office'
    | 'armed-forces'
    | 'newsroom'
    | 'party-body'
    | 'mass-organisation'
    | 'ward'
    | 'commune'
  name: Partial<Record<Locale, string>> & { vi: string; en: string }
  website?: string
}

/**
 * The agencies the Đồng Nai regulation on foreign-information work names as suppliers of the
 * database (Điều 3, Điều 11 of the draft), and a few wards and communes of the province.
 */
export const agencySeeds: AgencySeed[] = [
  {
    code: 'so-vhttdl',
    kind: 'provincial-department',
    name: {
      vi: 'Sở Văn hóa, Thể thao và Du lịch',
      en: 'Department of Culture, Sports and Tourism',
      fr: 'Département de la Culture, des Sports et du Tourisme',
    },
  },
  {
    code: 'so-ngoai-vu',
    kind: 'provincial-department',
    name: {
      vi: 'Sở Ngoại vụ',
      en: 'Department of Foreign Affairs',
      fr: 'Département des Affaires étrangères',
    },
  },
  {
    code: 'so-tai-chinh',
    kind: 'provincial-department',
    name: { vi: 'Sở Tài chính', en: 'Department of Finance', fr: 'Département des Finances' },
  },
  {
    code: 'cong-an-tinh',
    kind: 'armed-forces',
    name: { vi: 'Công an tỉnh', en: 'Provincial Police' },
  },
  {
    code: 'bo-chi-huy-quan-su-tinh',
    kind: 'armed-forces',
    name: { vi: 'Bộ Chỉ huy Quân sự tỉnh', en: 'Provincial Military Command' },
  },
  {
    code: 'van-phong-ubnd-tinh',
    kind: 'provincial-office',
    name: {
      vi: 'Văn phòng Ủy ban nhân dân tỉnh',
      en: 'Office of the Provincial People’s Committee',
    },
  },
  {
    code: 'bao-va-phat-thanh-truyen-hinh',
    kind: 'newsroom',
    name: {
      vi: 'Báo và Phát thanh, Truyền hình Đồng Nai',
      en: 'Dong Nai Newspaper, Radio and Television',
    },
  },
  {
    code: 'lien-hiep-cac-to-chuc-huu-nghi',
    kind: 'mass-organisation',
    name: {
      vi: 'Liên hiệp các tổ chức hữu nghị tỉnh',
      en: 'Provincial Union of Friendship Organisations',
    },
  },
  {
    code: 'uy-ban-mttq-tinh',
    kind: 'mass-organisation',
    name: {
      vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      en: 'Provincial Committee of the Vietnam Fatherland Front',
    },
  },
  {
    code: 'ban-tuyen-giao-va-dan-van',
    kind: 'party-body',
    name: {
      vi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      en: 'Provincial Party Committee’s Commission for Communication, Education and Mass Mobilisation',
    },
  },
  {
    code: 'phuong-tran-bien',
    kind: 'ward',
    name: { vi: 'Phường Trấn Biên', en: 'Tran Bien Ward' },
  },
  {
    code: 'phuong-long-khanh',
    kind: 'ward',
    name: { vi: 'Phường Long Khánh', en: 'Long Khanh Ward' },
  },
  {
    code: 'phuong-dong-xoai',
    kind: 'ward',
    name: { vi: 'Phường Đồng Xoài', en: 'Dong Xoai Ward' },
  },
  {
    code: 'xa-long-thanh',
    kind: 'commune',
    name: { vi: 'Xã Long Thành', en: 'Long Thanh Commune' },
  },
  {
    code: 'xa-nam-cat-tien',
    kind: 'commune',
    name: { vi: 'Xã Nam Cát Tiên', en: 'Nam Cat Tien Commune' },
  },
  {
    code: 'xa-bu-gia-map',
    kind: 'commune',
    name: { vi: 'Xã Bù Gia Mập', en: 'Bu Gia Map Commune' },
  },
]

/** One focal point of an agency (Điều 23.8). */
export type FocalPointSeed = { name: string; position: string; email: string; phone: string }

/**
 * The demo library's focal points: invented people at reserved `.example` addresses, so no
 * reminder ever reaches anyone. Seeded with the demo content only — a real agency names its
 * own (production seeds the lists alone).
 */
export const demoFocalPoints: Record<string, { leader: FocalPointSeed; officer: FocalPointSeed }> =
  {
    'so-vhttdl': {
      leader: {
        name: 'Nguyễn Văn An',
        position: 'Phó Giám đốc Sở',
        email: 'lanh-dao@so-vhttdl.example',
        phone: '+84 251 3822 001',
      },
      officer: {
        name: 'Trần Thị Bình',
        position: 'Chuyên viên Phòng Quản lý báo chí',
        email: 'dau-moi@so-vhttdl.example',
        phone: '+84 251 3822 002',
      },
    },
    'so-ngoai-vu': {
      leader: {
        name: 'Lê Minh Châu',
        position: 'Phó Giám đốc Sở',
        email: 'lanh-dao@so-ngoai-vu.example',
        phone: '+84 251 3822 101',
      },
      officer: {
        name: 'Phạm Thu Dung',
        position: 'Chuyên viên',
        email: 'dau-moi@so-ngoai-vu.example',
        phone: '+84 251 3822 102',
      },
    },
    'phuong-tran-bien': {
      leader: {
        name: 'Võ Quốc Hùng',
        position: 'Phó Chủ tịch UBND phường',
        email: 'lanh-dao@phuong-tran-bien.example',
        phone: '+84 251 3822 201',
      },
      officer: {
        name: 'Đặng Thị Hoa',
        position: 'Công chức Văn hóa – Xã hội',
        email: 'dau-moi@phuong-tran-bien.example',
        phone: '+84 251 3822 202',
      },
    },
  }
