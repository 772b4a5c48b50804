/* Tòa soạn — the story page's photo galleries, embeds and zoomable infographics.
   Progressive enhancement of server-rendered HTML (components/public/media-blocks.tsx): without
   this file every photo reads in order, an embed is a link, an infographic opens at full size. */
/* global window, document, requestAnimationFrame, cancelAnimationFrame */
(function () {
  "use strict";
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function gallery(root) {
    var track = root.querySelector(".gallery-track");
    var controls = root.querySelector("[data-gallery-controls]");
    var prev = root.querySelector("[data-gallery-prev]");
    var next = root.querySelector("[data-gallery-next]");
    var counter = root.querySelector("[data-gallery-counter]");
    if (!track || !controls || !prev || !next || !counter) return;
    var slides = track.children;
    var count = slides.length;
    var current = 0;
    var frame = 0;
    // Where a button or key sent the strip: scroll events on the way there are not the reader's.
    var target = -1;
    root.classList.add("is-enhanced");
    controls.hidden = false;
    // The strip scrolls sideways: keyboard users reach it and its arrow keys.
    track.setAttribute("tabindex", "0");
    track.setAttribute("aria-label", root.getAttribute("aria-label") || "");

    function update(index) {
      current = index;
      counter.textContent = index + 1 + " / " + count;
      prev.disabled = index === 0;
      next.disabled = index === count - 1;
    }
    function go(index, instant) {
      index = Math.max(0, Math.min(count - 1, index));
      target = instant || reduced ? -1 : index;
      track.scrollTo({ left: index * track.clientWidth, behavior: instant || reduced ? "auto" : "smooth" });
      update(index);
    }
    prev.addEventListener("click", function () {
      go(current - 1);
    });
    next.addEventListener("click", function () {
      go(current + 1);
    });
    root.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var to = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: count - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      go(to);
    });
    // A swipe (or a trackpad) scrolls the strip; the counter follows the photo it settles on.
    track.addEventListener(
      "scroll",
      function () {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(function () {
          var exact = track.scrollLeft / Math.max(1, track.clientWidth);
          var index = Math.max(0, Math.min(count - 1, Math.round(exact)));
          if (target >= 0) {
            if (Math.abs(exact - target) < 0.02) target = -1;
            return;
          }
          if (index !== current) update(index);
        });
      },
      { passive: true },
    );
    // A finger or a wheel takes over from a scroll the buttons started.
    ["pointerdown", "touchstart", "wheel"].forEach(function (type) {
      track.addEventListener(
        type,
        function () {
          target = -1;
        },
        { passive: true },
      );
    });
    window.addEventListener("resize", function () {
      go(current, true);
    });
    update(0);
  }

  // Only the providers' frame addresses the server writes (lib/stories/blocks.ts, parseEmbedUrl).
  var frames = /^https:\/\/www\.(youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}$|tiktok\.com\/embed\/v2\/\d+$|facebook\.com\/plugins\/video\.php\?)/;

  function embed(box) {
    var src = box.getAttribute("data-embed") || "";
    var button = box.querySelector("[data-embed-load]");
    if (!button || !frames.test(src)) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      // One click should play: the reader has already asked for the video.
      frame.src = src.indexOf("youtube-nocookie.com") > 0 ? src + "?autoplay=1" : src;
      frame.title = box.getAttribute("data-embed-title") || "";
      frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture; web-share";
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox");
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      box.textContent = "";
      box.appendChild(frame);
      frame.focus();
    });
  }

  function zoom(link) {
    if (typeof HTMLDialogElement !== "function") return;
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      var small = link.querySelector("img");
      var dialog = document.createElement("dialog");
      dialog.className = "zoom-dialog";
      dialog.setAttribute("aria-label", small ? small.alt : "");
      var close = document.createElement("button");
      close.type = "button";
      close.className = "zoom-close";
      close.textContent = link.getAttribute("data-zoom-close") || "×";
      var scroller = document.createElement("div");
      scroller.className = "zoom-scroll";
      scroller.setAttribute("tabindex", "0");
      var big = document.createElement("img");
      big.src = link.href;
      big.alt = small ? small.alt : "";
      scroller.appendChild(big);
      dialog.appendChild(scroller);
      dialog.appendChild(close);
      document.body.appendChild(dialog);
      close.addEventListener("click", function () {
        dialog.close();
      });
      dialog.addEventListener("close", function () {
        dialog.remove();
        link.focus();
      });
      dialog.showModal();
      close.focus();
    });
  }

  var i;
  var found = document.querySelectorAll("[data-gallery]");
  for (i = 0; i < found.length; i++) gallery(found[i]);
  found = document.querySelectorAll("[data-embed]");
  for (i = 0; i < found.length; i++) embed(found[i]);
  found = document.querySelectorAll("[data-zoom-link]");
  for (i = 0; i < found.length; i++) zoom(found[i]);
})();
