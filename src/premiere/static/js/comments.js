// Post comments and replies in place. Without this file the forms post and the page reloads:
// everything here is an enhancement, and an answer it does not understand falls back to the
// ordinary submit.
(function () {
  "use strict";

  var section = document.getElementById("comments");
  if (!section || !window.fetch || !window.FormData) {
    return;
  }
  var status = section.querySelector("[data-comments-status]");
  var heading = section.querySelector("[data-comment-count]");

  function announce(text) {
    if (status) {
      // Clearing first makes screen readers announce the same sentence twice in a row.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
  }

  function parse(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content;
  }

  function showErrors(form, html) {
    var box = form.querySelector("[data-comment-errors]");
    if (!box) {
      return;
    }
    box.textContent = "";
    box.appendChild(parse(html));
    var textarea = form.querySelector("textarea[name=body]");
    if (textarea) {
      textarea.setAttribute("aria-invalid", "true");
      textarea.focus();
    }
  }

  function insertComment(form, html) {
    var fragment = parse(html);
    var item = fragment.querySelector("li.comment");
    if (!item) {
      return null;
    }
    var list;
    if (form.querySelector("input[name=parent]")) {
      var thread = form.closest(".comment-list > li.comment");
      list = thread && thread.querySelector("[data-reply-list]");
    } else {
      list = section.querySelector("[data-comment-list]");
      var empty = section.querySelector("[data-comments-empty]");
      if (empty) {
        empty.remove();
      }
    }
    if (!list) {
      return null;
    }
    list.hidden = false;
    list.appendChild(item);
    return item;
  }

  function countOne() {
    if (!heading) {
      return;
    }
    var count = parseInt(heading.getAttribute("data-comment-count"), 10) + 1;
    heading.setAttribute("data-comment-count", String(count));
    heading.textContent = "Comments (" + count + ")";
    // The byline's count says the same.
    var total = document.querySelector("[data-comment-total]");
    if (total) {
      total.textContent = count + (count === 1 ? " comment" : " comments");
    }
  }

  section.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form.comment-form")) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) {
      button.disabled = true;
    }
    var box = form.querySelector("[data-comment-errors]");
    if (box) {
      box.textContent = "";
    }
    if (status) {
      status.textContent = "";
    }
    var isReply = Boolean(form.querySelector("input[name=parent]"));

    fetch(form.getAttribute("action") || window.location.href, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin"
    }).then(function (response) {
      var kind = response.headers.get("X-Comment-Fragment");
      if (!kind) {
        // Not our answer (an expired CSRF token, a server error): let the ordinary
        // submission show the full page that explains it.
        form.submit();
        return null;
      }
      return response.text().then(function (html) {
        if (kind === "comment" && response.status === 201) {
          var item = insertComment(form, html);
          if (!item) {
            window.location.reload();
            return;
          }
          form.reset();
          var textarea = form.querySelector("textarea[name=body]");
          if (textarea) {
            textarea.removeAttribute("aria-invalid");
          }
          var details = form.closest("details");
          if (details) {
            details.open = false;
            // The box that had focus is hidden now: give it back to the Reply toggle, not
            // to the top of the page.
            var toggle = details.querySelector("summary");
            if (toggle) {
              toggle.focus();
            }
          }
          if (item.getAttribute("data-status") === "held") {
            announce("Thanks! Your comment will appear once a moderator has read it.");
          } else {
            countOne();
            announce(isReply ? "Your reply is posted." : "Your comment is posted.");
          }
        } else {
          showErrors(form, html);
        }
      });
    }).catch(function () {
      // The comment may or may not have arrived, so do not send it again by ourselves.
      showErrors(form, "<p>Your comment could not be sent. Check your connection and try again.</p>");
    }).finally(function () {
      if (button) {
        button.disabled = false;
      }
    });
  });
})();
