// Follow buttons: follow and unfollow in place. Without this script the button's form posts and
// the page comes back with the button changed; with it, the server sends the new button back
// and it replaces the old one, focus kept on it.
(function () {
  "use strict";

  document.addEventListener("submit", async (event) => {
    const form = event.target.closest("form[data-follow]");
    if (!form) return;
    event.preventDefault();
    const box = form.closest("[data-follow-box]");
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    let response = null;
    try {
      response = await fetch(form.getAttribute("action") || window.location.href, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Requested-With": "fetch" },
        credentials: "same-origin",
      });
    } catch (error) {
      response = null;
    }
    if (!response || !response.ok || response.headers.get("X-Follow-Fragment") !== "button") {
      form.submit(); // the ordinary way: the server's page says what happened
      return;
    }
    const holder = document.createElement("div");
    holder.innerHTML = await response.text();
    const fresh = holder.querySelector("form[data-follow]");
    if (!fresh) {
      form.submit();
      return;
    }
    form.replaceWith(fresh);
    const status = box && box.querySelector("[data-follow-status]");
    const state = fresh.querySelector(".follow-state");
    if (status) status.textContent = state ? state.textContent : "You no longer follow this.";
    fresh.querySelector("button[type=submit]").focus();
  });
})();
