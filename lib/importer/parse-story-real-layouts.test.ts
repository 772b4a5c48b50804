// Issue 18: stories laid out as the paper really prints them — long reports with subheadings,
// bylines with a note after the name, notices and letters that open straight with the body.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStory, type StoryBlock } from "./parse-story";

const PHONG_SU = readFileSync(new URL("./fixtures/phong-su.txt", import.meta.url), "utf8");
const SUBHEADINGS = ["Đổi thay từ những con đường", "Nỗi lo nước sạch", "Khi người dân đồng lòng", "Con đường phía trước"];
const TOP_CAPTION = "Đường bê tông dẫn vào thôn Khe Thạo, xã Kiên Mộc";
const MID_CAPTION = "Người dân thôn Nà Pá lấy nước từ khe núi vào mùa khô";

const story = (...lines: string[]): string => lines.join("\n");
const ofType = (body: StoryBlock[], type: StoryBlock["type"]) => body.filter((b) => b.type === type).map((b) => b.text);

/** Paragraphs of a plausible length: a subheading heads paragraphs like these. */
const P = [
  "Những năm gần đây, nhờ nguồn vốn của Chương trình mục tiêu quốc gia, hàng chục tuyến đường liên thôn đã được cứng hóa, giúp bà con đi lại thuận tiện hơn trong mùa mưa.",
  "Nhiều hộ dân đã mạnh dạn chuyển đổi cây trồng, đưa giống hồi, quế chất lượng cao vào sản xuất, thu nhập bình quân đầu người tăng gần gấp đôi so với năm 2020.",
  "Bên cạnh những kết quả đạt được, địa phương vẫn còn không ít khó khăn như địa bàn rộng, dân cư phân tán, nguồn lực đầu tư còn hạn chế so với nhu cầu thực tế.",
  "Thời gian tới, xã tiếp tục vận động nhân dân hiến đất, góp công, đồng thời đề nghị cấp trên hỗ trợ kinh phí để hoàn thành các tiêu chí còn lại trong năm 2025.",
  "Tại buổi làm việc, lãnh đạo huyện đánh giá cao sự vào cuộc của cả hệ thống chính trị cơ sở và tinh thần chủ động, sáng tạo của người dân trong xây dựng quê hương.",
  "Các hợp tác xã trên địa bàn đã liên kết với doanh nghiệp bao tiêu sản phẩm, giúp người trồng hồi yên tâm về đầu ra và giá bán ổn định hơn những năm trước.",
] as const;

describe("subheadings in long reports", () => {
  /** Every body line of the fixture, in order: nothing left the body. */
  const bodyLines = PHONG_SU.split("\n")
    .filter((l) => l !== "")
    .slice(3, -1);

  it("reads the report's subheadings as subheadings and its two photos' lines as captions", () => {
    const parsed = parseStory(PHONG_SU);
    expect(parsed.kind).toBe("article");
    expect(parsed.sapo.startsWith("Từ những bản làng heo hút")).toBe(true);
    expect(ofType(parsed.body, "subheading")).toEqual(SUBHEADINGS);
    expect(ofType(parsed.body, "caption")).toEqual([TOP_CAPTION, MID_CAPTION]);
    expect(parsed.body.map((b) => b.text)).toEqual(bodyLines);
    expect(parsed.byline).toEqual(["HOÀNG ANH", "VĂN ĐẠT"]);
  });

  it("reads the same report spaced evenly: the top photo's place and a describing line among labels", () => {
    const even = parseStory(PHONG_SU.replace(/\n{3,}/g, "\n\n"));
    expect(ofType(even.body, "subheading")).toEqual(SUBHEADINGS);
    expect(ofType(even.body, "caption")).toEqual([TOP_CAPTION, MID_CAPTION]);
    const singleBreaks = parseStory(PHONG_SU.replace(/\n+/g, "\n\t"));
    expect(ofType(singleBreaks.body, "subheading")).toEqual(SUBHEADINGS);
    expect(ofType(singleBreaks.body, "caption")).toEqual([TOP_CAPTION, MID_CAPTION]);
  });

  it("reads a caption by the credit line under it, spacing aside", () => {
    const credited = PHONG_SU.replace(/\n{3,}/g, "\n\n").replace(MID_CAPTION, `${MID_CAPTION}\nẢnh: VĂN ĐẠT`);
    const parsed = parseStory(credited);
    expect(ofType(parsed.body, "caption")).toEqual([TOP_CAPTION, MID_CAPTION, "Ảnh: VĂN ĐẠT"]);
    expect(ofType(parsed.body, "subheading")).toEqual(SUBHEADINGS);
  });

  it("reads subheadings in capitals, and a writer who sets every section off with extra blank lines", () => {
    const text = story(
      "Chợ phiên vùng biên giữ nếp xưa",
      "",
      "– Giữa nhịp sống hiện đại, chợ phiên Na Sầm vẫn giữ được nét mộc mạc, là nơi bà con các dân tộc gặp gỡ, trao đổi hàng hóa.",
      "",
      P[0],
      "",
      "",
      "Nơi hẹn hò của đồng bào",
      "",
      P[1],
      "",
      P[2],
      "",
      "",
      "Sản vật núi rừng lên phố",
      "",
      P[3],
      "",
      "Những gian hàng thổ cẩm Tày Nùng bày bán dọc lối đi. Ảnh: NGỌC ANH",
      "",
      P[4],
      "",
      "",
      "GIỮ HỒN CHỢ PHIÊN",
      "",
      P[5],
      "",
      "",
      "Lo ngại hàng giả len lỏi",
      "",
      P[0],
      "",
      "NGỌC ANH",
    );
    const parsed = parseStory(text);
    expect(ofType(parsed.body, "subheading")).toEqual(["Nơi hẹn hò của đồng bào", "Sản vật núi rừng lên phố", "GIỮ HỒN CHỢ PHIÊN", "Lo ngại hàng giả len lỏi"]);
    expect(ofType(parsed.body, "caption")).toEqual(["Những gian hàng thổ cẩm Tày Nùng bày bán dọc lối đi. Ảnh: NGỌC ANH"]);
  });

  it("reads two subheadings as a pattern, and a lone short label as a subheading", () => {
    const two = parseStory(
      story("Tiêu đề", "– Sapo của bài.", "", P[0], "", "Hiệu quả từ mô hình mới", "", P[1], "", "Cần thêm nguồn lực", "", P[2], "", "THU HÀ"),
    );
    expect(ofType(two.body, "subheading")).toEqual(["Hiệu quả từ mô hình mới", "Cần thêm nguồn lực"]);
    expect(ofType(two.body, "caption")).toEqual([]);
    const lone = parseStory(story("Tiêu đề", "– Sapo của bài.", "", P[0], "", "Nỗi lo nước sạch", "", P[1], "", "THU HÀ"));
    expect(lone.body).toEqual([
      { type: "paragraph", text: P[0] },
      { type: "subheading", text: "Nỗi lo nước sạch" },
      { type: "paragraph", text: P[1] },
    ]);
  });

  it("keeps a lone describing line among paragraphs a caption, as in the seed article", () => {
    const caption = "Lãnh đạo huyện kiểm tra tiến độ thi công tuyến đường liên thôn Bản Chắt";
    const parsed = parseStory(story("Tiêu đề", "– Sapo của bài.", "", P[0], "", P[1], "", caption, "", P[2], "", "THU HÀ"));
    expect(ofType(parsed.body, "caption")).toEqual([caption]);
  });

  it("reads a caption after a wider gap even where it heads a long paragraph, among subheadings", () => {
    const caption = "Quang cảnh hội nghị";
    const parsed = parseStory(
      story("Tiêu đề", "– Sapo của bài.", "", P[0], "", "Kết quả nổi bật", "", P[1], "", "", caption, "", P[2], "", "Nhiệm vụ trọng tâm", "", P[3], "", "BBT"),
    );
    expect(ofType(parsed.body, "caption")).toEqual([caption]);
    expect(ofType(parsed.body, "subheading")).toEqual(["Kết quả nổi bật", "Nhiệm vụ trọng tâm"]);
  });
});

describe("bylines with a note after the name", () => {
  const ending = (...last: string[]) => parseStory(story("Tiêu đề", "– Sapo của bài.", P[0], ...last));

  it.each([
    ["MINH PHƯƠNG (tổng hợp)", ["MINH PHƯƠNG"], "(tổng hợp)"],
    ["THU HÀ (theo TTXVN)", ["THU HÀ"], "(theo TTXVN)"],
    ["PV (lược dịch)", ["PV"], "(lược dịch)"],
    ["HOÀNG ANH (tổng hợp từ VnExpress)", ["HOÀNG ANH"], "(tổng hợp từ VnExpress)"],
    ["Bài, ảnh: THU HÀ (CTV)", ["THU HÀ"], "(CTV)"],
    ["NGỌC ANH (Theo Báo Nhân Dân)", ["NGỌC ANH"], "(Theo Báo Nhân Dân)"],
    ["MINH PHƯƠNG tổng hợp", ["MINH PHƯƠNG"], "tổng hợp"],
    ["PHƯƠNG DUNG", ["PHƯƠNG DUNG"], ""],
  ])("%s", (line, names, note) => {
    const parsed = ending(line);
    expect(parsed.byline).toEqual(names);
    expect(parsed.bylineNote).toBe(note);
    expect(parsed.body).toEqual([{ type: "paragraph", text: P[0] }]);
  });

  it("gives several names one note, and keeps notes after several names in order, each once", () => {
    expect(ending("THU HÀ - MINH ĐỨC (tổng hợp)")).toMatchObject({ byline: ["THU HÀ", "MINH ĐỨC"], bylineNote: "(tổng hợp)" });
    expect(ending("THU HÀ (CTV) - Ảnh: VĂN ĐẠT")).toMatchObject({ byline: ["THU HÀ", "VĂN ĐẠT"], bylineNote: "(CTV)" });
    expect(ending("THU HÀ (CTV) - MINH ĐỨC (CTV)")).toMatchObject({ byline: ["THU HÀ", "MINH ĐỨC"], bylineNote: "(CTV)" });
    expect(ending("THU HÀ (TTXVN) - MINH ĐỨC (CTV)")).toMatchObject({ byline: ["THU HÀ", "MINH ĐỨC"], bylineNote: "(TTXVN) (CTV)" });
    expect(ending("THU HÀ", "MINH ĐỨC (lược dịch)")).toMatchObject({ byline: ["THU HÀ", "MINH ĐỨC"], bylineNote: "(lược dịch)" });
  });

  it("reads a source line alone as the note, and keeps bracketed lines that are no byline in the body", () => {
    expect(ending("(Theo TTXVN)")).toMatchObject({ byline: [], bylineNote: "(Theo TTXVN)" });
    expect(ending("MINH ĐỨC", "(Theo TTXVN)")).toMatchObject({ byline: ["MINH ĐỨC"], bylineNote: "(Theo TTXVN)" });
    const notByline = ending("(tổng hợp) MINH ĐỨC");
    expect(notByline.byline).toEqual([]);
    expect(notByline.body.at(-1)?.text).toBe("(tổng hợp) MINH ĐỨC");
    expect(ending("Minh Phương (tổng hợp)").byline).toEqual([]);
  });
});

describe("notices and stories with no sapo", () => {
  const FIRST =
    "Ban Biên tập Báo Lạng Sơn trân trọng cảm ơn các cơ quan, đơn vị, doanh nghiệp và bạn đọc đã gửi thư, điện, lẵng hoa chúc mừng nhân kỷ niệm 60 năm Ngày phát hành số báo đầu tiên.";
  const SECOND = "Sự quan tâm, động viên của quý vị là nguồn cổ vũ to lớn để đội ngũ những người làm báo tiếp tục phấn đấu, nâng cao chất lượng thông tin.";

  it.each([
    ["Thư cảm ơn"],
    ["Thông báo tuyển dụng viên chức năm 2024"],
    ["THÔNG BÁO"],
    ["Thông báo: Thay đổi lịch tiếp công dân"],
    ["Cáo lỗi"],
    ["Lời cảm ơn"],
    ["Cáo phó"],
    ["Thư ngỏ gửi bạn đọc"],
    ["Đính chính"],
    ["\u00d0ính chính thông tin"],
  ])("%s is a notice whose first paragraph is body", (title) => {
    // Even spaced like a sapo would be, a notice's unmarked opening stays body.
    const parsed = parseStory(story(title, "", FIRST, "", "", SECOND, "", "BAN BIÊN TẬP"));
    expect(parsed.kind).toBe("notice");
    expect(parsed.sapo).toBe("");
    expect(parsed.body).toEqual([
      { type: "paragraph", text: FIRST },
      { type: "paragraph", text: SECOND },
    ]);
  });

  it("knows a notice by its heading under an organisation's name", () => {
    expect(parseStory(story("TRƯỜNG CAO ĐẲNG Y TẾ LẠNG SƠN", "THÔNG BÁO TUYỂN SINH NĂM 2024", FIRST)).kind).toBe("notice");
  });

  it("does not take titles that merely start alike for notices", () => {
    expect(parseStory(story("Thư viện tỉnh đón 10.000 lượt bạn đọc", "– Sapo.", SECOND)).kind).toBe("article");
    expect(parseStory(story("Thông tin tuyên truyền về chuyển đổi số", "– Sapo.", SECOND)).kind).toBe("article");
    expect(parseStory(story("Thư giãn cuối tuần", "– Sapo.", SECOND)).kind).toBe("article");
  });

  it("keeps a notice's short lines as text: no photos, so no captions without a credit", () => {
    const parsed = parseStory(
      story("Thông báo tuyển dụng", "", FIRST, "", "Điều kiện dự tuyển", "", SECOND + " " + SECOND, "", "Trân trọng thông báo", "", "BAN GIÁM ĐỐC"),
    );
    expect(ofType(parsed.body, "caption")).toEqual([]);
    expect(ofType(parsed.body, "subheading")).toEqual(["Điều kiện dự tuyển"]);
    expect(parsed.body.at(-1)).toEqual({ type: "paragraph", text: "Trân trọng thông báo" });
  });

  it("still takes a marked sapo in a notice, but not the first item of a list", () => {
    expect(parseStory(story("Thông báo", "– Sáng nay, Ủy ban nhân dân tỉnh thông báo lịch nghỉ Tết.", SECOND)).sapo).toBe(
      "Sáng nay, Ủy ban nhân dân tỉnh thông báo lịch nghỉ Tết.",
    );
    const list = parseStory(story("Thông báo", "- Thời gian: 8 giờ ngày 15/7/2024;", "- Địa điểm: Hội trường Ủy ban nhân dân tỉnh.", SECOND));
    expect(list.sapo).toBe("");
    expect(list.body[0]?.text).toBe("- Thời gian: 8 giờ ngày 15/7/2024;");
  });

  it("leaves an article's evenly spaced first paragraph in the body, and takes one a photo follows", () => {
    const even = parseStory(story("Lạng Sơn mở rộng diện tích trồng hồi", "", FIRST, "", SECOND, "", "THU HÀ"));
    expect(even).toMatchObject({ kind: "article", sapo: "" });
    expect(even.body).toHaveLength(2);
    const photo = parseStory(story("Lạng Sơn mở rộng diện tích trồng hồi", "", FIRST, "", "Đồi hồi ở xã Bắc Xa. Ảnh: THU HÀ", "", SECOND, "", "THU HÀ"));
    expect(photo.sapo).toBe(FIRST);
    expect(ofType(photo.body, "caption")).toEqual(["Đồi hồi ở xã Bắc Xa. Ảnh: THU HÀ"]);
  });
});

describe("a .docx's layout", () => {
  const LEAD = "Sáng 12/10, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác xây dựng nông thôn mới giai đoạn 2021 – 2025.";
  const text = story("Tổng kết xây dựng nông thôn mới", "", LEAD, "", P[0], "", "", "Kết quả nổi bật", "", P[1], "", "Các đại biểu dự hội nghị", "", P[2]);
  const look = (line: string, format: { bold?: boolean; italic?: boolean; style?: string }) => ({
    text: line,
    bold: false,
    italic: false,
    style: "",
    ...format,
  });

  it("takes a first paragraph in bold, in italics or in a style of its own as the sapo", () => {
    expect(parseStory(text).sapo).toBe("");
    expect(parseStory(text, { setApart: [look(LEAD, { bold: true })] }).sapo).toBe(LEAD);
    expect(parseStory(text, { setApart: [look(LEAD, { italic: true })] }).sapo).toBe(LEAD);
    expect(parseStory(text, { setApart: [look(LEAD, { style: "Sapo" })] }).sapo).toBe(LEAD);
  });

  it("reads bold or heading-styled short lines as subheadings and italic ones as captions, gaps aside", () => {
    const parsed = parseStory(text, { setApart: [look("Kết quả nổi bật", { bold: true }), look("Các đại biểu dự hội nghị", { italic: true })] });
    expect(ofType(parsed.body, "subheading")).toEqual(["Kết quả nổi bật"]);
    expect(ofType(parsed.body, "caption")).toEqual(["Các đại biểu dự hội nghị"]);
    expect(ofType(parseStory(text, { setApart: [look("Kết quả nổi bật", { style: "Heading2" })] }).body, "subheading")).toContain("Kết quả nổi bật");
    // Without the look, the wider gap before it says a photo was there.
    expect(ofType(parseStory(text).body, "caption")).toContain("Kết quả nổi bật");
  });

  it("gives a notice no sapo, bold or not", () => {
    const notice = story("Thông báo", "", LEAD, "", P[0]);
    expect(parseStory(notice, { setApart: [look(LEAD, { bold: true })] }).sapo).toBe("");
  });
});
