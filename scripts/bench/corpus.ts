// A deterministic generator of realistic Vietnamese stories for the benchmark: real words and
// phrases of a provincial paper put through sentence templates. Not prose anyone would publish,
// but the letters, word lengths, diacritics and phrase collisions (đảng/Đảng/đang, ủy/uỷ, hòa/hoà)
// that search, slugs and page weight depend on are those of real stories.
import type { BodyBlock } from "@/lib/stories/body";

/** Mulberry32: small, fast and seedable, so two runs build the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

export const places = [
  "Lạng Sơn",
  "Cao Lộc",
  "Văn Lãng",
  "Tràng Định",
  "Bình Gia",
  "Bắc Sơn",
  "Hữu Lũng",
  "Chi Lăng",
  "Đình Lập",
  "Lộc Bình",
  "Văn Quan",
  "Đồng Đăng",
  "phường Đông Kinh",
  "phường Lương Văn Tri",
  "phường Tam Thanh",
  "phường Kỳ Lừa",
  "xã Tân Thanh",
  "xã Mẫu Sơn",
  "xã Bảo Lâm",
  "xã Hữu Liên",
  "xã Thụy Hùng",
  "xã Quốc Khánh",
  "xã Na Sầm",
  "xã Hoàng Đồng",
  "xã Bắc Quỳnh",
  "xã Vân Nham",
  "xã Chi Lăng",
  "xã Thất Khê",
  "xã Đồng Mỏ",
  "xã Bình Độ",
  "thôn Bản Vền",
  "thôn Nà Pàn",
  "khu vực cửa khẩu Hữu Nghị",
] as const;

export const organisations = [
  "UBND tỉnh",
  "Ủy ban nhân dân tỉnh",
  "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh",
  "Ban Tổ chức Tỉnh ủy",
  "Ban Tuyên giáo và Dân vận Tỉnh ủy",
  "Hội Nông dân tỉnh",
  "Tỉnh đoàn",
  "Hội Liên hiệp Phụ nữ tỉnh",
  "Sở Nông nghiệp và Môi trường",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Y tế",
  "Sở Giáo dục và Đào tạo",
  "Sở Xây dựng",
  "Sở Tài chính",
  "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
  "Công an tỉnh",
  "Bộ Chỉ huy Quân sự tỉnh",
  "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
  "Hải quan cửa khẩu Tân Thanh",
  "Đảng ủy xã",
  "Đảng bộ phường",
  "Hội Cựu chiến binh tỉnh",
  "Liên đoàn Lao động tỉnh",
  "Ngân hàng Chính sách xã hội tỉnh",
] as const;

const actions = [
  "triển khai",
  "đẩy mạnh",
  "tổ chức",
  "ra quân",
  "kiểm tra",
  "tăng cường",
  "nâng cao hiệu quả",
  "hỗ trợ",
  "xây dựng",
  "phát triển",
  "tháo gỡ khó khăn cho",
  "đánh giá kết quả",
  "tập huấn về",
  "tuyên truyền về",
  "sơ kết",
  "tổng kết",
  "phát động",
  "khảo sát",
] as const;

/** Topics double as tag names. */
export const topics = [
  "chuyển đổi số",
  "xây dựng nông thôn mới",
  "phòng, chống buôn lậu",
  "giảm nghèo bền vững",
  "phát triển du lịch cộng đồng",
  "bảo vệ và phát triển rừng",
  "cải cách hành chính",
  "xây dựng Đảng",
  "công tác tổ chức",
  "an toàn giao thông",
  "phòng, chống thiên tai",
  "xuất nhập khẩu nông sản",
  "thông quan hàng hóa",
  "bảo hiểm xã hội tự nguyện",
  "chăm sóc sức khỏe nhân dân",
  "phòng, chống dịch bệnh",
  "tiêm chủng mở rộng",
  "khuyến học, khuyến tài",
  "phổ cập giáo dục",
  "đào tạo nghề cho lao động nông thôn",
  "sắp xếp đơn vị hành chính",
  "bảo tồn văn hóa dân tộc",
  "lễ hội truyền thống",
  "thể thao quần chúng",
  "quốc phòng toàn dân",
  "bảo vệ chủ quyền biên giới",
  "xây dựng khu dân cư văn hóa",
  "trồng cây ăn quả",
  "chăn nuôi an toàn sinh học",
  "sản phẩm OCOP",
  "thu hút đầu tư",
  "giải ngân vốn đầu tư công",
  "kinh tế tập thể",
  "hợp tác xã kiểu mới",
  "hòa giải ở cơ sở",
  "hoà giải ở cơ sở",
  "phòng, chống ma túy",
  "bảo đảm an ninh trật tự",
  "dân vận khéo",
  "thực hành tiết kiệm",
  "bình đẳng giới",
  "nước sạch nông thôn",
  "điện lưới quốc gia",
  "nhà ở cho hộ nghèo",
  "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
] as const;

const times = [
  "năm 2024",
  "năm 2025",
  "6 tháng đầu năm",
  "quý I",
  "dịp Tết Nguyên đán",
  "giai đoạn 2026 – 2030",
  "những tháng cuối năm",
  "mùa mưa lũ",
  "trong tuần qua",
  "từ đầu năm đến nay",
  "nhiệm kỳ 2025 – 2030",
] as const;

const people = [
  "ông Hoàng Văn Nghiệm",
  "bà Nông Thị Hạnh",
  "ông Lăng Văn Toàn",
  "bà Vi Thị Hồng",
  "ông Lương Đức Minh",
  "bà Triệu Thị Mai",
  "ông Vy Văn Thành",
  "bà Hoàng Thị Lan",
  "ông Đoàn Thanh Sơn",
  "bà Lộc Thị Thu",
  "ông Chu Văn Dũng",
  "Thượng tá Nguyễn Văn Hải",
] as const;

const roles = [
  "Chủ tịch UBND xã",
  "Bí thư Đảng ủy xã",
  "Phó Giám đốc Sở",
  "Trưởng thôn",
  "Chủ nhiệm hợp tác xã",
  "Đồn trưởng Đồn Biên phòng",
  "Phó Chủ tịch Hội Nông dân",
  "Trưởng phòng Kinh tế",
  "Bí thư chi bộ",
  "người dân trong thôn",
] as const;

const outcomes = [
  "đạt và vượt các chỉ tiêu đề ra",
  "tạo chuyển biến rõ nét trong nhận thức của cán bộ, đảng viên",
  "được nhân dân đồng tình hưởng ứng",
  "góp phần nâng cao đời sống vật chất và tinh thần của người dân",
  "giúp hàng trăm hộ thoát nghèo bền vững",
  "rút ngắn thời gian giải quyết thủ tục hành chính",
  "bảo đảm an ninh trật tự trên địa bàn",
  "thu hút đông đảo du khách",
  "tăng gần 30% so với cùng kỳ năm trước",
  "đang được nhân rộng ra các địa phương khác",
  "chưa đáp ứng yêu cầu đặt ra",
] as const;

const sentenceTemplates: ((r: Random) => string)[] = [
  (r) => `${cap(pick(r, times))}, ${pick(r, organisations)} đã ${pick(r, actions)} ${pick(r, topics)} tại ${pick(r, places)}, ${pick(r, outcomes)}.`,
  (r) => `Theo ${pick(r, people)}, ${pick(r, roles)}, công tác ${pick(r, topics)} ${pick(r, times)} ${pick(r, outcomes)}.`,
  (r) =>
    `Tại ${pick(r, places)}, ${between(r, 12, 1500).toLocaleString("vi-VN")} cán bộ, đảng viên và nhân dân tham gia ${pick(r, topics)}, ${pick(r, outcomes)}.`,
  (r) => `Tổng kinh phí thực hiện hơn ${between(r, 1, 95)},${between(r, 1, 9)} tỷ đồng, trong đó ngân sách tỉnh hỗ trợ ${between(r, 20, 80)}%.`,
  (r) => `“Chúng tôi xác định ${pick(r, topics)} là nhiệm vụ trọng tâm, phải làm thường xuyên, liên tục”, ${pick(r, people)} cho biết.`,
  (r) => `Thời gian tới, ${pick(r, organisations)} tiếp tục ${pick(r, actions)} ${pick(r, topics)}, phấn đấu ${pick(r, outcomes)}.`,
  (r) =>
    `Bên cạnh kết quả đạt được, việc ${pick(r, actions)} ${pick(r, topics)} ở ${pick(r, places)} vẫn còn khó khăn do địa bàn rộng, giao thông đi lại chưa thuận lợi.`,
  (r) =>
    `Ngày ${between(r, 1, 28)}/${between(r, 1, 12)}, đoàn công tác của ${pick(r, organisations)} do ${pick(r, people)} làm trưởng đoàn đã làm việc tại ${pick(r, places)}.`,
  (r) => `Đến nay, toàn tỉnh có ${between(r, 3, 250)} mô hình ${pick(r, topics)} đang hoạt động hiệu quả, ${pick(r, outcomes)}.`,
  (r) => `Các đại biểu đã thảo luận, làm rõ những kết quả đạt được và đề xuất giải pháp ${pick(r, actions)} ${pick(r, topics)} trong thời gian tới.`,
];

const titleTemplates: ((r: Random) => string)[] = [
  (r) => `${cap(pick(r, places))} ${pick(r, actions)} ${pick(r, topics)} ${pick(r, times)}`,
  (r) => `${pick(r, organisations)} ${pick(r, actions)} ${pick(r, topics)}`,
  (r) => `Hiệu quả từ ${pick(r, topics)} ở ${pick(r, places)}`,
  (r) => `${cap(pick(r, topics))}: ${pick(r, outcomes)}`,
  (r) => `Đẩy mạnh ${pick(r, topics)} gắn với ${pick(r, topics)}`,
  (r) => `${cap(pick(r, places))}: ${between(r, 10, 900)} hộ được hỗ trợ ${pick(r, topics)}`,
];

export const penNames = [
  "PHƯƠNG DUNG",
  "MINH ĐỨC",
  "THU HÀ",
  "HỒNG NHUNG",
  "VĂN ĐẠT",
  "NGỌC ANH",
  "HOÀNG MINH",
  "LAN PHƯƠNG",
  "QUỐC HUY",
  "BẢO TRÂM",
  "TUẤN ANH",
  "HÀ MY",
  "THANH THỦY",
  "ĐỨC THỌ",
  "MẠNH HÙNG",
  "THÙY LINH",
  "VIỆT HÒA",
  "KHÁNH LY",
  "BBT",
] as const;

/** Queries a reader types: with diacritics, without, old tone placement, phrases. */
export const searchQueries = [
  "xây dựng Đảng",
  "xay dung dang",
  "chuyển đổi số",
  "chuyen doi so",
  "cửa khẩu Tân Thanh",
  "cua khau tan thanh",
  "nông thôn mới",
  "nong thon moi",
  "ủy ban nhân dân",
  "uỷ ban",
  "du lịch cộng đồng",
  "du lich",
  "biên giới",
  "bien gioi",
  "giảm nghèo bền vững",
  "giam ngheo",
  "hòa giải",
  "hoà giải",
  "Lạng Sơn",
  "lang son",
  "sản phẩm OCOP",
  "an toàn giao thông",
  "phòng chống buôn lậu",
  "tỷ đồng",
  "Đồng Đăng",
  "dong dang",
  "Bắc Sơn",
  "mẫu sơn",
] as const;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const withoutDiacritics = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

/**
 * `n` different queries as readers type them: two or three words of a place, a topic, a person or
 * an organisation, alone or paired, half without diacritics, some quoted, some with a slip of
 * the finger (one letter replaced). Different from each other, so no cache has seen them.
 */
export function variedSearchQueries(n: number, seed = 11): string[] {
  const random = rng(seed);
  const words = (s: string, max: number) => {
    const all = s
      .replace(/^(xã|phường|thôn|ông|bà) /, "")
      .replace(/[,:–]/g, "")
      .split(/\s+/);
    const start = Math.floor(random() * Math.max(1, all.length - 1));
    return all.slice(start, start + 2 + Math.floor(random() * (max - 1))).join(" ");
  };
  const sources = [places, topics, people, organisations] as const;
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 20; tries++) {
    let q = words(pick(random, pick(random, sources)), 3);
    if (random() < 0.3) q += ` ${words(pick(random, pick(random, sources)), 2)}`;
    if (random() < 0.5) q = withoutDiacritics(q);
    const variant = random();
    if (variant < 0.1) {
      const at = 1 + Math.floor(random() * (q.length - 2));
      if (/[a-z]/.test(q[at]!)) q = q.slice(0, at) + pick(random, [..."mnbhgtrd"]) + q.slice(at + 1);
    } else if (variant < 0.2) q = `"${q}"`;
    out.add(q.toLowerCase() === q ? q : random() < 0.5 ? q.toLowerCase() : q);
  }
  return [...out];
}

export type GeneratedStory = { title: string; sapo: string; blocks: BodyBlock[]; byline: string[]; tags: string[] };

export function generateStory(random: Random): GeneratedStory {
  const title = pick(random, titleTemplates)(random);
  const sapo = `– ${pick(random, sentenceTemplates)(random)} ${pick(random, sentenceTemplates)(random)}`;
  const blocks: BodyBlock[] = [];
  const paragraphs = between(random, 4, 8);
  for (let p = 0; p < paragraphs; p++) {
    if (p === 2 && random() < 0.6) blocks.push({ type: "caption", text: `Quang cảnh tại ${pick(random, places)}`, credit: `Ảnh: ${pick(random, penNames)}` });
    if (p === 4 && random() < 0.3) blocks.push({ type: "heading", text: cap(pick(random, topics)) });
    const sentences = Array.from({ length: between(random, 2, 4) }, () => pick(random, sentenceTemplates)(random));
    blocks.push({ type: "paragraph", text: sentences.join(" ") });
  }
  const byline = random() < 0.8 ? [pick(random, penNames)] : [pick(random, penNames), pick(random, penNames)];
  const tags = [...new Set(Array.from({ length: between(random, 1, 3) }, () => cap(pick(random, topics))))];
  return { title, sapo, blocks, byline: [...new Set(byline)], tags };
}
