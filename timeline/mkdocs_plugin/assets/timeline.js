/* timeline: the filters of the home page, in place. Without JavaScript each filter is a
   link to the entity's page; with it, a click shows only the events of that entity (cards
   of the list, marks and bars of the frise) and says how many are shown. */
(function () {
  "use strict";

  function setUp() {
    var nav = document.querySelector(".tl-filtres");
    if (!nav || nav.dataset.ready) return;
    nav.dataset.ready = "1";
    var status = document.createElement("p");
    status.className = "tl-filtres-etat";
    status.setAttribute("role", "status");
    var reset = document.createElement("button");
    reset.type = "button";
    reset.className = "md-button tl-filtres-tout";
    reset.textContent = nav.dataset.tout;
    reset.hidden = true;
    nav.appendChild(status);
    nav.appendChild(reset);
    var links = nav.querySelectorAll("a[data-filtre]");
    var kinds = nav.querySelectorAll("button[data-genre]");
    var kindRow = nav.querySelector(".tl-filtres-genres");
    if (kindRow) kindRow.hidden = false;  // kinds filter in place only: shown with JavaScript
    var state = { entity: null, genre: null };

    function apply() {
      var shown = 0;
      var active = state.entity || state.genre;
      document.querySelectorAll("[data-entites]").forEach(function (el) {
        var match = !state.entity ||
          (" " + el.dataset.entites + " ").indexOf(" " + state.entity + " ") >= 0;
        if (state.genre) match = match && el.dataset.genre === state.genre;
        el.hidden = !match;
        if (match && el.classList.contains("tl-event")) shown += 1;
      });
      // a day heading whose events are all hidden goes too
      document.querySelectorAll(".md-content h2").forEach(function (h) {
        var cards = [];
        for (var n = h.nextElementSibling; n && n.tagName !== "H2"; n = n.nextElementSibling) {
          if (n.classList.contains("tl-event")) cards.push(n);
        }
        if (cards.length) h.hidden = active ? cards.every(function (c) { return c.hidden; }) : false;
      });
      links.forEach(function (a) {
        a.setAttribute("aria-pressed", a.dataset.filtre === state.entity ? "true" : "false");
      });
      kinds.forEach(function (b) {
        b.setAttribute("aria-pressed", b.dataset.genre === state.genre ? "true" : "false");
      });
      reset.hidden = !active;
      status.textContent = active ? nav.dataset.affiches.replace("{n}", String(shown)) : "";
    }

    links.forEach(function (a) {
      a.setAttribute("role", "button");
      a.setAttribute("aria-pressed", "false");
      a.addEventListener("click", function (event) {
        event.preventDefault();
        state.entity = a.getAttribute("aria-pressed") === "true" ? null : a.dataset.filtre;
        apply();
      });
    });
    kinds.forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () {
        state.genre = b.getAttribute("aria-pressed") === "true" ? null : b.dataset.genre;
        apply();
      });
    });
    reset.addEventListener("click", function () {
      state.entity = null;
      state.genre = null;
      apply();
    });
  }

  // Material gives each code block a <nav> for its copy button, all with the same name:
  // name each one after its button and its rank, so that landmarks stay unique.
  function nameCodeNavs() {
    document.querySelectorAll(".md-code__nav:not([aria-label])").forEach(function (nav) {
      var all = Array.prototype.slice.call(document.querySelectorAll(".md-code__nav"));
      var button = nav.querySelector("[title]");
      var name = button ? button.getAttribute("title") : "code";
      nav.setAttribute("aria-label", name + " (" + (all.indexOf(nav) + 1) + ")");
    });
  }
  if (window.MutationObserver) {
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i += 1) {
        if (changes[i].addedNodes.length) { nameCodeNavs(); return; }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);  // Material's instant navigation
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
