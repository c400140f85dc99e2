// The story's form, enhanced: while the desk reads a saved story for facts, the line at the
// top of the form says so; this asks the page again every two seconds and puts the new line
// in place, so the editor sees the facts arrive without reloading (and losing) the form.
// Without this file the line still says to reload.
(function () {
  "use strict";
  const EVERY = 2000;
  const GIVE_UP = 60000;  // the worker may be down: the line already says what to do

  function poll(started) {
    const summary = document.getElementById("facts-summary");
    if (!summary || !summary.hasAttribute("data-reading")) return;
    if (Date.now() - started > GIVE_UP) return;
    window.setTimeout(async function () {
      let html;
      try {
        const response = await fetch(window.location.href, { credentials: "same-origin" });
        if (!response.ok) return;
        html = await response.text();
      } catch (error) {
        return;
      }
      const fresh = new DOMParser().parseFromString(html, "text/html")
        .getElementById("facts-summary");
      if (!fresh) return;
      fresh.querySelectorAll(".reload-hint").forEach(function (hint) { hint.remove(); });
      summary.replaceChildren(...fresh.childNodes);
      if (!fresh.hasAttribute("data-reading")) {
        summary.removeAttribute("data-reading");
        return;
      }
      poll(started);
    }, EVERY);
  }

  document.addEventListener("DOMContentLoaded", function () {
    // This page says when the facts arrive: no need to tell the editor to reload.
    document.querySelectorAll("#facts-summary .reload-hint").forEach(function (hint) {
      hint.remove();
    });
    poll(Date.now());
  });
})();
