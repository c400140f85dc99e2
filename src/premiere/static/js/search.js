// The header's search box suggests as one types (a WAI-ARIA combobox). Without this script it
// is a plain form that opens the results page; with it, the same form still does on Enter.
(function () {
  "use strict";
  const form = document.querySelector("form[data-suggestions]");
  if (!form || !window.fetch) return;
  const input = form.querySelector("input[name=q]");
  const endpoint = form.dataset.suggestions;
  const SHORTEST = 2;
  const WAIT_MS = 120;

  const list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.append(list, status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  let options = [];
  let active = -1;
  let timer = null;
  let pending = null;
  let shownFor = null;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
    } else {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }
  }

  function show(suggestions, text) {
    list.replaceChildren();
    options = suggestions.map((suggestion, i) => {
      const option = document.createElement("li");
      option.id = "site-search-option-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = suggestion.url;
      const name = document.createElement("span");
      name.className = "suggestion-name";
      name.textContent = suggestion.name;
      const about = document.createElement("span");
      about.className = "suggestion-detail";
      about.textContent = suggestion.kind === "News" ? "News · " + suggestion.detail : suggestion.detail;
      option.append(name, about);
      list.append(option);
      return option;
    });
    shownFor = text;
    active = -1;
    if (options.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = options.length + (options.length === 1 ? " suggestion" : " suggestions") +
        ": up and down arrows to choose, Enter to open.";
    } else {
      close();
      status.textContent = "";
    }
  }

  function ask() {
    const text = input.value;
    if (text.trim().length < SHORTEST) {
      close();
      return;
    }
    if (text === shownFor && options.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      return;
    }
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(endpoint + "?q=" + encodeURIComponent(text), {
      signal: pending.signal,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then((response) => (response.ok ? response.json() : { suggestions: [] }))
      .then((data) => {
        if (input.value === text && document.activeElement === input) show(data.suggestions, text);
      })
      .catch((error) => {
        if (error.name !== "AbortError") close();
      });
  }

  function open(option) {
    window.location.assign(option.dataset.url);
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(ask, WAIT_MS);
  });
  input.addEventListener("focus", () => {
    if (input.value.trim().length >= SHORTEST) ask();
  });
  input.addEventListener("keydown", (event) => {
    const expanded = !list.hidden && options.length;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!expanded) return ask();
      highlight(active + 1 >= options.length ? 0 : active + 1);
    } else if (event.key === "ArrowUp") {
      if (!expanded) return;
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      // With a suggestion chosen, Enter opens it; otherwise the form goes to the results page.
      if (expanded && active >= 0) {
        event.preventDefault();
        open(options[active]);
      }
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        close();
      }
    }
  });
  input.addEventListener("blur", () => close());
  // A press on a suggestion must not blur the box first, or the list would go before the click.
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = event.target.closest("[role=option]");
    if (option) open(option);
  });
})();
