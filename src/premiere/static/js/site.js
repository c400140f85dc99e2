// Full-screen photos. Without this script, "Full screen" is a plain link to the large image.
(function () {
  "use strict";
  let dialog = null;
  let opener = null;

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.innerHTML =
      '<button type="button" class="close">Close</button>' +
      '<figure><img alt=""><figcaption></figcaption></figure>';
    dialog.querySelector(".close").addEventListener("click", () => close());
    // Esc fires "cancel" on a modal dialog; route it through close() so history stays in step.
    dialog.addEventListener("cancel", (event) => { event.preventDefault(); close(); });
    dialog.addEventListener("click", (event) => { if (event.target === dialog) close(); });
    document.body.appendChild(dialog);
  }

  function open(link) {
    if (!dialog) build();
    const figure = link.closest("figure");
    const img = figure.querySelector("img");
    const caption = figure.querySelector("figcaption");
    const label = (figure.querySelector(".caption") || {}).textContent || img.alt;
    // Focus returns to the visible control even when the picture itself was clicked.
    opener = figure.querySelector(".fullscreen-button") || link;
    dialog.querySelector("img").src = link.href;
    dialog.querySelector("img").alt = img.alt;
    dialog.querySelector("figcaption").textContent = caption
      ? Array.from(caption.querySelectorAll(".caption, .credit")).map((el) => el.textContent).join(" · ")
      : "";
    dialog.setAttribute("aria-label", "Full screen photo: " + label);
    dialog.showModal();
    dialog.querySelector(".close").focus();
    // The back button closes the photo instead of leaving the story.
    history.pushState({ lightbox: true }, "", "#" + figure.id);
  }

  function close(fromHistory) {
    if (!dialog || !dialog.open) return;
    dialog.close();
    if (opener) opener.focus();
    if (!fromHistory && history.state && history.state.lightbox) history.back();
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-fullscreen]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(link);
  });
  window.addEventListener("popstate", () => close(true));
})();

// Most read: one beacon when a story is read (no cookie; the server counts an address once an
// hour). Without JavaScript nothing is counted.
(function () {
  "use strict";
  const story = document.querySelector("[data-read-url]");
  if (story && navigator.sendBeacon) navigator.sendBeacon(story.dataset.readUrl);
})();
