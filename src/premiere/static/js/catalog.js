// Franchise timeline: switch between release and story order in place. Without this script the
// buttons submit ?order=story and the server renders the same page with the other list shown.
(function () {
  "use strict";

  function show(form, order) {
    const section = form.parentElement;
    section.querySelectorAll("[data-order-panel]").forEach((panel) => {
      panel.hidden = panel.dataset.orderPanel !== order;
    });
    form.querySelectorAll("button[name=order]").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.value === order));
    });
    const visible = section.querySelector(`[data-order-panel="${order}"] h3`);
    const status = section.querySelector("[data-order-status]");
    if (status && visible) status.textContent = "Showing the timeline " + visible.textContent.toLowerCase();
    // Keep the address shareable and the back button where it was.
    const url = new URL(window.location.href);
    url.searchParams.set("order", order);
    history.replaceState(history.state, "", url);
  }

  document.querySelectorAll("form[data-order-toggle]").forEach((form) => {
    form.addEventListener("click", (event) => {
      const button = event.target.closest("button[name=order]");
      if (!button) return;
      event.preventDefault();
      show(form, button.value);
    });
  });
})();

// The calendar's filters are folded on a phone, so releases show first; on a wider screen
// there is room, so they open by themselves. Without this script they stay folded until asked.
(function () {
  "use strict";
  if (!window.matchMedia("(min-width: 40rem)").matches) return;
  document.querySelectorAll("details[data-wide-open]").forEach((box) => { box.open = true; });
})();
