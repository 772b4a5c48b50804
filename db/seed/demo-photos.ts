// The demo paper's photos: freely licensed landscapes and nature shots from Debian's wallpaper
// packages (db/seed/photos/CREDITS.md names each file's package, author and licence), resized
// small and committed, so nothing is downloaded. Captions say "Ảnh minh họa": the places in the
// pictures are not the invented places of the demo stories.
import path from "node:path";

export const demoPhotoDir = path.join(process.cwd(), "db", "seed", "photos");

export type DemoPhoto = { file: string; caption: string; credit: string; alt: string };

export const demoPhotos = [
  {
    file: "nui-mua-thu.jpg",
    caption: "Núi rừng vùng cao vào thu. Ảnh minh họa",
    credit: "Ảnh: Aitzol Berasategi, CC BY 4.0",
    alt: "Dãy núi đá xám phía sau sườn đồi cỏ xanh và rừng cây lá vàng, đỏ",
  },
  {
    file: "duong-mon-len-nui.jpg",
    caption: "Đường mòn men theo sườn núi đá. Ảnh minh họa",
    credit: "Ảnh: Aitzol Berasategi, CC BY 4.0",
    alt: "Con đường mòn đất nhỏ băng qua đồng cỏ dẫn về phía dãy núi đá còn tuyết",
  },
  {
    file: "hoang-hon-tren-nui.jpg",
    caption: "Hoàng hôn trên đỉnh núi. Ảnh minh họa",
    credit: "Ảnh: Aitzol Berasategi, CC BY 4.0",
    alt: "Mặt trời lặn sau những dãy núi xa, tiền cảnh là đỉnh núi đá",
  },
  {
    file: "suoi-trong-rung.jpg",
    caption: "Dòng suối chảy qua khe đá trong rừng. Ảnh minh họa",
    credit: "Ảnh: Aitzol Berasategi, CC BY 4.0",
    alt: "Suối nhỏ chảy qua những tảng đá phủ rêu giữa rừng cây",
  },
  {
    file: "cho-nha.jpg",
    caption: "Chú chó nhà bên khung cửa gỗ. Ảnh minh họa",
    credit: "Ảnh: Aitzol Berasategi, CC BY 4.0",
    alt: "Hai chú chó lông nâu nhìn ra từ cửa một ngôi nhà gỗ",
  },
  {
    file: "canh-dong-bo-cong-anh.jpg",
    caption: "Cánh đồng hoa bồ công anh trong nắng sớm. Ảnh minh họa",
    credit: "Ảnh: Clemens Engelhardt, CC0",
    alt: "Những bông bồ công anh trắng trên cánh đồng cỏ, nắng chiếu ngược",
  },
  {
    file: "tan-la-tren-troi-xanh.jpg",
    caption: "Tán cây ăn quả dưới nắng. Ảnh minh họa",
    credit: "Ảnh: Bolly, CC BY-SA 4.0",
    alt: "Cành lá xanh nổi trên nền trời xanh",
  },
  {
    file: "day-cap-cau.jpg",
    caption: "Dây văng của một cây cầu qua sông. Ảnh minh họa",
    credit: "Ảnh: Sander Klootwijk, CC BY-SA 4.0",
    alt: "Những sợi cáp cầu chéo trên nền trời xanh và bãi cát",
  },
  {
    file: "chim-tren-than-cay.jpg",
    caption: "Chim rừng trên thân cây cổ thụ. Ảnh minh họa",
    credit: "Ảnh: Lukas Baubkus, CC BY-SA 3.0",
    alt: "Một chú chim nhỏ bám trên thân cây có vỏ sần",
  },
  {
    file: "giot-nuoc.jpg",
    caption: "Giọt nước sạch. Ảnh minh họa",
    credit: "Ảnh: Charles Barbin, GPL 2+",
    alt: "Giọt nước rơi xuống mặt nước trong tạo thành vòng sóng",
  },
  {
    file: "la-xanh.jpg",
    caption: "Lá cây xanh mướt sau mưa. Ảnh minh họa",
    credit: "Ảnh: Lennart Poettering, Andrea Cimitan, GPL 2+",
    alt: "Cận cảnh gân lá xanh non",
  },
  {
    file: "bai-co-ven-song.jpg",
    caption: "Bãi cỏ lau ven sông mùa khô. Ảnh minh họa",
    credit: "Ảnh: Marco Cogoni, Hylke Bons, GPL 2+",
    alt: "Những ngọn cỏ lau vàng trước mặt nước xanh",
  },
  {
    file: "hoa-vuon.jpg",
    caption: "Hoa nở trong vườn nhà. Ảnh minh họa",
    credit: "Ảnh: Charles Barbin, GPL 2+",
    alt: "Bông hoa đỏ cam nở trên nền vườn xanh",
  },
  {
    file: "ma-lua-non.jpg",
    caption: "Mạ non xanh mướt đầu vụ. Ảnh minh họa",
    credit: "Ảnh: Timothy Schellhase, Lapo Calamandrei, GPL 2+",
    alt: "Những lá mạ non xanh dày đặc",
  },
  {
    file: "bo-rua.jpg",
    caption: "Bọ rùa trên ngọn cỏ – thiên địch có ích của nhà nông. Ảnh minh họa",
    credit: "Ảnh: Charles Barbin, GPL 2+",
    alt: "Con bọ rùa đỏ đậu trên ngọn cỏ giữa những bông hoa nhỏ màu xanh",
  },
  {
    file: "mua-tren-la.jpg",
    caption: "Mưa phùn đọng trên lá. Ảnh minh họa",
    credit: "Ảnh: blackcombwhistler07, GPL 2+",
    alt: "Những giọt mưa đọng trên lá cây xanh",
  },
  {
    file: "duong-truoc-con-giong.jpg",
    caption: "Mây đen kéo đến trên tuyến đường liên tỉnh. Ảnh minh họa",
    credit: "Ảnh: Sergey Nazarov, GPL 2+",
    alt: "Con đường thẳng dưới bầu trời mây đen trước cơn giông",
  },
  {
    file: "hat-bo-cong-anh.jpg",
    caption: "Hạt bồ công anh bay trong gió. Ảnh minh họa",
    credit: "Ảnh: Charles Barbin, Hylke Bons, GPL 2+",
    alt: "Hai hạt bồ công anh bay trên nền vàng cam",
  },
  {
    file: "hoa-cuc-vang.jpg",
    caption: "Hoa cúc vàng, nguyên liệu làm trà. Ảnh minh họa",
    credit: "Ảnh: Charles Barbin, GPL 2+",
    alt: "Cận cảnh bông cúc vàng",
  },
  {
    file: "ben-song.jpg",
    caption: "Bến sông lúc chiều muộn. Ảnh minh họa",
    credit: "Ảnh: Maciej Wiklo, GPL 2+",
    alt: "Cầu gỗ nhô ra mặt sông, bờ bên kia là rặng cây",
  },
  {
    file: "cau-go-trong-suong.jpg",
    caption: "Sương mù bao phủ mặt hồ những ngày rét. Ảnh minh họa",
    credit: "Ảnh: Risto Saukonpää, GPL 2+",
    alt: "Cầu gỗ chìm trong sương mù dày trên mặt hồ",
  },
  {
    file: "ho-luc-chang-vang.jpg",
    caption: "Mặt hồ lúc chạng vạng. Ảnh minh họa",
    credit: "Ảnh: Risto Saukonpää, GPL 2+",
    alt: "Mặt hồ phẳng lặng và rặng cây tối dưới bầu trời xanh thẫm",
  },
  {
    file: "thuyen-tren-ho.jpg",
    caption: "Thuyền neo bên bờ hồ lúc hoàng hôn. Ảnh minh họa",
    credit: "Ảnh: Ian Hex, GPL 2+",
    alt: "Những chiếc thuyền gỗ neo trên bãi đá, phía xa là núi và trời hoàng hôn",
  },
  {
    file: "la-mua-thu.jpg",
    caption: "Lá khô rụng đầy lối đi đầu mùa đông. Ảnh minh họa",
    credit: "Ảnh: Martin Klapetek, GPL 2+",
    alt: "Chiếc lá phong khô nằm giữa thảm lá rụng",
  },
  {
    file: "dieu-tren-troi.jpg",
    caption: "Cánh diều trên bầu trời xanh. Ảnh minh họa",
    credit: "Ảnh: Risto Saukonpää, GPL 2+",
    alt: "Cánh diều nhiều màu bay giữa trời xanh mây trắng",
  },
  {
    file: "reu-rung.jpg",
    caption: "Thảm rêu dưới tán rừng già. Ảnh minh họa",
    credit: "Ảnh: Risto Saukonpää, GPL 2+",
    alt: "Cận cảnh thảm rêu xanh, giữa có một ngọn rêu màu cam",
  },
  {
    file: "duong-rung-thong.jpg",
    caption: "Lối mòn xuyên rừng thông. Ảnh minh họa",
    credit: "Ảnh: Risto Saukonpää, GPL 2+",
    alt: "Lối mòn nhỏ giữa những hàng thân thông thẳng",
  },
  {
    file: "mat-ho-binh-minh.jpg",
    caption: "Bình minh trên mặt hồ vùng cao. Ảnh minh họa",
    credit: "Ảnh: Risto Saukonpää, GPL 2+",
    alt: "Mặt hồ phẳng lặng phản chiếu bầu trời hồng tím lúc bình minh",
  },
] as const satisfies readonly DemoPhoto[];

export type DemoPhotoFile = (typeof demoPhotos)[number]["file"];

/**
 * Which photo each demo story wears: its cover, and the photo of its figure (the one caption
 * block every demo story has). A few stories keep no picture, as real ones do; on stories that
 * reached the desk's approval, a figure without a photo is dropped (it could not be approved).
 */
export const demoStoryPhotos: Record<string, { cover?: DemoPhotoFile; figure?: DemoPhotoFile }> = {
  "phuong-trung-tam-ra-quan-chinh-trang-do-thi": { cover: "hoa-vuon.jpg", figure: "la-xanh.jpg" },
  "cua-khau-tan-thanh-thong-quan-nong-san": { cover: "ma-lua-non.jpg", figure: "day-cap-cau.jpg" },
  "bao-lam-to-tu-quan-duong-bien-cot-moc": { cover: "duong-mon-len-nui.jpg", figure: "nui-mua-thu.jpg" },
  "ngay-hoi-van-hoa-du-lich-bac-son": { cover: "hoang-hon-tren-nui.jpg", figure: "canh-dong-bo-cong-anh.jpg" },
  "giai-viet-da-vi-suc-khoe-cong-dong": { cover: "duong-rung-thong.jpg" },
  "triet-pha-duong-day-van-chuyen-ma-tuy-qua-bien-gioi": { cover: "cau-go-trong-suong.jpg" },
  "hoi-duoc-mua-duoc-gia-van-quan": { cover: "bai-co-ven-song.jpg", figure: "hat-bo-cong-anh.jpg" },
  "tai-nan-giao-thong-10-thang-giam-ca-ba-tieu-chi": { cover: "duong-truoc-con-giong.jpg" },
  "be-mac-giai-bong-chuyen-hoi-nguoi-cao-tuoi": { cover: "dieu-tren-troi.jpg" },
  "tuan-tra-song-phuong-bien-gioi-hoa-binh-huu-nghi": { cover: "suoi-trong-rung.jpg", figure: "reu-rung.jpg" },
  "khong-khi-lanh-dau-mua-mau-son-duoi-7-do": { cover: "mua-tren-la.jpg", figure: "la-mua-thu.jpg" },
  "luc-luong-vu-trang-giup-dan-thu-hoach-lua-mua": { cover: "canh-dong-bo-cong-anh.jpg" },
  "vu-na-2026-san-luong-42000-tan": { cover: "tan-la-tren-troi-xanh.jpg", figure: "chim-tren-than-cay.jpg" },
  "chan-am-ao-am-cho-hoc-sinh-ban-tru-vung-cao": { cover: "la-mua-thu.jpg" },
  "them-18-san-pham-dat-chuan-ocop": { cover: "hoa-cuc-vang.jpg", figure: "bo-rua.jpg" },
  // The reporter put the cover first in the body too: the page prints it once.
  "mau-son-phat-trien-du-lich-bon-mua": { cover: "nui-mua-thu.jpg", figure: "nui-mua-thu.jpg" },
  "bien-phong-nhan-do-dau-45-hoc-sinh-ngheo": { cover: "ben-song.jpg" },
  "khoi-tranh-giai-bong-da-thieu-nien-nhi-dong": { cover: "canh-dong-bo-cong-anh.jpg" },
  "kim-ngach-xuat-nhap-khau-qua-cua-khau-10-thang": { cover: "thuyen-tren-ho.jpg" },
  "khu-kinh-te-cua-khau-thu-hut-du-an-logistics": { cover: "duong-truoc-con-giong.jpg" },
  "gin-giu-hat-then-dan-tinh-xu-lang": { cover: "ho-luc-chang-vang.jpg", figure: "mat-ho-binh-minh.jpg" },
  "hon-2000-ho-dan-vung-cao-dung-nuoc-sach": { cover: "giot-nuoc.jpg" },
};
