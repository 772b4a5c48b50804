// Demo corpus for the newsroom: 40 original Vietnamese stories in the style of a provincial
// party/government newspaper (people, villages and figures are invented). Used by the demo seed
// and, later, by search tests: the text deliberately mixes đảng/Đảng/đang/dáng, ủy ban/uỷ ban,
// hòa/hoà, dates such as 28/6 and amounts such as 1,2 tỷ đồng. All text is NFC.

export type DemoStatus = "draft" | "submitted" | "in_review" | "approved" | "scheduled" | "published" | "unpublished";

export type DemoStory = {
  key: string;
  section: "thoi-su" | "chinh-tri" | "kinh-te" | "van-hoa-xa-hoi" | "quoc-phong-an-ninh" | "the-thao" | "phap-luat" | "bien-gioi";
  status: DemoStatus;
  author: "phongvien" | "bientap" | "thuky";
  daysAgo: number;
  hour: number;
  title: string;
  sapo: string;
  body: (
    | { type: "paragraph"; text: string }
    | { type: "heading"; text: string }
    | { type: "caption"; text: string; credit?: string }
    | { type: "quote"; text: string }
    | { type: "list"; items: string[] }
  )[];
  byline: string[];
  tags: string[];
  note?: string;
};

export const demoStories: DemoStory[] = [
  // ───────────────────────────── published (22) ─────────────────────────────
  {
    key: "phuong-trung-tam-ra-quan-chinh-trang-do-thi",
    section: "thoi-su",
    status: "published",
    author: "phongvien",
    daysAgo: 0,
    hour: 7,
    title: "Các phường trung tâm ra quân chỉnh trang đô thị, giữ gìn vệ sinh môi trường dịp cuối năm",
    sapo: "Sáng nay, hơn 1.500 cán bộ, đoàn viên, hội viên và nhân dân các phường Lương Văn Tri, Đông Kinh, Tam Thanh và Kỳ Lừa đồng loạt ra quân tổng vệ sinh môi trường, chỉnh trang đô thị, hưởng ứng phong trào “Đô thị xanh – sạch – đẹp” những tháng cuối năm.",
    body: [
      {
        type: "paragraph",
        text: "Tại phường Đông Kinh, lực lượng ra quân được chia thành 12 tổ, tập trung thu gom rác thải, phát quang bụi rậm, nạo vét rãnh thoát nước trên các tuyến phố Bà Triệu, Lê Lợi, Trần Đăng Ninh và khu vực quanh chợ. Các hộ kinh doanh dọc tuyến phố được tuyên truyền, vận động không lấn chiếm vỉa hè, không để hàng hóa, biển quảng cáo che khuất tầm nhìn của người tham gia giao thông.",
      },
      { type: "caption", text: "Đoàn viên thanh niên phường Đông Kinh thu gom rác thải trên tuyến phố Bà Triệu", credit: "Ảnh: VĂN ĐẠT" },
      {
        type: "paragraph",
        text: "Ở phường Tam Thanh, đoàn viên thanh niên và hội viên phụ nữ dọn dẹp khu vực bờ kè sông Kỳ Cùng, trồng bổ sung 300 cây hoa giấy và sơn lại hàng rào dọc lối đi bộ. Bà Nông Thị Hạnh, Chủ tịch UBND phường cho biết, phường duy trì ra quân vào sáng thứ bảy hằng tuần và giao cho từng khối phố phụ trách một tuyến đường cụ thể để dễ kiểm tra, đánh giá.",
      },
      {
        type: "paragraph",
        text: "Theo kế hoạch, đợt cao điểm kéo dài đến hết tháng 12, tập trung xử lý dứt điểm các điểm tồn đọng rác thải, biển quảng cáo hư hỏng và tình trạng đổ phế thải xây dựng không đúng nơi quy định. Các phường sẽ thông báo trên hệ thống loa truyền thanh những trường hợp vi phạm, đồng thời biểu dương các khối phố, hộ gia đình làm tốt.",
      },
      {
        type: "paragraph",
        text: "Ông Lăng Văn Toàn, người dân khối 5, phường Lương Văn Tri chia sẻ, mỗi lần ra quân, cả khối phố cùng làm nên ai cũng thấy có trách nhiệm hơn với nơi mình sống. Nhiều gia đình đã tự giác bố trí thùng rác có nắp, trồng cây xanh trước cửa nhà, góp phần tạo diện mạo gọn gàng, sạch đẹp cho các tuyến phố.",
      },
    ],
    byline: ["HỒNG NHUNG"],
    tags: ["Môi trường", "Đô thị"],
  },
  {
    key: "cua-khau-tan-thanh-thong-quan-nong-san",
    section: "kinh-te",
    status: "published",
    author: "phongvien",
    daysAgo: 0,
    hour: 9,
    title: "Cửa khẩu Tân Thanh thông quan hơn 800 xe hàng mỗi ngày trong cao điểm xuất khẩu nông sản",
    sapo: "Những ngày này, lượng xe chở trái cây, nông sản xuất khẩu qua cửa khẩu Tân Thanh tăng mạnh. Các lực lượng chức năng bố trí làm việc cả ngày nghỉ, bảo đảm hàng hóa được thông quan nhanh, không để ùn ứ kéo dài.",
    body: [
      {
        type: "paragraph",
        text: "Có mặt tại khu vực bãi xe của cửa khẩu Tân Thanh vào đầu giờ sáng, chúng tôi ghi nhận hàng trăm xe container nối đuôi nhau chờ làm thủ tục. Phần lớn là xe chở thanh long, sầu riêng, mít và chuối từ các tỉnh phía Nam. Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, bình quân mỗi ngày có khoảng 800 đến 850 xe hàng được thông quan qua cửa khẩu này, tăng gần 30% so với tháng trước.",
      },
      { type: "caption", text: "Xe chở nông sản làm thủ tục xuất khẩu tại cửa khẩu Tân Thanh", credit: "Ảnh: MINH ĐỨC" },
      { type: "heading", text: "Số hóa thủ tục, rút ngắn thời gian chờ" },
      {
        type: "paragraph",
        text: "Từ năm 2025, toàn bộ các bãi xe tại Tân Thanh đã áp dụng nền tảng cửa khẩu số. Chủ hàng, lái xe khai báo thông tin trước trên điện thoại, hệ thống tự động cấp mã và điều tiết xe vào khu vực kiểm hóa theo thứ tự. Nhờ vậy, thời gian một xe nằm chờ tại bãi giảm từ hai, ba ngày xuống còn vài giờ vào những ngày bình thường.",
      },
      {
        type: "paragraph",
        text: "Ông Vy Văn Thành, Trưởng Hải quan cửa khẩu Tân Thanh cho biết, đơn vị bố trí cán bộ trực theo ca, làm thủ tục cả thứ bảy, chủ nhật; đồng thời phối hợp với đồn biên phòng, trạm kiểm dịch thực vật kiểm tra hàng hóa theo hướng một lần dừng, một lần kiểm tra. Các trường hợp hồ sơ thiếu, sai được hướng dẫn bổ sung ngay tại chỗ.",
      },
      {
        type: "paragraph",
        text: "Tuy vậy, vào những ngày cao điểm, khi phía bạn tạm dừng tiếp nhận một số mặt hàng để kiểm tra chất lượng, lượng xe tồn tại bãi vẫn có lúc tăng lên. Cơ quan chức năng khuyến cáo doanh nghiệp, chủ hàng chủ động cập nhật thông tin, điều tiết lượng hàng đưa lên cửa khẩu hài hòa, tránh dồn ứ gây thiệt hại cho chính mình.",
      },
    ],
    byline: ["MINH ĐỨC"],
    tags: ["Cửa khẩu", "Xuất nhập khẩu", "Nông sản"],
  },
  {
    key: "bao-lam-to-tu-quan-duong-bien-cot-moc",
    section: "bien-gioi",
    status: "published",
    author: "phongvien",
    daysAgo: 1,
    hour: 8,
    title: "Đồn Biên phòng Bảo Lâm cùng tổ tự quản giữ bình yên đường biên, cột mốc",
    sapo: "Cùng với lực lượng bộ đội biên phòng, các tổ tự quản đường biên, cột mốc ở xã biên giới đang trở thành “tai mắt” tin cậy, góp phần giữ vững chủ quyền lãnh thổ và an ninh trật tự khu vực biên giới.",
    body: [
      {
        type: "paragraph",
        text: "Hơn 6 giờ sáng, sương mù vẫn phủ kín các triền đồi, tổ công tác của Đồn Biên phòng Bảo Lâm cùng ba thành viên tổ tự quản thôn Bản Vền đã bắt đầu chuyến tuần tra. Quãng đường chỉ hơn 5 km nhưng phải vượt nhiều đoạn dốc đứng, lối mòn trơn trượt. Đến mỗi cột mốc, tổ công tác kiểm tra tình trạng mốc, phát quang xung quanh, chụp ảnh và ghi chép đầy đủ vào sổ nhật ký.",
      },
      { type: "caption", text: "Cán bộ Đồn Biên phòng Bảo Lâm và thành viên tổ tự quản kiểm tra cột mốc", credit: "Ảnh: HOÀNG LONG" },
      {
        type: "paragraph",
        text: "Hiện trên địa bàn đồn quản lý có 14 tổ tự quản đường biên, cột mốc với gần 200 thành viên là người dân các thôn giáp biên. Mỗi tháng, các tổ phối hợp với đồn tuần tra ít nhất hai lần, kịp thời phát hiện, thông báo các trường hợp xuất nhập cảnh trái phép, vận chuyển hàng lậu qua đường mòn, lối mở.",
      },
      {
        type: "paragraph",
        text: "Thiếu tá Nông Đức Mạnh, Chính trị viên Đồn Biên phòng Bảo Lâm cho biết, đơn vị thường xuyên tập huấn kiến thức pháp luật về biên giới, hỗ trợ trang phục, đèn pin, áo mưa cho các tổ tự quản. Nhiều thành viên đã gắn bó với việc tuần tra cả chục năm, như ông Hoàng Văn Sình, tổ trưởng tổ tự quản thôn Bản Vền, người vẫn thường nói với cán bộ đồn:",
      },
      {
        type: "quote",
        text: "Đường biên là của mình, của con cháu mình. Bộ đội đi tuần thì dân đi cùng, thấy gì lạ là báo ngay cho đồn, không để kẻ xấu lợi dụng.",
      },
      {
        type: "paragraph",
        text: "Từ đầu năm đến nay, thông qua tin báo của các tổ tự quản, Đồn Biên phòng Bảo Lâm đã phát hiện, xử lý 9 vụ việc vi phạm quy chế khu vực biên giới. Mô hình cũng góp phần củng cố mối quan hệ gắn bó quân – dân, để mỗi người dân thực sự là một “cột mốc sống” nơi phên giậu Tổ quốc.",
      },
    ],
    byline: ["HOÀNG LONG"],
    tags: ["Biên phòng", "Cột mốc", "Biên giới"],
  },
  {
    key: "dai-bieu-hdnd-tiep-xuc-cu-tri-truoc-ky-hop",
    section: "chinh-tri",
    status: "published",
    author: "phongvien",
    daysAgo: 1,
    hour: 15,
    title: "Đại biểu HĐND tỉnh tiếp xúc cử tri các xã biên giới trước kỳ họp thường lệ cuối năm",
    sapo: "Ngày 23/11, tổ đại biểu HĐND tỉnh đơn vị bầu cử số 3 đã tiếp xúc cử tri các xã Đồng Đăng, Cao Lộc và Ba Sơn, thông báo dự kiến nội dung kỳ họp thường lệ cuối năm 2026 và lắng nghe ý kiến, kiến nghị của cử tri.",
    body: [
      {
        type: "paragraph",
        text: "Tại buổi tiếp xúc, đại diện tổ đại biểu đã thông tin với cử tri tình hình kinh tế – xã hội của tỉnh năm 2026, các nội dung dự kiến trình tại kỳ họp, trong đó có nghị quyết về kế hoạch đầu tư công năm 2027, chính sách hỗ trợ phát triển sản xuất nông nghiệp và một số cơ chế đặc thù đối với khu vực biên giới.",
      },
      {
        type: "paragraph",
        text: "Trong không khí dân chủ, thẳng thắn, 14 lượt ý kiến của cử tri tập trung vào những vấn đề sát với đời sống hằng ngày. Nhiều cử tri đánh giá cao việc vận hành chính quyền địa phương hai cấp sau hơn một năm đã đi vào nền nếp, thủ tục hành chính thuận lợi hơn. Bên cạnh đó, cử tri cũng kiến nghị một số nội dung cụ thể:",
      },
      {
        type: "list",
        items: [
          "Sớm nâng cấp tuyến đường liên xã Cao Lộc – Ba Sơn đã xuống cấp, đi lại khó khăn vào mùa mưa",
          "Có cơ chế bình ổn giá phân bón, vật tư nông nghiệp cho người dân vùng cao",
          "Đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất rừng cho các hộ gia đình",
          "Tăng cường kiểm tra hoạt động của các điểm cầm đồ, cho vay gần khu vực cửa khẩu",
        ],
      },
      {
        type: "paragraph",
        text: "Thay mặt tổ đại biểu, bà Lục Thị Thu Hương, Phó Trưởng Ban Kinh tế – Ngân sách HĐND tỉnh đã tiếp thu, giải trình các ý kiến thuộc thẩm quyền. Đối với các kiến nghị vượt thẩm quyền, tổ đại biểu sẽ tổng hợp đầy đủ, chuyển đến cơ quan có liên quan xem xét, trả lời cử tri theo quy định, đồng thời tiếp tục giám sát việc giải quyết.",
      },
    ],
    byline: ["THU HÀ"],
    tags: ["HĐND tỉnh", "Tiếp xúc cử tri"],
  },
  {
    key: "ngay-hoi-van-hoa-du-lich-bac-son",
    section: "van-hoa-xa-hoi",
    status: "published",
    author: "phongvien",
    daysAgo: 2,
    hour: 10,
    title: "Sắc màu văn hóa các dân tộc hội tụ tại ngày hội văn hóa, du lịch xã Bắc Sơn",
    sapo: "Trong hai ngày cuối tuần, ngày hội văn hóa, thể thao và du lịch xã Bắc Sơn thu hút hàng nghìn lượt người dân, du khách đến tham quan, trải nghiệm giữa thung lũng Bắc Sơn những ngày cuối thu.",
    body: [
      {
        type: "paragraph",
        text: "Ngày hội có nhiều hoạt động đặc sắc như thi hát then, đàn tính, thi trang phục truyền thống, trình diễn ẩm thực với các món khâu nhục, bánh ngải, xôi ngũ sắc, cùng các trò chơi dân gian ném còn, kéo co, đẩy gậy. Hơn 20 đội văn nghệ quần chúng đến từ các thôn trong xã và các xã lân cận đã tham gia biểu diễn, tạo nên không khí sôi nổi, vui tươi.",
      },
      { type: "caption", text: "Du khách trải nghiệm trò chơi ném còn tại ngày hội", credit: "Ảnh: NGỌC ANH" },
      {
        type: "paragraph",
        text: "Chị Trần Minh Anh, du khách đến từ Hà Nội chia sẻ, chị rất ấn tượng với khung cảnh thung lũng Bắc Sơn và sự mến khách của người dân địa phương. Được mặc bộ áo chàm, học ném còn và nghe những làn điệu then ngọt ngào là trải nghiệm khó quên, gia đình chị dự định sẽ quay lại vào mùa lúa chín năm sau.",
      },
      {
        type: "paragraph",
        text: "Theo ông Dương Văn Hiếu, Phó Chủ tịch UBND xã Bắc Sơn, ngày hội không chỉ góp phần bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào Tày, Nùng, Dao mà còn là dịp quảng bá hình ảnh quê hương tới du khách. Năm nay, các homestay trên địa bàn xã gần như kín phòng trong những ngày diễn ra sự kiện.",
      },
      {
        type: "paragraph",
        text: "Đây cũng là dịp để các dân tộc trên địa bàn giao lưu, học hỏi, cùng nhau xây dựng cộng đồng hoà thuận, đoàn kết. Xã Bắc Sơn sẽ tiếp tục đầu tư cho các câu lạc bộ văn nghệ, khuyến khích người dân giữ gìn trang phục, ẩm thực và lễ hội truyền thống gắn với phát triển du lịch cộng đồng.",
      },
    ],
    byline: ["NGỌC ANH"],
    tags: ["Lễ hội", "Du lịch", "Bắc Sơn"],
  },
  {
    key: "giai-viet-da-vi-suc-khoe-cong-dong",
    section: "the-thao",
    status: "published",
    author: "phongvien",
    daysAgo: 3,
    hour: 17,
    title: "Hơn 1.200 vận động viên tham gia giải việt dã “Vì sức khỏe cộng đồng” năm 2026",
    sapo: "Sáng 21/11, tại quảng trường trung tâm, Sở Văn hóa, Thể thao và Du lịch tổ chức giải việt dã “Vì sức khỏe cộng đồng” năm 2026 với sự tham gia của hơn 1.200 vận động viên đến từ các xã, phường, đơn vị lực lượng vũ trang và trường học.",
    body: [
      {
        type: "paragraph",
        text: "Giải được chia thành các cự ly 3 km, 5 km và 10 km dành cho các lứa tuổi học sinh, thanh niên và người cao tuổi. Đường chạy đi qua các tuyến phố chính, dọc bờ sông Kỳ Cùng, được lực lượng công an, y tế bố trí bảo đảm an toàn. Dọc đường, nhiều người dân đã đứng hai bên cổ vũ, tạo không khí sôi nổi ngay từ sáng sớm.",
      },
      { type: "caption", text: "Các vận động viên tranh tài ở cự ly 10 km nam", credit: "Ảnh: THANH TÙNG" },
      {
        type: "paragraph",
        text: "Kết quả, ở cự ly 10 km nam, vận động viên Hoàng Văn Quyết (xã Tràng Định) về nhất với thành tích 34 phút 52 giây; nội dung 10 km nữ thuộc về Lộc Thị Mai (phường Kỳ Lừa) với thông số 41 phút 07 giây. Ban tổ chức đã trao 60 bộ huy chương cho các vận động viên có thành tích cao ở các nội dung, lứa tuổi.",
      },
      {
        type: "paragraph",
        text: "Bà Hà Thị Lan Anh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, giải việt dã được tổ chức thường niên nhằm khuyến khích người dân rèn luyện thân thể, đồng thời phát hiện những vận động viên có năng khiếu điền kinh để bồi dưỡng, tuyển chọn cho các giải đấu cấp khu vực và toàn quốc.",
      },
    ],
    byline: ["THANH TÙNG"],
    tags: ["Điền kinh", "Thể thao quần chúng"],
  },
  {
    key: "triet-pha-duong-day-van-chuyen-ma-tuy-qua-bien-gioi",
    section: "phap-luat",
    status: "published",
    author: "phongvien",
    daysAgo: 4,
    hour: 11,
    title: "Triệt phá đường dây vận chuyển ma túy qua biên giới, thu giữ 2 bánh heroin",
    sapo: "Công an tỉnh phối hợp với Bộ đội Biên phòng tỉnh vừa triệt phá một đường dây vận chuyển trái phép chất ma túy qua khu vực biên giới, bắt giữ 3 đối tượng, thu giữ 2 bánh heroin và gần 6.000 viên ma túy tổng hợp.",
    body: [
      {
        type: "paragraph",
        text: "Qua công tác nắm tình hình, Ban Chuyên án xác định một nhóm đối tượng thường lợi dụng đường mòn, lối mở tại khu vực biên giới để vận chuyển ma túy vào nội địa, sau đó tiêu thụ tại các tỉnh đồng bằng. Khoảng 22 giờ ngày 19/11, tại một đoạn đường liên thôn thuộc xã Lộc Bình, tổ công tác đã bắt quả tang Hoàng Văn K. (SN 1989) và Lý Văn T. (SN 1995) đang vận chuyển ma túy bằng xe máy.",
      },
      {
        type: "paragraph",
        text: "Tang vật thu giữ gồm 2 bánh heroin được bọc nilon, giấu trong túi vải buộc sau yên xe, 5.900 viên ma túy tổng hợp, 3 điện thoại di động và nhiều tài liệu liên quan. Mở rộng điều tra, lực lượng chức năng tiếp tục bắt giữ Nông Văn H. (SN 1986), đối tượng cầm đầu, người trực tiếp liên hệ nguồn hàng và chỉ đạo các đối tượng còn lại vận chuyển.",
      },
      { type: "caption", text: "Tang vật vụ án được lực lượng chức năng thu giữ", credit: "Ảnh: Công an tỉnh cung cấp" },
      {
        type: "paragraph",
        text: "Tại cơ quan điều tra, các đối tượng đã khai nhận hành vi phạm tội. Vụ án đang được Cơ quan Cảnh sát điều tra Công an tỉnh tiếp tục điều tra, mở rộng để xử lý theo quy định của pháp luật. Từ đầu năm đến nay, lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ 186 vụ, 274 đối tượng phạm tội về ma túy.",
      },
    ],
    byline: ["ĐỨC HẢI"],
    tags: ["Ma túy", "Phòng chống tội phạm"],
  },
  {
    key: "xa-dinh-lap-dien-tap-chien-dau-phong-thu",
    section: "quoc-phong-an-ninh",
    status: "published",
    author: "phongvien",
    daysAgo: 5,
    hour: 16,
    title: "Xã Đình Lập hoàn thành diễn tập chiến đấu phòng thủ năm 2026, bảo đảm an toàn tuyệt đối",
    sapo: "Sau ba ngày khẩn trương, nghiêm túc, cuộc diễn tập chiến đấu phòng thủ xã Đình Lập năm 2026 đã kết thúc thắng lợi, đạt mục đích, yêu cầu đề ra và bảo đảm an toàn tuyệt đối về người, vũ khí, trang bị.",
    body: [
      {
        type: "paragraph",
        text: "Cuộc diễn tập được tiến hành theo hai bước: bước một chuyển trạng thái sẵn sàng chiến đấu, bước hai thực hành chiến đấu phòng thủ. Trong đó, nội dung thực binh xử lý tình huống phòng chống cháy rừng, cứu hộ cứu nạn và tiêu diệt nhóm phỉ vũ trang được các lực lượng dân quân, công an xã, đồn biên phòng phối hợp thực hiện nhịp nhàng, sát với thực tế địa bàn.",
      },
      { type: "caption", text: "Lực lượng dân quân xã Đình Lập thực hành xử lý tình huống cháy rừng", credit: "Ảnh: TRUNG KIÊN" },
      {
        type: "paragraph",
        text: "Đáng chú ý, đây là lần đầu xã tổ chức diễn tập sau khi sắp xếp đơn vị hành chính, địa bàn rộng hơn, nhiều thôn giáp biên. Đảng ủy xã đã chủ động xây dựng văn kiện, phân công cán bộ phụ trách từng khu vực, huy động hơn 400 lượt người và nhiều phương tiện của nhân dân tham gia diễn tập.",
      },
      {
        type: "paragraph",
        text: "Phát biểu bế mạc, đại tá Phùng Văn Khải, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đánh giá cao tinh thần trách nhiệm của cấp ủy, chính quyền và các lực lượng tham gia. Qua diễn tập, năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền xã trong xử lý các tình huống quốc phòng, an ninh được nâng lên rõ rệt; thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân tiếp tục được củng cố.",
      },
    ],
    byline: ["TRUNG KIÊN"],
    tags: ["Diễn tập", "Quốc phòng"],
  },
  {
    key: "hoi-duoc-mua-duoc-gia-van-quan",
    section: "kinh-te",
    status: "published",
    author: "phongvien",
    daysAgo: 7,
    hour: 8,
    title: "Hồi được mùa, được giá, người trồng hồi ở Văn Quan phấn khởi thu hoạch vụ chính",
    sapo: "Vụ hồi chính năm nay, nhiều vùng trồng hồi ở xã Văn Quan và các xã lân cận cho sản lượng cao, giá bán ổn định ở mức khá, mang lại nguồn thu đáng kể cho người dân vùng cao.",
    body: [
      {
        type: "paragraph",
        text: "Những ngày này, trên các sườn đồi, rừng hồi dáng cao thẳng tắp đang vào vụ thu hoạch. Người dân tranh thủ thời tiết hanh khô để hái quả, phơi sấy, kịp bán cho thương lái. Gia đình ông Hoàng Văn Pản, thôn Bản Làn có hơn 3 ha hồi đang cho thu hoạch, ước đạt khoảng 6 tấn quả tươi, nhiều hơn năm ngoái gần 2 tấn.",
      },
      { type: "caption", text: "Người dân xã Văn Quan phơi hồi sau thu hoạch", credit: "Ảnh: LỆ THU" },
      {
        type: "paragraph",
        text: "Theo các hộ trồng hồi, giá hồi tươi hiện dao động từ 22.000 đến 25.000 đồng/kg, hồi khô từ 95.000 đến 105.000 đồng/kg tùy chất lượng. Với mức giá này, mỗi ha hồi cho thu nhập từ 80 đến 120 triệu đồng, cao hơn nhiều so với trồng các loại cây khác trên đất dốc. Nhiều gia đình đã có tiền sửa nhà, mua sắm phương tiện, cho con đi học.",
      },
      {
        type: "paragraph",
        text: "Toàn tỉnh hiện có khoảng 35.000 ha hồi, tập trung ở các xã phía tây và đông bắc. Sản phẩm hồi Lạng Sơn đã được bảo hộ chỉ dẫn địa lý, một số hợp tác xã đã xây dựng vùng nguyên liệu đạt tiêu chuẩn hữu cơ để xuất khẩu sang châu Âu và Ấn Độ. Ngành nông nghiệp khuyến cáo người dân không thu hái hồi non, phơi sấy đúng kỹ thuật để giữ chất lượng và uy tín thương hiệu.",
      },
    ],
    byline: ["LỆ THU"],
    tags: ["Nông sản", "Hồi", "Nông nghiệp"],
  },
  {
    key: "dang-uy-xa-chi-lang-nang-cao-chat-luong-sinh-hoat-chi-bo",
    section: "chinh-tri",
    status: "published",
    author: "phongvien",
    daysAgo: 8,
    hour: 14,
    title: "Đảng ủy xã Chi Lăng nâng cao chất lượng sinh hoạt chi bộ, xây dựng Đảng trong sạch, vững mạnh",
    sapo: "Sau hơn một năm sắp xếp tổ chức bộ máy, Đảng ủy xã Chi Lăng đã tập trung đổi mới nội dung, phương thức sinh hoạt chi bộ, coi đây là khâu then chốt để nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng.",
    body: [
      {
        type: "paragraph",
        text: "Đảng bộ xã Chi Lăng hiện có 38 chi bộ trực thuộc với hơn 1.100 đảng viên. Trước đây, ở một số chi bộ thôn, sinh hoạt còn hình thức, nội dung chủ yếu là đọc báo cáo, ít thảo luận. Khắc phục tình trạng này, Đảng ủy xã chỉ đạo các chi bộ chuẩn bị kỹ nội dung, mỗi kỳ sinh hoạt chọn một, hai vấn đề cụ thể đang được người dân quan tâm để bàn, ra nghị quyết sát với thực tế.",
      },
      { type: "heading", text: "Chuyên đề gắn với việc làm cụ thể" },
      {
        type: "paragraph",
        text: "Chi bộ thôn Quán Thanh là một ví dụ. Ba tháng gần đây, chi bộ lần lượt sinh hoạt chuyên đề về chuyển đổi cây trồng, vận động hiến đất làm đường và giữ gìn an ninh trật tự. Sau mỗi kỳ sinh hoạt, từng đảng viên được phân công phụ trách nhóm hộ, trực tiếp vận động, hướng dẫn. Nhờ đó, thôn đã hoàn thành 1,5 km đường bê tông với phần lớn công lao động do người dân đóng góp.",
      },
      {
        type: "paragraph",
        text: "Bí thư Đảng ủy xã Chi Lăng Lương Văn Dũng cho biết, cùng với đổi mới sinh hoạt, Đảng ủy tăng cường kiểm tra, giám sát, phân công cấp ủy viên dự sinh hoạt tại các chi bộ, kịp thời chấn chỉnh những nơi làm chưa tốt. Năm nay, xã phấn đấu kết nạp 45 đảng viên mới, trong đó chú trọng đoàn viên thanh niên, người có uy tín ở các thôn.",
      },
      {
        type: "paragraph",
        text: "Thời gian tới, Đảng ủy xã tiếp tục thực hiện nghiêm các quy định về công tác xây dựng Đảng, gắn với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Mỗi cán bộ, đảng viên phải thực sự gương mẫu, nói đi đôi với làm, để nhân dân tin tưởng, đồng lòng thực hiện các mục tiêu phát triển kinh tế – xã hội của địa phương.",
      },
    ],
    byline: ["PHƯƠNG THẢO"],
    tags: ["Xây dựng Đảng", "Chi bộ"],
  },
  {
    key: "kham-benh-cap-thuoc-mien-phi-xa-bien-gioi",
    section: "van-hoa-xa-hoi",
    status: "published",
    author: "phongvien",
    daysAgo: 10,
    hour: 9,
    title: "Khám bệnh, cấp thuốc miễn phí cho hơn 500 người dân xã biên giới Cao Lộc",
    sapo: "Bộ đội Biên phòng tỉnh phối hợp với Bệnh viện Đa khoa tỉnh vừa tổ chức chương trình khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho hơn 500 người dân, phần lớn là người cao tuổi, trẻ em và hộ nghèo ở xã biên giới Cao Lộc.",
    body: [
      {
        type: "paragraph",
        text: "Ngay từ sáng sớm, sân nhà văn hóa thôn đã đông kín người dân đến chờ khám. Đoàn y, bác sĩ gồm 25 người, chia thành các bàn khám nội khoa, nhi khoa, mắt, răng hàm mặt và siêu âm. Những trường hợp cần theo dõi được tư vấn chế độ dinh dưỡng, hướng dẫn tái khám tại trạm y tế hoặc chuyển lên tuyến trên.",
      },
      { type: "caption", text: "Bác sĩ Bệnh viện Đa khoa tỉnh khám bệnh cho người cao tuổi xã Cao Lộc", credit: "Ảnh: BẢO NGỌC" },
      {
        type: "paragraph",
        text: "Bà Hoàng Thị Nhì, 72 tuổi, cho biết nhà xa, đường đi lại khó khăn nên đã lâu bà không đi khám. Lần này được bác sĩ đo huyết áp, siêu âm, cấp thuốc điều trị trong một tháng, bà rất vui. Theo đoàn khám, nhiều người dân mắc các bệnh mạn tính như tăng huyết áp, thoái hóa khớp, viêm dạ dày nhưng chưa được điều trị thường xuyên.",
      },
      {
        type: "paragraph",
        text: "Dịp này, đoàn cũng tuyên truyền về phòng, chống HIV/AIDS, tiêm chủng cho trẻ em và an toàn thực phẩm; trao 50 suất quà cho các hộ có hoàn cảnh khó khăn. Tổng giá trị chương trình hơn 150 triệu đồng, do các đơn vị, doanh nghiệp và nhà hảo tâm trong, ngoài tỉnh đóng góp.",
      },
    ],
    byline: ["BẢO NGỌC"],
    tags: ["Y tế", "Biên phòng", "An sinh xã hội"],
  },
  {
    key: "tai-nan-giao-thong-10-thang-giam-ca-ba-tieu-chi",
    section: "phap-luat",
    status: "published",
    author: "phongvien",
    daysAgo: 12,
    hour: 10,
    title: "Tai nạn giao thông 10 tháng năm 2026 giảm cả ba tiêu chí, song vẫn tiềm ẩn nhiều nguy cơ",
    sapo: "Theo Ban An toàn giao thông tỉnh, 10 tháng năm 2026, toàn tỉnh xảy ra 87 vụ tai nạn giao thông, làm chết 52 người, bị thương 61 người; so với cùng kỳ năm trước, giảm cả về số vụ, số người chết và số người bị thương.",
    body: [
      {
        type: "paragraph",
        text: "Để đạt kết quả này, các lực lượng chức năng đã tăng cường tuần tra, kiểm soát, tập trung xử lý các lỗi vi phạm là nguyên nhân chính gây tai nạn như vi phạm nồng độ cồn, chạy quá tốc độ, chở quá tải trọng. Từ đầu năm đến nay, lực lượng cảnh sát giao thông đã lập biên bản hơn 21.000 trường hợp vi phạm, phạt tiền trên 35 tỷ đồng, tạm giữ gần 3.000 phương tiện.",
      },
      {
        type: "paragraph",
        text: "Tuy vậy, tình hình trật tự an toàn giao thông vẫn tiềm ẩn nhiều nguy cơ. Lưu lượng xe tải, xe container lưu thông trên quốc lộ 1, quốc lộ 4B lên cửa khẩu ngày càng lớn; nhiều đoạn đèo dốc, quanh co thường xuyên có sương mù vào mùa đông. Một bộ phận người dân vùng cao vẫn chưa có thói quen đội mũ bảo hiểm khi đi xe máy trên đường liên thôn.",
      },
      { type: "heading", text: "Những tháng cuối năm" },
      {
        type: "paragraph",
        text: "Để kiềm chế tai nạn giao thông dịp cuối năm và Tết Nguyên đán, Uỷ ban nhân dân tỉnh đã yêu cầu các sở, ngành, địa phương triển khai đồng bộ các giải pháp, phân công rõ trách nhiệm của người đứng đầu, trong đó tập trung vào một số nhiệm vụ trọng tâm:",
      },
      {
        type: "list",
        items: [
          "Tăng cường tuần tra, xử lý vi phạm nồng độ cồn, tốc độ vào ban đêm và các ngày cuối tuần",
          "Rà soát, khắc phục các điểm đen, điểm tiềm ẩn tai nạn trên các tuyến quốc lộ, đường tỉnh",
          "Lắp đặt thêm biển cảnh báo sương mù, đèn tín hiệu tại các đoạn đèo dốc",
          "Đẩy mạnh tuyên truyền trong trường học, khu dân cư và doanh nghiệp vận tải",
        ],
      },
    ],
    byline: ["ĐỨC HẢI"],
    tags: ["An toàn giao thông"],
  },
  {
    key: "be-mac-giai-bong-chuyen-hoi-nguoi-cao-tuoi",
    section: "the-thao",
    status: "published",
    author: "phongvien",
    daysAgo: 15,
    hour: 18,
    title: "Bế mạc giải bóng chuyền hơi người cao tuổi mở rộng với 24 đội tham gia tranh tài",
    sapo: "Sau bốn ngày thi đấu sôi nổi, giải bóng chuyền hơi người cao tuổi mở rộng năm 2026 đã khép lại. Đội phường Lương Văn Tri giành chức vô địch nội dung nam, đội xã Hữu Lũng vô địch nội dung nữ.",
    body: [
      {
        type: "paragraph",
        text: "Giải do Hội Người cao tuổi tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức, thu hút 24 đội với gần 300 vận động viên, người nhiều tuổi nhất đã bước sang tuổi 78. Các trận đấu diễn ra trên tinh thần giao lưu, đoàn kết, nhiều pha bóng đẹp, bền bỉ nhận được sự cổ vũ nhiệt tình của khán giả.",
      },
      { type: "caption", text: "Trận chung kết nội dung nữ giữa đội xã Hữu Lũng và đội phường Kỳ Lừa", credit: "Ảnh: THANH TÙNG" },
      {
        type: "paragraph",
        text: "Ông Chu Văn Thịnh, đội trưởng đội phường Lương Văn Tri cho biết, các thành viên trong đội tập luyện đều đặn vào buổi chiều hằng ngày. Với người cao tuổi, bóng chuyền hơi là môn thể thao nhẹ nhàng, phù hợp, vừa giúp rèn luyện sức khỏe, vừa tạo niềm vui, gắn kết mọi người sau khi nghỉ hưu.",
      },
      {
        type: "paragraph",
        text: "Hiện toàn tỉnh có hơn 150 câu lạc bộ bóng chuyền hơi của người cao tuổi, phong trào phát triển mạnh cả ở khu vực đô thị và nông thôn. Ban tổ chức đã trao cúp, cờ và giải thưởng cho các đội đạt giải nhất, nhì, ba ở hai nội dung, cùng giải phong cách cho đội có nhiều vận động viên cao tuổi nhất.",
      },
    ],
    byline: ["THANH TÙNG"],
    tags: ["Người cao tuổi", "Bóng chuyền hơi"],
  },
  {
    key: "tuan-tra-song-phuong-bien-gioi-hoa-binh-huu-nghi",
    section: "bien-gioi",
    status: "published",
    author: "phongvien",
    daysAgo: 18,
    hour: 15,
    title: "Bộ đội Biên phòng tỉnh tuần tra song phương, góp phần xây dựng đường biên giới hòa bình, hữu nghị",
    sapo: "Thực hiện kế hoạch phối hợp năm 2026, Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị và lực lượng quản lý biên giới phía Trung Quốc vừa tổ chức tuần tra song phương đoạn biên giới thuộc khu vực cửa khẩu Hữu Nghị.",
    body: [
      {
        type: "paragraph",
        text: "Trong quá trình tuần tra, hai bên đã cùng kiểm tra hiện trạng đường biên, cột mốc, trao đổi thông tin về tình hình quản lý, bảo vệ biên giới và hoạt động xuất nhập cảnh qua lại khu vực. Kết quả cho thấy hệ thống mốc giới nguyên vẹn, đúng vị trí, không có hiện tượng xâm canh, xâm cư hay xây dựng công trình trái phép.",
      },
      { type: "caption", text: "Lực lượng biên phòng hai bên kiểm tra cột mốc trong chuyến tuần tra song phương", credit: "Ảnh: HOÀNG LONG" },
      {
        type: "paragraph",
        text: "Sau tuần tra, đại diện hai đơn vị đã hội đàm, thống nhất tiếp tục duy trì cơ chế trao đổi thông tin thường xuyên, phối hợp đấu tranh ngăn chặn các hoạt động xuất nhập cảnh trái phép, buôn lậu, mua bán người và vận chuyển ma túy qua biên giới. Hai bên cũng nhất trí tạo điều kiện thuận lợi cho người và phương tiện qua lại cửa khẩu trong dịp cao điểm cuối năm.",
      },
      {
        type: "paragraph",
        text: "Theo Trung tá Đinh Quang Vinh, Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị, tuần tra song phương là hoạt động thường xuyên, thể hiện sự tin cậy giữa lực lượng bảo vệ biên giới hai nước. Qua đó góp phần thực hiện nghiêm túc các văn kiện pháp lý về biên giới trên đất liền, xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển.",
      },
    ],
    byline: ["HOÀNG LONG"],
    tags: ["Biên phòng", "Hữu Nghị", "Đối ngoại"],
  },
  {
    key: "khong-khi-lanh-dau-mua-mau-son-duoi-7-do",
    section: "thoi-su",
    status: "published",
    author: "bientap",
    daysAgo: 20,
    hour: 19,
    title: "Không khí lạnh đầu mùa tràn về, nhiệt độ trên đỉnh Mẫu Sơn xuống dưới 7 độ C",
    sapo: "Do ảnh hưởng của đợt không khí lạnh đầu mùa, từ đêm qua, nhiệt độ tại nhiều nơi trong tỉnh giảm mạnh. Trên đỉnh Mẫu Sơn, nhiệt độ thấp nhất đo được là 6,5 độ C, khu vực trung tâm tỉnh từ 13 đến 15 độ C.",
    body: [
      {
        type: "paragraph",
        text: "Theo Đài Khí tượng Thủy văn tỉnh, không khí lạnh còn được tăng cường trong những ngày tới, trời rét về đêm và sáng sớm, vùng núi cao có khả năng xảy ra sương muối. Độ ẩm thấp, thời tiết hanh khô cũng làm tăng nguy cơ cháy rừng, đặc biệt ở các xã có diện tích rừng thông, rừng hồi lớn.",
      },
      {
        type: "paragraph",
        text: "Ngay trong sáng nay, nhiều trường học ở vùng cao đã cho học sinh mặc thêm áo ấm, các trường phổ thông dân tộc bán trú bố trí nước nóng, chăn ấm cho học sinh ở lại trường. Khi nhiệt độ xuống dưới 10 độ C, trẻ mầm non và học sinh tiểu học được nghỉ học; dưới 7 độ C, học sinh trung học cơ sở được nghỉ. Các nhà trường chủ động theo dõi bản tin thời tiết để thông báo kịp thời tới phụ huynh.",
      },
      { type: "caption", text: "Du khách thích thú với sương mù, giá lạnh trên đỉnh Mẫu Sơn", credit: "Ảnh: VĂN ĐẠT" },
      {
        type: "paragraph",
        text: "Ngành nông nghiệp khuyến cáo người dân chủ động che chắn chuồng trại, dự trữ thức ăn cho gia súc, không thả rông trâu bò trên núi cao khi nhiệt độ xuống thấp; đồng thời che phủ, tưới ẩm cho rau màu vụ đông. Người dân cũng được khuyến cáo không đốt than sưởi trong phòng kín để tránh ngộ độc khí.",
      },
    ],
    byline: ["QUỲNH TRANG"],
    tags: ["Thời tiết", "Mẫu Sơn"],
  },
  {
    key: "luc-luong-vu-trang-giup-dan-thu-hoach-lua-mua",
    section: "quoc-phong-an-ninh",
    status: "published",
    author: "phongvien",
    daysAgo: 25,
    hour: 14,
    title: "Lực lượng vũ trang tỉnh giúp dân thu hoạch lúa mùa, sửa đường liên thôn tại các xã vùng cao",
    sapo: "Hưởng ứng phong trào thi đua “Dân vận khéo”, những ngày qua, cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh đã hỗ trợ người dân các xã vùng cao thu hoạch lúa mùa, sửa chữa đường giao thông và thăm hỏi các gia đình chính sách.",
    body: [
      {
        type: "paragraph",
        text: "Tại xã Bình Gia, hơn 80 cán bộ, chiến sĩ cùng lực lượng dân quân xã giúp các hộ neo đơn, hộ nghèo gặt, vận chuyển gần 10 ha lúa về nhà trước khi trời chuyển lạnh. Nhiều thửa ruộng nằm xa đường, phải gùi từng bao thóc qua bờ ruộng hẹp, nhưng không khí lúc nào cũng rộn rã tiếng cười.",
      },
      { type: "caption", text: "Cán bộ, chiến sĩ giúp người dân xã Bình Gia thu hoạch lúa", credit: "Ảnh: TRUNG KIÊN" },
      {
        type: "paragraph",
        text: "Cùng thời gian, các đơn vị đã sửa chữa, đổ bê tông gần 2 km đường liên thôn, phát quang hơn 5 km đường nội đồng, tu sửa nhà văn hóa thôn và tặng 40 suất quà cho các gia đình có hoàn cảnh khó khăn. Bà Hứa Thị Dung, thôn Khuổi Phầy, xúc động nói: “Nhà có hai mẹ con, lúa chín mà không đủ người gặt, may có bộ đội về giúp, chỉ một buổi sáng đã xong.”",
      },
      {
        type: "paragraph",
        text: "Theo đại tá Lã Văn Thắng, Chính ủy Bộ Chỉ huy Quân sự tỉnh, các hoạt động giúp dân không chỉ hỗ trợ người dân vượt qua khó khăn mà còn là dịp để cán bộ, chiến sĩ rèn luyện bản lĩnh, tác phong, góp phần vun đắp mối quan hệ đoàn kết quân dân, xây dựng “thế trận lòng dân” vững chắc nơi biên cương.",
      },
    ],
    byline: ["TRUNG KIÊN"],
    tags: ["Quân đội", "Dân vận khéo"],
  },
  {
    key: "vu-na-2026-san-luong-42000-tan",
    section: "kinh-te",
    status: "published",
    author: "phongvien",
    daysAgo: 30,
    hour: 9,
    title: "Vụ na năm 2026: sản lượng ước đạt 42.000 tấn, nông dân Chi Lăng có thêm nguồn thu lớn",
    sapo: "Vụ na năm nay đã khép lại với nhiều tín hiệu vui. Sản lượng toàn tỉnh ước đạt khoảng 42.000 tấn, giá bán bình quân cao hơn năm trước, mang lại doanh thu hơn 1.300 tỷ đồng cho người trồng na.",
    body: [
      {
        type: "paragraph",
        text: "Theo Sở Nông nghiệp và Môi trường, toàn tỉnh hiện có khoảng 3.200 ha na, tập trung chủ yếu ở khu vực Chi Lăng và Hữu Lũng, trong đó Chi Lăng chiếm hơn hai phần ba diện tích. Nhờ thời tiết thuận lợi và người dân áp dụng kỹ thuật thụ phấn bổ sung, bao quả, na năm nay đậu quả tốt, mã đẹp, tỷ lệ na loại một đạt cao.",
      },
      {
        type: "paragraph",
        text: "Giá na đầu vụ có thời điểm lên tới 70.000–80.000 đồng/kg, giữa vụ ổn định ở mức 30.000–45.000 đồng/kg với na loại một. Ngoài các thương lái truyền thống, năm nay nhiều hộ, hợp tác xã bán hàng qua sàn thương mại điện tử, livestream giới thiệu sản phẩm, giúp đưa na Chi Lăng đến tay người tiêu dùng ở nhiều tỉnh, thành phố trên cả nước.",
      },
      { type: "caption", text: "Na Chi Lăng được đóng hộp, dán tem truy xuất nguồn gốc trước khi đến tay người tiêu dùng", credit: "Ảnh: MINH ĐỨC" },
      {
        type: "paragraph",
        text: "Anh Vi Văn Lực, Giám đốc Hợp tác xã Na Quang Lang cho biết, vụ này hợp tác xã tiêu thụ hơn 300 tấn na, trong đó gần một nửa qua kênh trực tuyến. Khó khăn lớn nhất vẫn là bảo quản, vì na chín nhanh, khó vận chuyển đi xa. Hợp tác xã đang tìm hiểu công nghệ cấp đông, làm kem na, na sấy để kéo dài chuỗi giá trị.",
      },
      {
        type: "paragraph",
        text: "Để phát triển bền vững, ngành nông nghiệp tiếp tục khuyến khích người dân sản xuất theo tiêu chuẩn VietGAP, cấp mã số vùng trồng, đồng thời kêu gọi doanh nghiệp đầu tư cơ sở chế biến sâu. Đây là hướng đi cần thiết để na Chi Lăng không chỉ được mùa, được giá mà còn giữ vững thương hiệu trên thị trường.",
      },
    ],
    byline: ["MINH ĐỨC"],
    tags: ["Na Chi Lăng", "Nông sản"],
  },
  {
    key: "chan-am-ao-am-cho-hoc-sinh-ban-tru-vung-cao",
    section: "van-hoa-xa-hoi",
    status: "published",
    author: "phongvien",
    daysAgo: 35,
    hour: 8,
    title: "Chuẩn bị chăn ấm, áo ấm cho học sinh bán trú vùng cao trước mùa đông",
    sapo: "Trước khi mùa đông đến, các trường phổ thông dân tộc bán trú trong tỉnh đã chủ động rà soát cơ sở vật chất, vận động các nguồn lực chuẩn bị chăn ấm, áo ấm và bếp sưởi, để học sinh yên tâm ăn, ở, học tập.",
    body: [
      {
        type: "paragraph",
        text: "Tại Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở xã Mẫu Sơn, hơn 180 học sinh ở lại trường trong tuần. Những ngày này, thầy cô và nhân viên nhà trường tất bật kiểm tra từng phòng ở, thay kính cửa sổ vỡ, lắp thêm rèm che gió, bình nóng lạnh ở khu nhà tắm. Bếp ăn được bố trí thêm khu vực sưởi ấm để các em ăn cơm nóng vào buổi tối.",
      },
      { type: "caption", text: "Học sinh Trường Phổ thông dân tộc bán trú xã Mẫu Sơn nhận áo ấm từ nhà hảo tâm", credit: "Ảnh: LỆ THU" },
      {
        type: "paragraph",
        text: "Thầy Lý Văn Chung, Hiệu trưởng nhà trường cho biết, phần lớn học sinh là con em đồng bào Dao, nhà ở xa trường hàng chục cây số, gia đình còn nhiều khó khăn. Nhờ sự chung tay của các đơn vị, nhà hảo tâm, năm nay 100% học sinh bán trú đã có chăn mới, áo khoác và tất ấm. Nhà trường cũng phối hợp với trạm y tế xã theo dõi sức khỏe học sinh khi thời tiết chuyển lạnh.",
      },
      {
        type: "paragraph",
        text: "Theo Sở Giáo dục và Đào tạo, toàn tỉnh có hơn 60 trường phổ thông dân tộc bán trú và trường có học sinh bán trú với trên 14.000 học sinh. Sở đã đề nghị các nhà trường xây dựng phương án phòng, chống rét cụ thể, bảo đảm chế độ ăn đủ dinh dưỡng, điều chỉnh giờ học linh hoạt khi nhiệt độ xuống thấp.",
      },
    ],
    byline: ["LỆ THU"],
    tags: ["Giáo dục", "Vùng cao"],
  },
  {
    key: "thu-giu-chan-ga-nam-lon-khong-ro-nguon-goc",
    section: "phap-luat",
    status: "published",
    author: "phongvien",
    daysAgo: 40,
    hour: 16,
    title: "Thu giữ gần 3 tấn chân gà, nầm lợn đông lạnh không rõ nguồn gốc tại khu vực biên giới",
    sapo: "Lực lượng hải quan phối hợp với Đồn Biên phòng Tân Thanh vừa phát hiện, thu giữ gần 3 tấn chân gà, nầm lợn đông lạnh không có hóa đơn, chứng từ, không rõ nguồn gốc xuất xứ.",
    body: [
      {
        type: "paragraph",
        text: "Khoảng 3 giờ sáng, tổ công tác phát hiện một xe ô tô tải biển kiểm soát tỉnh ngoài lưu thông theo hướng từ khu vực biên giới vào nội địa có biểu hiện nghi vấn. Kiểm tra phương tiện, tổ công tác phát hiện trên thùng xe chứa 146 thùng xốp đựng chân gà, nầm lợn đông lạnh, nhiều thùng đã bốc mùi, chảy nước. Lái xe không xuất trình được bất kỳ giấy tờ nào chứng minh nguồn gốc lô hàng.",
      },
      { type: "caption", text: "Lô hàng chân gà, nầm lợn đông lạnh bị thu giữ", credit: "Ảnh: CTV" },
      {
        type: "paragraph",
        text: "Qua kiểm tra của cơ quan thú y, toàn bộ số hàng trên không bảo đảm điều kiện vệ sinh an toàn thực phẩm. Lực lượng chức năng đã lập biên bản, tạm giữ hàng hóa, phương tiện và tiến hành tiêu hủy theo quy định. Trị giá lô hàng ước tính khoảng 210 triệu đồng.",
      },
      {
        type: "paragraph",
        text: "Từ 28/6 đến nay, các lực lượng chức năng trên tuyến biên giới đã phát hiện, bắt giữ 32 vụ vận chuyển sản phẩm động vật không rõ nguồn gốc, tiêu hủy gần 40 tấn hàng. Các đối tượng thường lợi dụng đêm tối, thời tiết xấu, thay đổi liên tục phương thức vận chuyển, chia nhỏ hàng hóa hoặc ngụy trang lẫn với hàng hóa hợp pháp để đối phó với lực lượng chức năng.",
      },
      {
        type: "paragraph",
        text: "Cơ quan chức năng khuyến cáo người tiêu dùng chỉ mua thực phẩm có nguồn gốc rõ ràng, có tem kiểm dịch; kịp thời thông báo cho chính quyền địa phương, lực lượng chức năng khi phát hiện hành vi tàng trữ, vận chuyển, kinh doanh hàng lậu, hàng không bảo đảm an toàn thực phẩm.",
      },
    ],
    byline: ["ĐỨC HẢI", "NGỌC ANH"],
    tags: ["Buôn lậu", "An toàn thực phẩm"],
  },
  {
    key: "them-18-san-pham-dat-chuan-ocop",
    section: "kinh-te",
    status: "published",
    author: "phongvien",
    daysAgo: 45,
    hour: 10,
    title: "Thêm 18 sản phẩm đạt chuẩn OCOP, nâng tổng số sản phẩm OCOP toàn tỉnh lên gần 300",
    sapo: "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh vừa công nhận thêm 18 sản phẩm đạt chuẩn 3 sao và 4 sao. Các sản phẩm mới chủ yếu là đặc sản từ hồi, quế, thạch đen, chè và mật ong của các hợp tác xã vùng cao.",
    body: [
      {
        type: "paragraph",
        text: "Trong đợt đánh giá này, có 4 sản phẩm đạt 4 sao, gồm tinh dầu hồi, chè Shan tuyết, miến dong và mật ong rừng; 14 sản phẩm đạt 3 sao. Nhiều chủ thể đã đầu tư bao bì, nhãn mác, truy xuất nguồn gốc, đăng ký nhãn hiệu và xây dựng câu chuyện sản phẩm gắn với văn hóa của địa phương.",
      },
      {
        type: "paragraph",
        text: "Bà Hoàng Thị Vân, Giám đốc Hợp tác xã Nông nghiệp Tân Tiến, xã Tràng Định cho biết, sau khi sản phẩm thạch đen được công nhận 3 sao, hợp tác xã đã ký được hợp đồng với hai hệ thống siêu thị và một doanh nghiệp xuất khẩu. Đây là động lực để hợp tác xã tiếp tục mở rộng vùng nguyên liệu, tạo việc làm cho hơn 40 lao động địa phương.",
      },
      {
        type: "paragraph",
        text: "Theo Văn phòng Điều phối nông thôn mới tỉnh, năm 2026, ngân sách tỉnh bố trí 1,2 tỷ đồng để hỗ trợ các chủ thể tham gia Chương trình Mỗi xã một sản phẩm, cùng với nguồn lồng ghép từ các chương trình mục tiêu quốc gia. Kinh phí tập trung vào các nội dung:",
      },
      {
        type: "list",
        items: [
          "Thiết kế bao bì, nhãn mác và mã truy xuất nguồn gốc",
          "Tham gia hội chợ, triển lãm, xúc tiến thương mại trong và ngoài tỉnh",
          "Đào tạo kỹ năng bán hàng trên sàn thương mại điện tử",
          "Cấp giấy chứng nhận an toàn thực phẩm, tiêu chuẩn chất lượng",
        ],
      },
    ],
    byline: ["HỒNG NHUNG"],
    tags: ["OCOP", "Nông thôn mới"],
  },
  {
    key: "mau-son-phat-trien-du-lich-bon-mua",
    section: "van-hoa-xa-hoi",
    status: "published",
    author: "phongvien",
    daysAgo: 50,
    hour: 9,
    title: "Mẫu Sơn tìm hướng phát triển du lịch bốn mùa, giữ chân du khách lâu hơn",
    sapo: "Với khí hậu mát mẻ quanh năm, cảnh quan hùng vĩ và bản sắc văn hóa của đồng bào Dao, Nùng, khu du lịch Mẫu Sơn đang được kỳ vọng trở thành điểm đến hấp dẫn không chỉ vào mùa đông.",
    body: [
      {
        type: "paragraph",
        text: "Từ lâu, Mẫu Sơn được biết đến là “nóc nhà” của xứ Lạng với đỉnh núi cao hơn 1.500 m, nơi mùa đông có thể xuất hiện băng giá. Tuy nhiên, lượng khách vẫn tập trung chủ yếu từ tháng 12 đến tháng 2 năm sau, các tháng còn lại khá vắng vẻ. Nhiều cơ sở lưu trú chỉ hoạt động cầm chừng, sản phẩm du lịch còn đơn điệu.",
      },
      { type: "heading", text: "Sản phẩm mới cho từng mùa" },
      {
        type: "paragraph",
        text: "Để khắc phục tính mùa vụ, địa phương đang phối hợp với các doanh nghiệp xây dựng sản phẩm cho từng mùa: mùa xuân ngắm hoa đào, hoa lê; mùa hè nghỉ dưỡng, săn mây; mùa thu trải nghiệm thu hái chè, hồi cùng người dân; mùa đông ngắm băng giá, thưởng thức lợn quay, đào Mẫu Sơn và rượu men lá. Các tuyến đi bộ xuyên rừng, cắm trại trên đồi cũng được khai thác.",
      },
      { type: "caption", text: "Dáng núi Mẫu Sơn chìm trong biển mây vào buổi sớm", credit: "Ảnh: VĂN ĐẠT" },
      {
        type: "paragraph",
        text: "Anh Triệu Văn Phú, chủ một homestay ở thôn Khuổi Tẻo cho biết, từ khi nhận khách quanh năm, thu nhập gia đình ổn định hơn nhiều. Khách mùa hè chủ yếu là gia đình từ Hà Nội, Hải Phòng lên nghỉ vài ngày, thích được theo chủ nhà lên nương, nấu món ăn của người Dao. Anh đang nâng cấp thêm phòng, học tiếng Anh để đón khách nước ngoài.",
      },
      {
        type: "paragraph",
        text: "Tuy vậy, đường lên đỉnh núi còn hẹp, nhiều khúc cua nguy hiểm; hệ thống điện, nước, xử lý rác thải chưa đáp ứng khi lượng khách tăng cao. Địa phương kiến nghị sớm đầu tư nâng cấp đường lên Mẫu Sơn, đồng thời quản lý chặt việc xây dựng, giữ gìn cảnh quan, không để phát triển du lịch làm mất đi vẻ hoang sơ vốn có.",
      },
    ],
    byline: ["NGỌC ANH"],
    tags: ["Du lịch", "Mẫu Sơn"],
  },
  {
    key: "mttq-phan-bien-nghi-quyet-ho-tro-nha-o-nguoi-co-cong",
    section: "chinh-tri",
    status: "published",
    author: "phongvien",
    daysAgo: 60,
    hour: 14,
    title: "Ủy ban MTTQ tỉnh phản biện dự thảo nghị quyết hỗ trợ nhà ở cho người có công",
    sapo: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vừa tổ chức hội nghị phản biện xã hội đối với dự thảo nghị quyết của HĐND tỉnh quy định mức hỗ trợ xây mới, sửa chữa nhà ở cho người có công với cách mạng và thân nhân liệt sĩ trên địa bàn tỉnh.",
    body: [
      {
        type: "paragraph",
        text: "Theo dự thảo, hộ gia đình người có công có nhà ở hư hỏng nặng được hỗ trợ 60 triệu đồng để xây mới, 30 triệu đồng để sửa chữa, cao hơn mức hỗ trợ chung của Trung ương. Dự kiến giai đoạn 2026–2028, toàn tỉnh có khoảng 1.400 hộ thuộc diện được hỗ trợ, tổng kinh phí ngân sách địa phương bố trí hơn 50 tỷ đồng.",
      },
      {
        type: "paragraph",
        text: "Tại hội nghị, các đại biểu cơ bản nhất trí với sự cần thiết ban hành nghị quyết, đồng thời góp ý nhiều nội dung cụ thể. Một số ý kiến đề nghị làm rõ tiêu chí xác định nhà ở hư hỏng, bổ sung cơ chế huy động nguồn lực xã hội hóa, và ưu tiên hỗ trợ trước cho những hộ người có công cao tuổi, neo đơn, đang sinh sống ở các xã vùng sâu, biên giới.",
      },
      {
        type: "paragraph",
        text: "Kết luận hội nghị, bà Lâm Thị Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, các ý kiến sẽ được tổng hợp đầy đủ, gửi cơ quan soạn thảo để hoàn thiện dự thảo trước khi trình HĐND tỉnh. Bà nhấn mạnh vai trò giám sát của Mặt trận trong suốt quá trình thực hiện chính sách:",
      },
      {
        type: "quote",
        text: "Chính sách tốt đến đâu cũng phải đến được đúng người, đúng lúc. Mặt trận các cấp sẽ giám sát từ khâu bình xét cho đến khi ngôi nhà được bàn giao cho gia đình người có công.",
      },
    ],
    byline: ["THU HÀ"],
    tags: ["Mặt trận Tổ quốc", "Người có công", "Chính sách"],
  },

  // ───────────────────────────── scheduled (3) ─────────────────────────────
  {
    key: "tiem-bo-sung-vac-xin-soi-xa-vung-cao",
    section: "thoi-su",
    status: "scheduled",
    author: "thuky",
    daysAgo: -1,
    hour: 6,
    title: "Tổ chức tiêm bổ sung vắc xin sởi cho hơn 9.000 trẻ em tại các xã vùng cao, biên giới",
    sapo: "Từ hôm nay, ngành y tế tỉnh triển khai chiến dịch tiêm bổ sung vắc xin sởi – rubella cho trẻ em từ 1 đến 5 tuổi tại 42 xã vùng cao, biên giới, nhằm chủ động phòng bệnh trong mùa đông xuân.",
    body: [
      {
        type: "paragraph",
        text: "Theo Sở Y tế, tỷ lệ tiêm chủng đầy đủ ở một số xã vùng cao vẫn chưa đạt yêu cầu do địa bàn rộng, dân cư phân tán, một bộ phận người dân chưa đưa trẻ đi tiêm đúng lịch. Trong khi đó, mùa đông xuân là thời điểm các bệnh truyền nhiễm qua đường hô hấp như sởi, cúm dễ bùng phát, đặc biệt ở trẻ nhỏ.",
      },
      {
        type: "paragraph",
        text: "Chiến dịch được tổ chức tại trạm y tế xã và các điểm tiêm lưu động ở thôn, bản xa trung tâm. Mỗi điểm tiêm đều được bố trí đủ nhân lực, thuốc, trang thiết bị xử trí phản ứng sau tiêm; trẻ được khám sàng lọc trước tiêm và theo dõi ít nhất 30 phút sau tiêm. Nhân viên y tế thôn bản sẽ đến từng hộ để rà soát, vận động gia đình đưa trẻ đi tiêm.",
      },
      {
        type: "paragraph",
        text: "Bác sĩ Hoàng Thị Bích Ngọc, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo, vắc xin sởi – rubella an toàn, đã được sử dụng rộng rãi nhiều năm nay. Để buổi tiêm chủng diễn ra thuận lợi, phụ huynh cần lưu ý một số điểm sau:",
      },
      {
        type: "list",
        items: [
          "Mang theo sổ tiêm chủng hoặc giấy tờ có thông tin tiêm chủng của trẻ",
          "Thông báo với nhân viên y tế nếu trẻ đang sốt, đang điều trị bệnh hoặc từng có phản ứng sau tiêm",
          "Theo dõi trẻ tại nhà ít nhất 24 giờ sau tiêm, đưa ngay đến cơ sở y tế khi có dấu hiệu bất thường",
        ],
      },
    ],
    byline: ["BBT"],
    tags: ["Y tế", "Tiêm chủng"],
  },
  {
    key: "khoi-tranh-giai-bong-da-thieu-nien-nhi-dong",
    section: "the-thao",
    status: "scheduled",
    author: "phongvien",
    daysAgo: -2,
    hour: 7,
    title: "Khởi tranh giải bóng đá thiếu niên, nhi đồng toàn tỉnh với 16 đội bóng tham dự",
    sapo: "Sáng nay, tại sân vận động tỉnh, giải bóng đá thiếu niên, nhi đồng toàn tỉnh năm 2026 chính thức khởi tranh với sự tham gia của 16 đội bóng đến từ các xã, phường trong tỉnh.",
    body: [
      {
        type: "paragraph",
        text: "Các đội được chia thành bốn bảng, thi đấu vòng tròn một lượt tính điểm để chọn hai đội đứng đầu mỗi bảng vào tứ kết. Giải diễn ra trong 10 ngày, áp dụng luật bóng đá 7 người, mỗi trận gồm hai hiệp, mỗi hiệp 25 phút. Các cầu thủ tham dự có độ tuổi từ 11 đến 15, là học sinh đang theo học tại các trường trong tỉnh.",
      },
      { type: "caption", text: "Cầu thủ nhí hai đội xã Hữu Lũng và phường Đông Kinh trong trận khai mạc", credit: "Ảnh: THANH TÙNG" },
      {
        type: "paragraph",
        text: "Năm nay, nhiều đội bóng đã được các xã, phường quan tâm đầu tư, tổ chức tập luyện bài bản từ nhiều tháng trước. Đội bóng xã Hữu Lũng, nhà vô địch mùa giải trước, tiếp tục được đánh giá cao với lối chơi phối hợp nhuần nhuyễn. Trong khi đó, đội phường Đông Kinh và đội xã Đồng Đăng bổ sung nhiều cầu thủ trẻ có kỹ thuật tốt, hứa hẹn tạo nên những trận đấu hấp dẫn.",
      },
      {
        type: "paragraph",
        text: "Ông Nguyễn Đức Cường, Trưởng phòng Quản lý thể dục thể thao, Sở Văn hóa, Thể thao và Du lịch cho biết, giải đấu là sân chơi bổ ích, giúp các em rèn luyện thể chất, tinh thần đồng đội. Qua giải, ban tổ chức sẽ lựa chọn những cầu thủ xuất sắc để bồi dưỡng, tham gia các giải bóng đá thiếu niên, nhi đồng khu vực và toàn quốc.",
      },
    ],
    byline: ["THANH TÙNG"],
    tags: ["Bóng đá", "Thiếu nhi"],
  },
  {
    key: "bien-phong-nhan-do-dau-45-hoc-sinh-ngheo",
    section: "bien-gioi",
    status: "scheduled",
    author: "phongvien",
    daysAgo: -3,
    hour: 8,
    title: "Bộ đội biên phòng nhận đỡ đầu thêm 45 học sinh nghèo ở khu vực biên giới",
    sapo: "Trong khuôn khổ chương trình “Nâng bước em tới trường – Con nuôi đồn biên phòng”, các đồn biên phòng trong tỉnh vừa nhận đỡ đầu thêm 45 học sinh có hoàn cảnh khó khăn, nâng tổng số học sinh được hỗ trợ lên hơn 200 em.",
    body: [
      {
        type: "paragraph",
        text: "Mỗi học sinh được đỡ đầu nhận hỗ trợ 500.000 đồng mỗi tháng cho đến khi học hết lớp 12, cùng với sách vở, quần áo và đồ dùng học tập vào đầu năm học. Các em được lựa chọn là con em hộ nghèo, mồ côi cha hoặc mẹ, có hoàn cảnh đặc biệt khó khăn nhưng có ý chí vươn lên trong học tập.",
      },
      { type: "caption", text: "Cán bộ Đồn Biên phòng Chi Ma trao quà cho học sinh được nhận đỡ đầu", credit: "Ảnh: HOÀNG LONG" },
      {
        type: "paragraph",
        text: "Em Lý Thị Mai, học sinh lớp 7, thôn Bản Chắt, mồ côi bố từ nhỏ, sống cùng mẹ và em trai trong căn nhà tạm. Từ khi được các chú bộ đội nhận làm “con nuôi”, ngoài khoản hỗ trợ hằng tháng, em còn được cán bộ đồn thường xuyên đến thăm, kèm học buổi tối. Năm học vừa qua, Mai đạt danh hiệu học sinh giỏi của trường.",
      },
      {
        type: "paragraph",
        text: "Các đơn vị không chỉ hỗ trợ về vật chất mà còn phân công cán bộ theo dõi, động viên từng em, phối hợp với nhà trường và gia đình để các em không bỏ học giữa chừng. Nhiều học sinh từng được đồn biên phòng đỡ đầu nay đã trở thành sinh viên, giáo viên, bộ đội, trở về góp sức xây dựng quê hương biên giới.",
      },
    ],
    byline: ["HOÀNG LONG"],
    tags: ["Biên phòng", "Giáo dục", "An sinh xã hội"],
  },

  // ───────────────────────────── approved (3) ─────────────────────────────
  {
    key: "khu-kinh-te-cua-khau-thu-hut-du-an-logistics",
    section: "kinh-te",
    status: "approved",
    author: "bientap",
    daysAgo: 0,
    hour: 11,
    title: "Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn thu hút thêm ba dự án logistics quy mô lớn",
    sapo: "Từ đầu năm đến nay, Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn đã thu hút thêm ba dự án trung tâm logistics, kho bãi với tổng vốn đăng ký hơn 2.600 tỷ đồng, góp phần nâng cao năng lực thông quan và dịch vụ tại các cửa khẩu.",
    body: [
      {
        type: "paragraph",
        text: "Ba dự án mới gồm trung tâm logistics tại khu vực cửa khẩu Hữu Nghị, kho lạnh bảo quản nông sản gần cửa khẩu Tân Thanh và khu kho bãi, dịch vụ hậu cần tại xã Đồng Đăng. Khi đi vào hoạt động, các dự án dự kiến đáp ứng nhu cầu lưu giữ, bảo quản, sơ chế hàng hóa cho hàng trăm xe mỗi ngày, giảm áp lực cho các bãi xe hiện có.",
      },
      {
        type: "paragraph",
        text: "Theo Ban Quản lý Khu kinh tế, các nhà đầu tư đều là doanh nghiệp có kinh nghiệm trong lĩnh vực vận tải, kho vận, cam kết áp dụng công nghệ quản lý hiện đại, kết nối dữ liệu với nền tảng cửa khẩu số. Ban đã thành lập tổ công tác hỗ trợ nhà đầu tư hoàn thiện thủ tục về đất đai, môi trường, xây dựng, phấn đấu khởi công các dự án trong quý I năm 2027.",
      },
      {
        type: "paragraph",
        text: "Cùng với thu hút đầu tư mới, tỉnh đang đẩy nhanh tiến độ các tuyến cao tốc Đồng Đăng – Trà Lĩnh và Hữu Nghị – Chi Lăng. Khi hoàn thành, các tuyến đường này được kỳ vọng tạo động lực kết nối giao thương, giúp Lạng Sơn phát huy vai trò cửa ngõ giữa Việt Nam với Trung Quốc và các nước ASEAN.",
      },
      {
        type: "paragraph",
        text: "Dù vậy, một số doanh nghiệp cho rằng quỹ đất sạch tại khu vực cửa khẩu còn hạn chế, chi phí bồi thường, giải phóng mặt bằng cao. Các nhà đầu tư kiến nghị tỉnh sớm hoàn thiện quy hoạch chi tiết, công khai quỹ đất, đơn giản hóa thủ tục để rút ngắn thời gian chuẩn bị dự án.",
      },
    ],
    byline: ["MINH ĐỨC"],
    tags: ["Khu kinh tế", "Logistics", "Thu hút đầu tư"],
  },
  {
    key: "gin-giu-hat-then-dan-tinh-xu-lang",
    section: "van-hoa-xa-hoi",
    status: "approved",
    author: "phongvien",
    daysAgo: 1,
    hour: 16,
    title: "Gìn giữ hát then, đàn tính trong đời sống đồng bào Tày, Nùng xứ Lạng",
    sapo: "Gần bảy năm sau khi thực hành then của người Tày, Nùng, Thái được UNESCO ghi danh là di sản văn hóa phi vật thể đại diện của nhân loại, những câu lạc bộ hát then, đàn tính ở xứ Lạng vẫn đều đặn sinh hoạt, lặng lẽ truyền lửa cho thế hệ trẻ.",
    body: [
      {
        type: "paragraph",
        text: "Mỗi tối thứ năm, căn nhà sàn của nghệ nhân Hoàng Thị Nhài ở xã Văn Lãng lại rộn ràng tiếng đàn tính. Hơn 20 thành viên câu lạc bộ, người lớn tuổi nhất ngoài 70, nhỏ nhất mới học lớp 5, cùng ôn lại những làn điệu then cổ, tập gảy đàn, hát đối đáp. Có em mới theo học vài tháng đã thuộc được cả bài then chúc thọ.",
      },
      { type: "heading", text: "Truyền nghề bằng cả tấm lòng" },
      {
        type: "paragraph",
        text: "Bà Nhài cho biết, bà học hát then từ năm 15 tuổi, theo người cậu là thầy then có tiếng trong vùng. Ngày trước, người học phải chép tay từng lời then, tự làm đàn tính bằng quả bầu khô. Nay có điện thoại, các cháu ghi âm, quay video để về nhà luyện tập, nhưng bà vẫn yêu cầu học trò hiểu nghĩa từng câu hát, biết then được hát trong hoàn cảnh nào. Bà tâm sự:",
      },
      {
        type: "quote",
        text: "Then là lời ông bà gửi lại cho con cháu. Mình còn hát được ngày nào thì còn dạy ngày đó, chỉ mong lớp trẻ đừng để tiếng đàn tính vắng đi trong các bản làng.",
      },
      {
        type: "paragraph",
        text: "Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có hơn 80 câu lạc bộ hát then, đàn tính với khoảng 2.000 thành viên. Tỉnh đã đưa hát then vào hoạt động ngoại khóa ở nhiều trường học, hỗ trợ các nghệ nhân mở lớp truyền dạy, đồng thời lồng ghép biểu diễn then trong các chương trình du lịch cộng đồng để di sản tiếp tục sống trong đời sống hôm nay.",
      },
    ],
    byline: ["NGỌC ANH"],
    tags: ["Di sản", "Hát then", "Văn hóa dân tộc"],
  },
  {
    key: "cong-an-xa-giu-binh-yen-vung-bien",
    section: "quoc-phong-an-ninh",
    status: "approved",
    author: "phongvien",
    daysAgo: 1,
    hour: 10,
    title: "Công an xã chính quy bám cơ sở, giữ bình yên cho các thôn bản vùng biên",
    sapo: "Sau hơn một năm vận hành mô hình chính quyền địa phương hai cấp, lực lượng công an xã chính quy ở các xã biên giới đã chủ động bám địa bàn, nắm chắc tình hình, giải quyết kịp thời nhiều vụ việc ngay từ cơ sở.",
    body: [
      {
        type: "paragraph",
        text: "Công an xã Đồng Đăng hiện quản lý địa bàn rộng, có cửa khẩu quốc tế, chợ biên giới và nhiều lối mòn, lối mở. Mỗi cán bộ được phân công phụ trách từ hai đến ba thôn, thường xuyên xuống cơ sở nắm tình hình, hướng dẫn người dân làm thủ tục cư trú, căn cước và định danh điện tử. Những mâu thuẫn nhỏ trong khu dân cư được hòa giải ngay, không để phát sinh thành điểm nóng.",
      },
      { type: "caption", text: "Cán bộ Công an xã Đồng Đăng hướng dẫn người dân kích hoạt tài khoản định danh điện tử", credit: "Ảnh: ĐỨC HẢI" },
      {
        type: "paragraph",
        text: "Thượng tá Hà Văn Tiến, Trưởng Công an xã Đồng Đăng cho biết, đơn vị phối hợp chặt chẽ với đồn biên phòng, dân quân và các tổ an ninh trật tự ở cơ sở, duy trì tuần tra vào ban đêm tại các khu vực phức tạp. Từ đầu năm đến nay, công an xã đã tiếp nhận, giải quyết hơn 70 tin báo, tố giác; phát hiện, xử lý nhiều vụ trộm cắp, đánh bạc và vi phạm về cư trú.",
      },
      {
        type: "paragraph",
        text: "Để người dân là “tai mắt” của lực lượng công an, xã đã lập các nhóm Zalo an ninh trật tự ở từng thôn, công khai số điện thoại của cán bộ phụ trách. Nhờ đó, nhiều vụ việc được người dân thông báo kịp thời, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội ở khu vực biên giới.",
      },
    ],
    byline: ["ĐỨC HẢI"],
    tags: ["Công an xã", "An ninh trật tự"],
  },

  // ───────────────────────────── in review (3) ─────────────────────────────
  {
    key: "canh-bao-gia-danh-cong-an-yeu-cau-cai-ung-dung",
    section: "phap-luat",
    status: "in_review",
    author: "phongvien",
    daysAgo: 0,
    hour: 14,
    title: "Cảnh báo thủ đoạn giả danh công an gọi điện yêu cầu cài ứng dụng để chiếm đoạt tiền",
    sapo: "Thời gian gần đây, trên địa bàn tỉnh liên tiếp xảy ra các vụ lừa đảo qua mạng, trong đó đối tượng giả danh cán bộ công an, yêu cầu người dân cài đặt ứng dụng lạ để “cập nhật dữ liệu dân cư”, rồi chiếm quyền điều khiển điện thoại, rút tiền trong tài khoản.",
    body: [
      {
        type: "paragraph",
        text: "Điển hình, đầu tháng 11, bà N.T.H., trú tại phường Kỳ Lừa, nhận được cuộc gọi của một người tự xưng là cán bộ công an phường, thông báo tài khoản định danh điện tử của bà bị lỗi, cần cập nhật gấp. Làm theo hướng dẫn, bà bấm vào đường dẫn được gửi qua tin nhắn, cài đặt ứng dụng và nhập mật khẩu ngân hàng. Chỉ ít phút sau, hơn 380 triệu đồng trong tài khoản đã bị chuyển đi.",
      },
      {
        type: "paragraph",
        text: "Theo Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh, từ đầu năm đến nay, toàn tỉnh ghi nhận hơn 60 vụ lừa đảo qua mạng với tổng số tiền bị chiếm đoạt trên 18 tỷ đồng. Nạn nhân phần lớn là người cao tuổi, người ít hiểu biết về công nghệ. Công an tỉnh khuyến cáo người dân:",
      },
      {
        type: "list",
        items: [
          "Cơ quan công an không giải quyết công việc, không yêu cầu cài đặt ứng dụng hay cung cấp mật khẩu qua điện thoại",
          "Chỉ tải ứng dụng từ kho ứng dụng chính thức; không bấm vào đường dẫn lạ gửi qua tin nhắn, mạng xã hội",
          "Không cung cấp mã OTP, số tài khoản, ảnh căn cước cho bất kỳ ai",
          "Khi nghi ngờ bị lừa đảo, liên hệ ngay ngân hàng để khóa tài khoản và báo cơ quan công an gần nhất",
        ],
      },
      {
        type: "paragraph",
        text: "Người dân có thể gọi đường dây nóng của Công an tỉnh hoặc đến trực tiếp trụ sở công an xã, phường để được hướng dẫn, hỗ trợ. Việc trình báo sớm sẽ giúp cơ quan chức năng có thêm cơ hội truy vết, phong tỏa dòng tiền và thu hồi tài sản cho người bị hại.",
      },
    ],
    byline: ["QUỲNH TRANG"],
    tags: ["Lừa đảo qua mạng", "Cảnh báo"],
  },
  {
    key: "trung-tam-phuc-vu-hanh-chinh-cong-95-phan-tram-dung-han",
    section: "chinh-tri",
    status: "in_review",
    author: "phongvien",
    daysAgo: 0,
    hour: 9,
    title: "Trung tâm Phục vụ hành chính công tỉnh: hơn 95% hồ sơ được giải quyết trước và đúng hạn",
    sapo: "Sau gần một năm hoạt động theo mô hình mới, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận hơn 120.000 hồ sơ, trong đó trên 95% được giải quyết trước và đúng hạn; tỷ lệ hồ sơ trực tuyến toàn trình ngày càng tăng.",
    body: [
      {
        type: "paragraph",
        text: "Tại trung tâm, người dân, doanh nghiệp được hướng dẫn tận tình từ khâu lấy số thứ tự, chuẩn bị hồ sơ đến khi nhận kết quả. Khu vực hỗ trợ dịch vụ công trực tuyến luôn có đoàn viên thanh niên túc trực, giúp người dân tạo tài khoản, nộp hồ sơ, thanh toán phí, lệ phí trên Cổng Dịch vụ công quốc gia.",
      },
      {
        type: "paragraph",
        text: "Anh Mã Văn Quân, chủ một doanh nghiệp vận tải ở xã Đồng Đăng cho biết, trước đây mỗi lần làm thủ tục phải đi lại nhiều lần, nay phần lớn hồ sơ được nộp trực tuyến, kết quả trả về qua bưu điện hoặc bản điện tử. Thủ tục đăng ký thay đổi nội dung kinh doanh của doanh nghiệp anh chỉ mất hai ngày làm việc.",
      },
      {
        type: "paragraph",
        text: "Bà Nguyễn Thị Thanh Hoa, Giám đốc trung tâm cho biết, thời gian tới trung tâm tiếp tục rà soát, đề xuất cắt giảm thành phần hồ sơ, số hóa kết quả giải quyết để người dân không phải nộp lại giấy tờ đã có trong cơ sở dữ liệu. Đồng thời, trung tâm đẩy mạnh khảo sát mức độ hài lòng, công khai kết quả để người dân cùng giám sát việc thực thi công vụ.",
      },
      {
        type: "paragraph",
        text: "Cũng theo bà Hoa, hiện vẫn còn một bộ phận người cao tuổi, người dân ở xa trung tâm gặp khó khăn khi thực hiện dịch vụ công trực tuyến. Vì vậy, trung tâm phối hợp với các xã, phường duy trì tổ công nghệ số cộng đồng, hướng dẫn người dân ngay tại thôn, khối phố, bảo đảm không ai bị bỏ lại phía sau trong quá trình chuyển đổi số.",
      },
    ],
    byline: ["THU HÀ"],
    tags: ["Cải cách hành chính", "Chuyển đổi số"],
  },
  {
    key: "hon-2000-ho-dan-vung-cao-dung-nuoc-sach",
    section: "thoi-su",
    status: "in_review",
    author: "phongvien",
    daysAgo: 1,
    hour: 15,
    title: "Hơn 2.000 hộ dân vùng cao được sử dụng nước sạch từ công trình cấp nước mới",
    sapo: "Công trình cấp nước sinh hoạt tập trung xã Lộc Bình vừa được đưa vào sử dụng, đáp ứng nhu cầu nước sạch cho hơn 2.000 hộ dân, chấm dứt tình trạng thiếu nước vào mùa khô kéo dài nhiều năm.",
    body: [
      {
        type: "paragraph",
        text: "Công trình có tổng mức đầu tư gần 38 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi, gồm đập đầu mối, trạm xử lý công suất 1.200 m3/ngày đêm và hơn 30 km đường ống dẫn về các thôn. Nước được xử lý, kiểm tra chất lượng định kỳ theo quy chuẩn trước khi cấp đến hộ dân.",
      },
      {
        type: "paragraph",
        text: "Chị Vy Thị Thoa, thôn Nà Dài vui mừng cho biết, những năm trước cứ đến mùa khô, cả thôn phải đi gánh nước từ khe suối cách nhà hơn 1 km, có hôm phải xếp hàng đến tối. Nay chỉ cần mở vòi là có nước, các gia đình có thời gian chăm lo sản xuất, con cái cũng không phải nghỉ học để đi lấy nước.",
      },
      { type: "caption", text: "Người dân thôn Nà Dài sử dụng nước sạch từ công trình mới", credit: "Ảnh: LỆ THU" },
      {
        type: "paragraph",
        text: "Theo Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, hiện tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh đạt trên 97%, nhưng tỷ lệ sử dụng nước sạch đạt quy chuẩn mới khoảng 60%. Nhiều công trình cũ đã xuống cấp, hoạt động kém hiệu quả, cần được sửa chữa, nâng cấp và có cơ chế quản lý, vận hành bền vững sau đầu tư.",
      },
    ],
    byline: ["LỆ THU"],
    tags: ["Nước sạch", "Nông thôn"],
  },

  // ───────────────────────────── submitted (3) ─────────────────────────────
  {
    key: "htx-thach-den-trang-dinh-mo-rong-vung-nguyen-lieu",
    section: "kinh-te",
    status: "submitted",
    author: "phongvien",
    daysAgo: 0,
    hour: 13,
    title: "Hợp tác xã thạch đen Tràng Định mở rộng vùng nguyên liệu, liên kết với hơn 300 hộ dân",
    sapo: "Từ một cơ sở chế biến nhỏ, Hợp tác xã Nông nghiệp Tân Tiến ở xã Tràng Định đã liên kết với hơn 300 hộ trồng thạch đen, bao tiêu sản phẩm với giá ổn định, giúp nhiều gia đình vùng cao có thu nhập khá.",
    body: [
      {
        type: "paragraph",
        text: "Thạch đen là cây trồng ngắn ngày, phù hợp với thổ nhưỡng, khí hậu vùng đồi thấp ở Tràng Định, mỗi năm cho thu hoạch một vụ vào khoảng tháng 9, tháng 10. Những năm trước, người dân chủ yếu bán thạch đen khô cho thương lái, giá lên xuống thất thường, có năm bán không hết hàng. Từ khi liên kết với hợp tác xã, đầu ra được bảo đảm bằng hợp đồng.",
      },
      {
        type: "paragraph",
        text: "Hợp tác xã hiện có xưởng sơ chế, chế biến thạch đen dạng bột, dạng thạch đóng cốc và nước giải khát, mỗi năm tiêu thụ khoảng 600 tấn nguyên liệu khô. Năm 2026, hợp tác xã đầu tư thêm dây chuyền đóng gói tự động trị giá 1,2 tỷ đồng, nâng công suất gấp đôi, đáp ứng đơn hàng của các siêu thị và đối tác xuất khẩu.",
      },
      { type: "caption", text: "Công nhân Hợp tác xã Nông nghiệp Tân Tiến đóng gói sản phẩm thạch đen", credit: "Ảnh: HỒNG NHUNG" },
      {
        type: "paragraph",
        text: "Ông Lộc Văn Bình, một trong những hộ liên kết đầu tiên, cho biết với 1,5 ha thạch đen, trừ chi phí, mỗi năm gia đình ông thu lãi khoảng 90 triệu đồng. Hợp tác xã hỗ trợ giống, hướng dẫn kỹ thuật canh tác không dùng thuốc diệt cỏ, thu mua tận nhà nên người dân rất yên tâm sản xuất.",
      },
    ],
    byline: ["HỒNG NHUNG"],
    tags: ["Hợp tác xã", "Thạch đen", "OCOP"],
  },
  {
    key: "don-bien-phong-chi-ma-giup-ho-ngheo-xoa-nha-tam",
    section: "bien-gioi",
    status: "submitted",
    author: "phongvien",
    daysAgo: 0,
    hour: 10,
    title: "Đồn Biên phòng Chi Ma góp công, góp sức giúp hộ nghèo xóa nhà tạm trước mùa đông",
    sapo: "Những ngày cuối tháng 11, cán bộ, chiến sĩ Đồn Biên phòng Chi Ma đã cùng chính quyền và người dân xã Lộc Bình hoàn thành ba ngôi nhà mới cho các hộ nghèo, kịp để các gia đình đón mùa đông trong căn nhà vững chãi.",
    body: [
      {
        type: "paragraph",
        text: "Ngôi nhà của chị Hoàng Thị Lự, thôn Bản Chu, trước đây được dựng tạm bằng vách nứa, mái lợp tấm fibro xi măng đã mục, mỗi khi mưa to gió lớn cả nhà phải sang nhờ hàng xóm. Được hỗ trợ 60 triệu đồng từ chương trình xóa nhà tạm, nhà dột nát, cộng với tiền vay mượn họ hàng, gia đình chị đã khởi công xây nhà mới.",
      },
      {
        type: "paragraph",
        text: "Trong hơn một tháng, mỗi ngày đồn cử từ 8 đến 10 cán bộ, chiến sĩ đến giúp vận chuyển vật liệu, đào móng, trộn vữa, xây tường. Nhiều đoạn đường vào thôn hẹp, xe không vào được, bộ đội phải vác từng bao xi măng, xếp từng viên gạch. Tổng cộng, đồn đã hỗ trợ hơn 500 ngày công cho ba ngôi nhà. Chị Lự xúc động chia sẻ:",
      },
      {
        type: "quote",
        text: "Không có các chú bộ đội biên phòng thì mẹ con tôi không biết đến bao giờ mới có được ngôi nhà này. Năm nay cả nhà được đón Tết trong nhà mới rồi.",
      },
      {
        type: "paragraph",
        text: "Thiếu tá Vi Văn Hải, Chính trị viên Đồn Biên phòng Chi Ma cho biết, thời gian tới đơn vị tiếp tục phối hợp với cấp ủy, chính quyền địa phương rà soát các hộ còn khó khăn về nhà ở, vận động các nhà hảo tâm hỗ trợ, góp phần cùng địa phương thực hiện mục tiêu giảm nghèo bền vững ở khu vực biên giới.",
      },
    ],
    byline: ["HOÀNG LONG"],
    tags: ["Biên phòng", "Xóa nhà tạm"],
  },
  {
    key: "thu-vien-tinh-xe-sach-luu-dong-ve-truong-hoc",
    section: "van-hoa-xa-hoi",
    status: "submitted",
    author: "phongvien",
    daysAgo: 1,
    hour: 9,
    title: "Thư viện tỉnh đưa xe sách lưu động về với học sinh các trường vùng khó khăn",
    sapo: "Từ đầu năm học, chiếc xe thư viện lưu động của Thư viện tỉnh đã đến với hơn 30 trường học ở các xã vùng cao, biên giới, mang theo hàng nghìn đầu sách cùng các hoạt động đọc sách, kể chuyện cho học sinh.",
    body: [
      {
        type: "paragraph",
        text: "Mỗi chuyến đi, xe mang theo khoảng 3.000 cuốn sách, truyện thiếu nhi, sách kỹ năng sống, sách tham khảo, cùng máy tính bảng có cài đặt sách điện tử. Tại sân trường, cán bộ thư viện bày sách trên các giá di động, tổ chức thi kể chuyện theo sách, vẽ tranh, giải câu đố. Học sinh được tự do chọn sách, mượn về đọc và trả lại trong chuyến sau.",
      },
      {
        type: "paragraph",
        text: "Em Hoàng Gia Bảo, học sinh lớp 4 Trường Tiểu học xã Cao Lộc, hào hứng khoe đã đọc xong ba cuốn truyện tranh về lịch sử Việt Nam. Cô giáo chủ nhiệm của Bảo cho biết, ở vùng cao, điều kiện tiếp cận sách còn hạn chế, mỗi lần xe sách về là như một ngày hội, nhiều em đứng xếp hàng chờ mượn sách từ sớm.",
      },
      { type: "caption", text: "Học sinh xã Cao Lộc say mê đọc sách bên xe thư viện lưu động", credit: "Ảnh: BẢO NGỌC" },
      {
        type: "paragraph",
        text: "Theo lãnh đạo Thư viện tỉnh, năm nay đơn vị đặt mục tiêu phục vụ 50 trường học, đồng thời phối hợp với các trường xây dựng tủ sách lớp học, hướng dẫn giáo viên tổ chức hoạt động khuyến đọc. Thư viện cũng đang số hóa tài liệu địa chí, giúp bạn đọc tra cứu thông tin về lịch sử, văn hóa xứ Lạng qua mạng internet.",
      },
    ],
    byline: ["BẢO NGỌC"],
    tags: ["Văn hóa đọc", "Giáo dục"],
  },

  // ───────────────────────────── drafts (4) ─────────────────────────────
  {
    key: "vo-co-truyen-chuan-bi-luc-luong-2027",
    section: "the-thao",
    status: "draft",
    author: "phongvien",
    daysAgo: 0,
    hour: 20,
    title: "Võ cổ truyền tích cực chuẩn bị lực lượng vận động viên cho các giải đấu năm 2027",
    sapo: "Đội tuyển võ cổ truyền tỉnh đang bước vào giai đoạn tập huấn cao điểm, hướng tới mục tiêu giành huy chương tại giải vô địch trẻ và giải vô địch quốc gia năm 2027.",
    body: [
      {
        type: "paragraph",
        text: "Tại nhà tập luyện của Trung tâm Huấn luyện và Thi đấu thể thao tỉnh, 18 vận động viên của đội tuyển đang tập luyện hai buổi mỗi ngày với giáo án nặng về thể lực, đòn thế và kỹ thuật quyền. Phần lớn các em ở độ tuổi từ 14 đến 19, được tuyển chọn từ các câu lạc bộ võ thuật ở xã, phường và trường học.",
      },
      {
        type: "paragraph",
        text: "Huấn luyện viên Dương Văn Hùng cho biết, năm qua đội tuyển giành được 2 huy chương vàng, 3 huy chương bạc tại các giải quốc gia. Khó khăn lớn nhất là kinh phí tập huấn, thi đấu còn hạn hẹp, dụng cụ tập luyện đã cũ, một số vận động viên có thành tích tốt phải chuyển sang tỉnh khác thi đấu vì chế độ đãi ngộ chưa hấp dẫn.",
      },
      {
        type: "paragraph",
        text: "Theo kế hoạch, trong năm 2027, đội tuyển sẽ tham dự 4 giải đấu cấp quốc gia, phấn đấu giành từ 3 đến 5 huy chương các loại. Bên cạnh đó, trung tâm sẽ phối hợp với ngành giáo dục phát triển phong trào võ cổ truyền trong trường học, tạo nguồn vận động viên kế cận lâu dài cho thể thao tỉnh nhà.",
      },
      {
        type: "paragraph",
        text: "[Chờ bổ sung ý kiến lãnh đạo trung tâm và số liệu kinh phí năm 2027.] Hiện đội đang được bổ sung thêm một số vận động viên trẻ từ các lớp năng khiếu, đồng thời mời chuyên gia về tập huấn ngắn hạn các nội dung đối kháng, chuẩn bị cho đợt thi đấu đầu tiên vào tháng 3 năm sau.",
      },
    ],
    byline: ["THANH TÙNG"],
    tags: ["Võ cổ truyền"],
  },
  {
    key: "sau-rieng-thanh-long-xuat-khau-qua-tan-thanh",
    section: "kinh-te",
    status: "draft",
    author: "phongvien",
    daysAgo: 2,
    hour: 17,
    title: "Sầu riêng, thanh long chiếm phần lớn lượng trái cây xuất khẩu qua cửa khẩu Tân Thanh",
    sapo: "Mười tháng năm 2026, lượng trái cây xuất khẩu qua cửa khẩu Tân Thanh tăng mạnh, trong đó sầu riêng chiếm tới 60%. Doanh nghiệp thu về hàng trăm triệu USD nhưng cũng đối mặt nhiều rủi ro khi phía bạn siết chặt kiểm tra chất lượng. Nhiều doanh nghiệp cho biết đang rất lo lắng.",
    body: [
      {
        type: "paragraph",
        text: "Theo số liệu của một doanh nghiệp xuất nhập khẩu, mỗi ngày có khoảng 400 xe sầu riêng qua cửa khẩu Tân Thanh. Sầu riêng chủ yếu được đưa từ Đắk Lắk, Đồng Nai và các tỉnh miền Tây lên, đóng trong thùng carton hoặc để rời trong container lạnh. Giá sầu riêng xuất khẩu dao động lớn theo từng thời điểm, có lúc giảm một nửa chỉ sau vài ngày.",
      },
      {
        type: "paragraph",
        text: "Anh Tuấn, một chủ hàng, cho biết có chuyến hàng phải nằm chờ ở bãi gần một tuần do kết quả kiểm tra chất cadimi và vàng O chưa đạt, khiến hàng bị chín, giảm giá trị. Nhiều doanh nghiệp phải chủ động gửi mẫu kiểm nghiệm từ vùng trồng, đầu tư kho lạnh để bảo quản trong thời gian chờ.",
      },
      {
        type: "paragraph",
        text: "Trong khi đó, thanh long là mặt hàng truyền thống, lượng xuất khẩu ổn định nhưng giá thấp. Các chuyên gia cho rằng cần tổ chức lại sản xuất theo hướng có mã số vùng trồng, cơ sở đóng gói được cấp phép, tránh tình trạng mạnh ai nấy làm, tự phá giá lẫn nhau.",
      },
      {
        type: "paragraph",
        text: "Hiện nhiều doanh nghiệp mong muốn cơ quan chức năng sớm có thêm phòng kiểm nghiệm đạt chuẩn ngay tại khu vực cửa khẩu để rút ngắn thời gian chờ kết quả. Một số ý kiến cũng đề nghị tăng cường thông tin về quy định mới của phía bạn để doanh nghiệp chủ động chuẩn bị hàng hóa phù hợp.",
      },
    ],
    byline: ["MINH ĐỨC"],
    tags: ["Cửa khẩu", "Sầu riêng"],
    note: "Trả bài. Đề nghị sửa: 1) Số liệu “400 xe/ngày” và “sầu riêng chiếm 60%” phải lấy từ Hải quan cửa khẩu Tân Thanh hoặc Ban Quản lý Khu kinh tế, không dùng số của doanh nghiệp; bỏ cụm “hàng trăm triệu USD” nếu không có nguồn chính thức. 2) Sapo rút còn tối đa 2 câu, bỏ câu cảm tính “đang rất lo lắng”. 3) Nhân vật “anh Tuấn” cần ghi họ tên đầy đủ, tên doanh nghiệp và được sự đồng ý nêu tên. 4) Bổ sung ý kiến của cơ quan quản lý và 1 ảnh có chú thích. Sửa xong gửi lại trước 16 giờ thứ sáu.",
  },
  {
    key: "gia-rau-xanh-tang-nhe-sau-dot-ret",
    section: "thoi-su",
    status: "draft",
    author: "bientap",
    daysAgo: 0,
    hour: 8,
    title: "Giá rau xanh tại các chợ trung tâm tăng nhẹ sau đợt rét đầu mùa",
    sapo: "Do ảnh hưởng của đợt không khí lạnh kèm mưa phùn, nguồn cung rau xanh tại các chợ trung tâm giảm, giá nhiều loại rau tăng từ 10 đến 20% so với tuần trước.",
    body: [
      {
        type: "paragraph",
        text: "Khảo sát tại chợ Đông Kinh và chợ Giếng Vuông sáng nay cho thấy, rau cải ngọt, cải mơ có giá 18.000–20.000 đồng/kg, tăng khoảng 3.000 đồng/kg; su hào 12.000 đồng/củ; bắp cải 15.000 đồng/kg. Riêng các loại rau gia vị như hành lá, rau mùi tăng mạnh hơn do mưa rét kéo dài làm rau chậm phát triển, dễ bị dập nát.",
      },
      {
        type: "paragraph",
        text: "Bà Đinh Thị Hằng, tiểu thương bán rau lâu năm tại chợ Đông Kinh cho biết, nguồn rau chủ yếu lấy từ các vùng trồng ven đô và một phần từ các tỉnh lân cận. Mấy ngày nay trời rét, lượng rau về chợ ít hơn, chất lượng cũng không đều, người mua thường chọn kỹ hơn, sức mua nhìn chung vẫn ổn định.",
      },
      {
        type: "paragraph",
        text: "Ghi nhận tại các siêu thị, giá rau củ ít biến động hơn do các đơn vị có hợp đồng thu mua ổn định với hợp tác xã. Người tiêu dùng có thể cân nhắc lựa chọn các loại củ như su hào, cà rốt, khoai tây có giá ổn định để thay thế rau lá trong những ngày giá tăng.",
      },
      {
        type: "paragraph",
        text: "Theo dự báo, giá rau có thể tiếp tục tăng nhẹ nếu thời tiết rét đậm kéo dài. Cơ quan quản lý thị trường cho biết sẽ tăng cường kiểm tra việc niêm yết giá, nguồn gốc hàng hóa tại các chợ, không để xảy ra tình trạng lợi dụng thời tiết để đẩy giá bất hợp lý.",
      },
    ],
    byline: ["QUỲNH TRANG"],
    tags: ["Thị trường", "Giá cả"],
  },
  {
    key: "xu-phat-khai-thac-cat-soi-trai-phep-song-ky-cung",
    section: "phap-luat",
    status: "draft",
    author: "phongvien",
    daysAgo: 1,
    hour: 21,
    title: "Xử phạt 14 trường hợp khai thác cát, sỏi trái phép trên sông Kỳ Cùng",
    sapo: "Từ đầu tháng 10 đến nay, lực lượng chức năng đã kiểm tra, phát hiện và xử phạt vi phạm hành chính 14 trường hợp khai thác cát, sỏi trái phép trên sông Kỳ Cùng, tổng số tiền phạt hơn 600 triệu đồng.",
    body: [
      {
        type: "paragraph",
        text: "Qua kiểm tra, nhiều trường hợp sử dụng máy xúc, tàu hút khai thác cát vào ban đêm hoặc sáng sớm để tránh sự phát hiện của lực lượng chức năng. Một số điểm khai thác nằm sát chân cầu, bờ kè, gây sạt lở bờ sông, ảnh hưởng đến đất sản xuất và an toàn của người dân sinh sống ven sông.",
      },
      {
        type: "paragraph",
        text: "Theo thẩm quyền, Chủ tịch uỷ ban nhân dân các xã và cơ quan chức năng đã ra quyết định xử phạt, buộc các cá nhân vi phạm khôi phục lại tình trạng ban đầu của khu vực bị khai thác, tịch thu phương tiện, thiết bị sử dụng vào hành vi vi phạm. Một số trường hợp tái phạm đang được xem xét xử lý theo hướng nghiêm khắc hơn.",
      },
      {
        type: "paragraph",
        text: "Đáng chú ý, tại khu vực giáp ranh giữa các xã, việc quản lý còn chồng chéo, các đối tượng lợi dụng để khai thác rồi di chuyển phương tiện sang địa bàn khác khi bị phát hiện. Cơ quan chức năng đề nghị các xã ven sông tăng cường phối hợp, chia sẻ thông tin, tổ chức kiểm tra liên ngành để xử lý dứt điểm.",
      },
      {
        type: "paragraph",
        text: "Người dân phát hiện hành vi khai thác khoáng sản trái phép có thể báo tin qua đường dây nóng của Sở Nông nghiệp và Môi trường hoặc công an xã, phường gần nhất. Trong thời gian tới, các lực lượng sẽ duy trì kiểm tra đột xuất vào ban đêm tại những điểm nóng.",
      },
    ],
    byline: ["ĐỨC HẢI"],
    tags: ["Khoáng sản", "Môi trường"],
  },

  // ───────────────────────────── unpublished (2) ─────────────────────────────
  {
    key: "kim-ngach-xuat-nhap-khau-qua-cua-khau-10-thang",
    section: "kinh-te",
    status: "unpublished",
    author: "phongvien",
    daysAgo: 14,
    hour: 10,
    title: "Kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh 10 tháng năm 2026 tăng 18%",
    sapo: "Theo số liệu tổng hợp, 10 tháng năm 2026, tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh đạt 9,8 tỷ USD, tăng 18% so với cùng kỳ năm trước.",
    body: [
      {
        type: "paragraph",
        text: "Trong đó, kim ngạch xuất khẩu đạt khoảng 3,6 tỷ USD, nhập khẩu đạt 6,2 tỷ USD. Các mặt hàng xuất khẩu chủ lực gồm trái cây tươi, linh kiện điện tử, gỗ và sản phẩm từ gỗ, hàng dệt may; nhập khẩu chủ yếu là máy móc, thiết bị, nguyên liệu sản xuất và phân bón. Cửa khẩu Hữu Nghị tiếp tục dẫn đầu về kim ngạch, chiếm hơn 70% tổng giá trị hàng hóa qua các cửa khẩu.",
      },
      { type: "caption", text: "Khu vực kiểm hóa hàng xuất khẩu tại cửa khẩu Hữu Nghị", credit: "Ảnh: MINH ĐỨC" },
      {
        type: "paragraph",
        text: "Kết quả trên có được nhờ việc đẩy mạnh chuyển đổi số, vận hành nền tảng cửa khẩu số, kéo dài thời gian làm việc tại các cửa khẩu và tăng cường phối hợp giữa các lực lượng chức năng hai bên biên giới. Số tờ khai hải quan được xử lý tự động trên hệ thống cũng tăng mạnh so với năm trước.",
      },
      {
        type: "paragraph",
        text: "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn cho biết, những tháng cuối năm là thời điểm cao điểm xuất khẩu nông sản, lượng phương tiện qua lại dự báo tiếp tục tăng. Đơn vị đã xây dựng phương án điều tiết, phân luồng phương tiện, phối hợp với phía bạn nhằm bảo đảm hoạt động thông quan diễn ra thông suốt.",
      },
    ],
    byline: ["MINH ĐỨC"],
    tags: ["Xuất nhập khẩu", "Cửa khẩu"],
    note: "Gỡ bài theo chỉ đạo của Tổng biên tập: số liệu kim ngạch (9,8 tỷ USD, tăng 18%) không khớp với báo cáo chính thức của Hải quan và Ban Quản lý Khu kinh tế cửa khẩu; đang chờ xác minh lại với cơ quan cung cấp số liệu. Sẽ đăng lại kèm thông tin đính chính sau khi có số liệu chính xác.",
  },
  {
    key: "lop-hoc-xoa-mu-chu-phu-nu-nguoi-dao-mau-son",
    section: "van-hoa-xa-hoi",
    status: "unpublished",
    author: "phongvien",
    daysAgo: 22,
    hour: 15,
    title: "Lớp học xóa mù chữ giúp phụ nữ người Dao ở Mẫu Sơn tự tin đọc, viết",
    sapo: "Sau giờ lên nương, mỗi buổi tối, gần 30 phụ nữ người Dao ở thôn Khuổi Cải lại đến lớp học xóa mù chữ do giáo viên trường tiểu học trên địa bàn đứng lớp, nhiều người mang theo cả con nhỏ.",
    body: [
      {
        type: "paragraph",
        text: "Lớp học được mở từ tháng 9 tại nhà văn hóa thôn, học viên nhiều tuổi nhất đã ngoài 50, trẻ nhất mới 19 tuổi. Phần lớn các chị chưa từng đến trường hoặc chỉ học vài năm rồi bỏ dở, không biết đọc, viết tiếng phổ thông nên gặp khó khăn khi đi khám bệnh, làm giấy tờ hay bán hàng ở chợ phiên.",
      },
      {
        type: "paragraph",
        text: "Cô giáo Phùng Thị Hạnh, người trực tiếp đứng lớp cho biết, khó khăn lớn nhất là học viên bận việc nhà, việc nương rẫy, nhiều buổi đến muộn hoặc phải nghỉ. Cô thường dạy chữ gắn với những việc gần gũi như đọc tên thuốc, viết tên con, tính tiền bán măng, bán chè, để các chị thấy việc học có ích và đi học đều hơn.",
      },
      { type: "caption", text: "Học viên lớp xóa mù chữ thôn Khuổi Cải trong giờ học buổi tối", credit: "Ảnh: LỆ THU" },
      {
        type: "paragraph",
        text: "Sau hơn hai tháng, nhiều học viên đã đọc được câu ngắn, viết được họ tên và làm được phép tính cộng, trừ đơn giản. Chị Triệu Thị Mẩy, 34 tuổi, vui vẻ kể giờ chị đã tự ký tên khi nhận hỗ trợ của xã, tự đọc được thông báo dán ở nhà văn hóa thôn mà không phải nhờ người khác.",
      },
    ],
    byline: ["LỆ THU"],
    tags: ["Xóa mù chữ", "Giáo dục", "Bình đẳng giới"],
    note: "Gỡ bài theo đề nghị của gia đình nhân vật: bài nêu sai tên và tuổi của học viên; ảnh có trẻ em chưa được cha mẹ đồng ý cho đăng. Phóng viên xác minh lại thông tin, thay ảnh trước khi đề xuất đăng lại.",
  },
];
