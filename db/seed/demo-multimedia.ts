// The demo paper's multimedia: a photo story, a video with Vietnamese captions, a podcast episode,
// an E-magazine long read and an infographic, so each kind's page can be seen on a fresh demo.
// The files (db/seed/media, CREDITS.md there) are small and committed; they are known files, so
// they are stored without ffmpeg (the demo runs on a bare machine) with what ffprobe read of them
// when they were made, and the video's poster is the photo it was made from.
import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import type { RichTextNode } from "@/db/schema";
import { recordLibraryImage, storeImageFiles, type StoredImage } from "@/lib/media/commands";
import { mediaSummary } from "@/lib/media/queries";
import { mediaKey, mediaStorage, newMediaStem } from "@/lib/media/storage";
import type { BodyBlock } from "@/lib/stories/body";
import type { DemoStory } from "./demo-stories";

export const demoMediaDir = path.join(process.cwd(), "db", "seed", "media");

type SeedPhoto = { id: number; src: string; caption: string; credit: string; alt: string };

/** The files stored (before the seed's transaction, like the photos): their keys and the infographic's variants. */
export type StoredDemoMedia = { video: { key: string; size: number }; track: string; audio: { key: string; size: number }; infographic: StoredImage };

export async function storeDemoMedia(): Promise<StoredDemoMedia> {
  const storage = mediaStorage();
  const read = (file: string) => fs.promises.readFile(path.join(demoMediaDir, file));
  const put = async (file: string, ext: "mp4" | "mp3" | "vtt", type: string) => {
    const data = await read(file);
    const key = mediaKey(newMediaStem(), "original", ext);
    await storage.put(key, data, type);
    return { key, size: data.length };
  };
  const video = await put("mat-ho-binh-minh.mp4", "mp4", "video/mp4");
  const track = (await put("mat-ho-binh-minh.vi.vtt", "vtt", "text/vtt; charset=utf-8")).key;
  const audio = await put("nhac-hieu.mp3", "mp3", "audio/mpeg");
  const infographic = await storeImageFiles(await read("kinh-te-10-thang.png"));
  return { video, track, audio, infographic };
}

/** Every key storeDemoMedia wrote, for the seed to remove if its transaction fails. */
export const demoMediaKeys = (stored: StoredDemoMedia) => [stored.video.key, stored.track, stored.audio.key, ...stored.infographic.keys];

export type DemoLibrary = { photos: Map<string, SeedPhoto>; videoId: number; audioId: number; infographic: SeedPhoto };

/** The library rows of the stored files, uploaded by the demo's photographer. */
export async function recordDemoMedia(db: Database, stored: StoredDemoMedia, photos: Map<string, SeedPhoto>, uploadedById: number): Promise<DemoLibrary> {
  const poster = photos.get("mat-ho-binh-minh.jpg")!;
  const [video] = await db
    .insert(t.media)
    .values({
      kind: "video",
      storageKey: stored.video.key,
      mimeType: "video/mp4",
      originalName: "mat-ho-binh-minh.mp4",
      size: stored.video.size,
      width: 640,
      height: 360,
      durationMs: 8000,
      probe: { container: "mp4", videoCodec: "h264", audioCodec: "aac", bitRate: 103_223 },
      posterMediaId: poster.id,
      tracks: [{ key: stored.track, lang: "vi", label: "Tiếng Việt", kind: "captions" }],
      transcript: "Bình minh trên mặt hồ vùng cao xứ Lạng. Hình ảnh minh họa cho bản trình diễn Tòa soạn.",
      caption: "Bình minh trên mặt hồ vùng cao. Video minh họa",
      credit: "Video: Tòa soạn, từ ảnh của Risto Saukonpää, GPL 2+",
      uploadedById,
    })
    .returning({ id: t.media.id });
  const [audio] = await db
    .insert(t.media)
    .values({
      kind: "audio",
      storageKey: stored.audio.key,
      mimeType: "audio/mpeg",
      originalName: "nhac-hieu.mp3",
      size: stored.audio.size,
      durationMs: 12_042,
      probe: { container: "mp3", videoCodec: null, audioCodec: "mp3", bitRate: 48_150 },
      transcript: "Nhạc hiệu chương trình Phát thanh Xứ Lạng (không lời).",
      caption: "Nhạc hiệu Phát thanh Xứ Lạng. Âm thanh minh họa",
      credit: "Tòa soạn, CC0",
      uploadedById,
    })
    .returning({ id: t.media.id });
  const graphic = await recordLibraryImage(db, stored.infographic, {
    fileName: "kinh-te-10-thang.png",
    caption: "Kinh tế xứ Lạng 10 tháng năm 2026 qua những con số. Số liệu minh họa",
    credit: "Đồ họa: MINH ANH",
    alt: "Biểu đồ thanh: tăng trưởng GRDP, thu ngân sách, kim ngạch xuất nhập khẩu, khách du lịch và sản phẩm OCOP mới của tỉnh",
    uploadedById,
  });
  const summary = mediaSummary(graphic);
  return {
    photos,
    videoId: video!.id,
    audioId: audio!.id,
    infographic: { id: graphic.id, src: summary.url, caption: graphic.caption, credit: graphic.credit, alt: graphic.alt },
  };
}

export type MultimediaStory = Omit<DemoStory, "body" | "author"> & {
  kind: t.StoryKind;
  author: DemoStory["author"] | "phongvienanh";
  body: BodyBlock[];
  cover?: SeedPhoto;
};

const p = (text: string): BodyBlock => ({ type: "paragraph", text });
const node = (value: RichTextNode): BodyBlock => ({ type: "node", node: value });
const galleryPhoto = (photo: SeedPhoto) => ({ mediaId: photo.id, src: photo.src, alt: photo.alt, caption: photo.caption, credit: photo.credit });

/** The five stories, one per new kind, published over the last two days. */
export function demoMultimediaStories(lib: DemoLibrary): MultimediaStory[] {
  const photo = (file: string) => lib.photos.get(file)!;
  const gallery = ["nui-mua-thu.jpg", "duong-mon-len-nui.jpg", "suoi-trong-rung.jpg", "la-mua-thu.jpg", "mat-ho-binh-minh.jpg", "hoang-hon-tren-nui.jpg"].map(
    (file) => galleryPhoto(photo(file)),
  );
  const common = { status: "published" as const, section: "van-hoa-xa-hoi" as const };
  return [
    {
      ...common,
      key: "xu-lang-mua-thu-qua-ong-kinh",
      kind: "photo",
      author: "phongvienanh",
      daysAgo: 0,
      hour: 6,
      title: "Xứ Lạng mùa thu qua ống kính",
      sapo: "– Núi đá, suối rừng và mặt hồ vùng cao những ngày cuối thu, qua ống kính phóng viên ảnh.",
      body: [
        p("Cuối thu, khi nắng đã dịu và sương còn vương trên sườn núi, cảnh sắc vùng cao đẹp nhất trong năm. Bộ ảnh ghi lại những khoảnh khắc ấy."),
        node({ type: "gallery", attrs: { items: gallery } }),
      ],
      byline: ["QUANG HUY"],
      tags: ["Du lịch", "Phóng sự ảnh"],
      cover: photo("nui-mua-thu.jpg"),
    },
    {
      ...common,
      key: "binh-minh-tren-ho-vung-cao",
      kind: "video",
      author: "phongvienanh",
      daysAgo: 0,
      hour: 9,
      title: "Video: Bình minh trên hồ vùng cao",
      sapo: "– Tám giây bình minh trên mặt hồ phẳng lặng, có phụ đề tiếng Việt.",
      body: [
        node({ type: "video", attrs: { mediaId: lib.videoId, caption: "Bình minh trên mặt hồ vùng cao. Video minh họa", credit: "Video: QUANG HUY" } }),
        p("Mặt hồ phản chiếu bầu trời hồng tím lúc trời vừa sáng."),
      ],
      byline: ["QUANG HUY"],
      tags: ["Du lịch"],
      cover: photo("mat-ho-binh-minh.jpg"),
    },
    {
      ...common,
      key: "podcast-xu-lang-so-thu-nghiem",
      kind: "audio",
      author: "phongvien",
      daysAgo: 1,
      hour: 18,
      title: "Podcast Xứ Lạng – số thử nghiệm: nhạc hiệu mới của chương trình",
      sapo: "– Phát thanh Xứ Lạng ra mắt nhạc hiệu mới trước khi lên sóng các số podcast hằng tuần.",
      body: [
        node({ type: "audio", attrs: { mediaId: lib.audioId, caption: "Nhạc hiệu Phát thanh Xứ Lạng", credit: "Phát thanh Xứ Lạng" } }),
        p("Từ tháng tới, các bản tin và phóng sự phát thanh của báo sẽ có trên trang và trên các ứng dụng nghe podcast."),
      ],
      byline: ["PHƯƠNG DUNG"],
      tags: ["Podcast"],
    },
    {
      ...common,
      key: "mau-son-bon-mua-may-nui",
      kind: "emagazine",
      author: "phongvien",
      daysAgo: 1,
      hour: 7,
      title: "Mẫu Sơn – bốn mùa mây núi",
      sapo: "– Ở độ cao hơn 1.500 mét, Mẫu Sơn có đủ bốn mùa trong một năm và đôi khi trong một ngày.",
      body: [
        node({ type: "chapter", attrs: { title: "Mùa xuân: hoa đào nở muộn" } }),
        p("Khi dưới xuôi hoa đào đã tàn, trên đỉnh Mẫu Sơn những cây đào cổ thụ mới bắt đầu trổ bông. Người Dao ở đây gọi đó là mùa của khách phương xa."),
        node({ type: "figure", attrs: { ...galleryPhoto(photo("hoa-vuon.jpg")), width: "full" } }),
        node({ type: "pullQuote", attrs: { text: "Mây ở đây không trôi trên đầu mà đi ngang qua trước mặt.", cite: "Một du khách Hà Nội" } }),
        node({ type: "chapter", attrs: { title: "Mùa đông: băng giá trên đỉnh núi" } }),
        p(
          "Những năm rét đậm, nhiệt độ xuống dưới 0 độ C, băng giá phủ trắng cành cây. Chính quyền lập chốt, nhắc du khách chuẩn bị đủ áo ấm và xích chống trượt cho xe.",
        ),
        node({ type: "imagePair", attrs: { items: [galleryPhoto(photo("duong-rung-thong.jpg")), galleryPhoto(photo("reu-rung.jpg"))] } }),
        p("Dù mùa nào, Mẫu Sơn cũng giữ được vẻ hoang sơ mà người xứ Lạng tự hào."),
      ],
      byline: ["PHƯƠNG DUNG"],
      tags: ["Du lịch", "Mẫu Sơn"],
      cover: photo("nui-mua-thu.jpg"),
    },
    {
      ...common,
      section: "kinh-te",
      key: "kinh-te-xu-lang-10-thang-qua-nhung-con-so",
      kind: "infographic",
      author: "phongvien",
      daysAgo: 2,
      hour: 16,
      title: "Infographic: Kinh tế xứ Lạng 10 tháng năm 2026 qua những con số",
      sapo: "– Tăng trưởng, thu ngân sách, xuất nhập khẩu, du lịch và sản phẩm OCOP sau 10 tháng.",
      body: [
        node({
          type: "infographic",
          attrs: {
            mediaId: lib.infographic.id,
            src: lib.infographic.src,
            alt: lib.infographic.alt,
            caption: lib.infographic.caption,
            credit: lib.infographic.credit,
            text: "Kinh tế xứ Lạng 10 tháng năm 2026 qua những con số (số liệu minh họa): tăng trưởng GRDP 8,2 %; thu ngân sách 12.000 tỷ đồng; kim ngạch xuất nhập khẩu 5,1 tỷ USD; khách du lịch 4,2 triệu lượt; 18 sản phẩm OCOP mới.",
          },
        }),
      ],
      byline: ["MINH ANH"],
      tags: ["Kinh tế"],
    },
  ];
}
