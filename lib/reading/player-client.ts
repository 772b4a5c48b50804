// The reading pages' player: media-chrome's controls, in Vietnamese, around the browser's own
// <video>/<audio> that the server rendered (components/public/media-blocks.tsx). Bundled into
// public/js/player.js by scripts/build-player.ts and loaded only on pages that play something.
// Without it the reader still has the browser's controls, captions and transcript.
import { addTranslation, setLanguage } from "media-chrome/utils/i18n";
import "media-chrome/media-controller";
import "media-chrome/media-control-bar";
import "media-chrome/media-play-button";
import "media-chrome/media-seek-backward-button";
import "media-chrome/media-seek-forward-button";
import "media-chrome/media-time-range";
import "media-chrome/media-time-display";
import "media-chrome/media-mute-button";
import "media-chrome/media-volume-range";
import "media-chrome/media-captions-button";
import "media-chrome/media-playback-rate-button";
import "media-chrome/media-fullscreen-button";
import "media-chrome/media-loading-indicator";

addTranslation("vi", {
  Audio: "Âm thanh",
  Captions: "Phụ đề",
  "Enable captions": "Bật phụ đề",
  "Disable captions": "Tắt phụ đề",
  "Enter fullscreen mode": "Xem toàn màn hình",
  "Exit fullscreen mode": "Thoát toàn màn hình",
  Mute: "Tắt tiếng",
  Unmute: "Bật tiếng",
  Play: "Phát",
  Pause: "Tạm dừng",
  "Playback rate": "Tốc độ phát",
  "Playback rate {playbackRate}": "Tốc độ phát {playbackRate}",
  "Seek backward": "Lùi lại",
  "Seek forward": "Tua tới",
  Settings: "Cài đặt",
  Auto: "Tự động",
  "audio player": "trình phát âm thanh",
  "video player": "trình phát video",
  volume: "âm lượng",
  seek: "tua",
  "closed captions": "phụ đề",
  "current playback rate": "tốc độ phát hiện tại",
  "playback time": "thời gian phát",
  "media loading": "đang tải",
  play: "phát",
  pause: "tạm dừng",
  mute: "tắt tiếng",
  unmute: "bật tiếng",
  Off: "Tắt",
  "enter fullscreen mode": "xem toàn màn hình",
  "exit fullscreen mode": "thoát toàn màn hình",
  "seek back {seekOffset} seconds": "lùi lại {seekOffset} giây",
  "seek forward {seekOffset} seconds": "tua tới {seekOffset} giây",
  "Network Error": "Lỗi mạng",
  "Decode Error": "Lỗi giải mã",
  "Source Not Supported": "Không phát được tệp này",
  "A network error caused the media download to fail.": "Lỗi mạng, không tải được tệp.",
  "A media error caused playback to be aborted. The media could be corrupt or your browser does not support this format.":
    "Không phát tiếp được: tệp có thể bị hỏng hoặc trình duyệt không hỗ trợ định dạng này.",
  "An unsupported error occurred. The server or network failed, or your browser does not support this format.":
    "Không phát được: lỗi máy chủ, lỗi mạng hoặc trình duyệt không hỗ trợ định dạng này.",
  hour: "giờ",
  hours: "giờ",
  minute: "phút",
  minutes: "phút",
  second: "giây",
  seconds: "giây",
  "{time} remaining": "còn {time}",
  "{currentTime} of {totalTime}": "{currentTime} trên {totalTime}",
  "video not loaded, unknown time.": "video chưa tải, chưa rõ thời lượng.",
});
setLanguage("vi");

// The captions button says on/off with aria-checked, which a role="button" may not carry (axe:
// aria-allowed-attr): it is a switch, and says so, whenever media-chrome sets its role again.
// (Patching its class would not do: custom elements keep the callbacks they were defined with.)
const asSwitch = (button: Element) => {
  if (button.getAttribute("role") !== "switch") button.setAttribute("role", "switch");
};
const roles = new MutationObserver((changes) => changes.forEach((change) => asSwitch(change.target as Element)));

const controls = (kind: "video" | "audio", captions: boolean) =>
  [
    "<media-play-button></media-play-button>",
    '<media-seek-backward-button seekoffset="10"></media-seek-backward-button>',
    '<media-seek-forward-button seekoffset="10"></media-seek-forward-button>',
    "<media-time-range></media-time-range>",
    "<media-time-display showduration></media-time-display>",
    "<media-mute-button></media-mute-button>",
    kind === "video" ? "" : "<media-volume-range></media-volume-range>",
    captions ? "<media-captions-button></media-captions-button>" : "",
    '<media-playback-rate-button rates="0.75 1 1.25 1.5 2"></media-playback-rate-button>',
    kind === "video" ? "<media-fullscreen-button></media-fullscreen-button>" : "",
  ].join("");

for (const box of Array.from(document.querySelectorAll<HTMLElement>("[data-player]"))) {
  const media = box.querySelector<HTMLMediaElement>(":scope > video, :scope > audio");
  if (!media) continue;
  const kind = media.localName === "audio" ? "audio" : "video";
  const controller = document.createElement("media-controller");
  if (kind === "audio") controller.setAttribute("audio", "");
  controller.setAttribute("lang", "vi");
  // The server marks the first captions track default: the controller keeps it showing.
  if (media.querySelector("track[default]")) controller.setAttribute("defaultsubtitles", "");
  media.setAttribute("slot", "media");
  media.removeAttribute("controls");
  box.insertBefore(controller, media);
  controller.appendChild(media);
  if (kind === "video") {
    const loading = document.createElement("media-loading-indicator");
    loading.setAttribute("slot", "centered-chrome");
    loading.setAttribute("noautohide", "");
    controller.appendChild(loading);
  }
  const bar = document.createElement("media-control-bar");
  bar.innerHTML = controls(kind, media.querySelector("track") !== null);
  controller.appendChild(bar);
  for (const button of Array.from(bar.querySelectorAll("media-captions-button"))) {
    asSwitch(button);
    roles.observe(button, { attributeFilter: ["role"] });
  }
}
