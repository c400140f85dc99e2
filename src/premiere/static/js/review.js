// The review page of suggested facts, enhanced: each decision is sent without leaving the
// page, the panel is redrawn in place, and focus goes to the next thing to decide. Without
// this file every form still works (the server brings the editor back to the same place).
(function () {
  "use strict";
  const HEADER = "X-Review-Fragment";

  // The cards after the one decided, then before it, nearest first: the next to decide is
  // the one that takes its place, not the first of the page.
  function neighbours(card) {
    const cards = Array.from(document.querySelectorAll("#review .review-card"));
    const at = cards.indexOf(card);
    if (at < 0) return [];
    return cards.slice(at + 1).concat(cards.slice(0, at).reverse()).map(function (c) {
      return c.id;
    });
  }

  function nextFocus(panel, cardId, failed, near) {
    if (failed) {
      const card = panel.querySelector("#" + cardId);
      return card && (card.querySelector("[aria-invalid]") || card.querySelector("button"));
    }
    // The card itself, not its Accept: a second Enter must not decide a card unread. A card
    // an Undo brought back to decide is where the editor's eyes go.
    const back = cardId && panel.querySelector("#" + cardId + ".review-card");
    if (back) return back;
    // (only cards still to decide: a card decided along with this one, a new title's own
    // facts, has moved to the decided list under the same id)
    for (const id of near) {
      const card = panel.querySelector("#" + id + ".review-card");
      if (card) return card;
    }
    return panel.querySelector(".review-card") || panel.querySelector("#review-status");
  }

  document.addEventListener("submit", async function (event) {
    const form = event.target.closest("form[data-review]");
    if (!form) return;
    event.preventDefault();
    const data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    const card = form.closest("[id^='s-']");
    const near = card ? neighbours(card) : [];
    const buttons = form.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    let response;
    try {
      response = await fetch(form.getAttribute("action") || window.location.href, {
        method: "POST", body: data, credentials: "same-origin",
        headers: { [HEADER]: "1" },
      });
    } catch (error) {
      buttons.forEach(function (b) { b.disabled = false; });
      form.submit();  // the network hiccuped: fall back to a plain post
      return;
    }
    // 400: a field to put right; 409: the story changed; 500: the desk's own fault, said in
    // the panel. Anything else (a lost session, a proxy's page): the page again.
    if (!response.ok && ![400, 409, 500].includes(response.status)) {
      window.location.reload();
      return;
    }
    const holder = document.createElement("div");
    holder.innerHTML = await response.text();
    const fresh = holder.querySelector("#review");
    const panel = document.getElementById("review");
    if (!fresh || !panel) { window.location.reload(); return; }
    const top = window.scrollY;
    panel.replaceWith(fresh);
    window.scrollTo(0, top);
    const target = nextFocus(fresh, card ? card.id : "", response.status === 400, near);
    if (target) {
      if (!target.hasAttribute("tabindex") && !target.matches("button, input, select")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus({ preventScroll: true });
      // The page stays where the editor was, unless the card to decide next is out of sight
      // (an Undo far down the decided list brings back a card far above it) or under the
      // message stuck at the top.
      const box = target.getBoundingClientRect();
      const status = fresh.querySelector(".review-status");
      const covered = status ? status.getBoundingClientRect().bottom : 0;
      if (box.top < covered || box.top > window.innerHeight) {
        target.scrollIntoView({ block: "center" });
      }
    }
  });
})();
