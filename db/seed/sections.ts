// The sections of a provincial paper, created on an empty database (admins edit them later).
export const baseSections = [
  { slug: "thoi-su", name: "Thời sự" },
  { slug: "chinh-tri", name: "Chính trị" },
  { slug: "kinh-te", name: "Kinh tế" },
  { slug: "van-hoa-xa-hoi", name: "Văn hóa - Xã hội" },
  { slug: "du-lich", name: "Du lịch", parent: "van-hoa-xa-hoi" },
  { slug: "quoc-phong-an-ninh", name: "Quốc phòng - An ninh" },
  { slug: "the-thao", name: "Thể thao" },
  { slug: "phap-luat", name: "Pháp luật" },
  { slug: "bien-gioi", name: "Biên giới" },
] as const;
