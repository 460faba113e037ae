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

    function apply(id) {
      var shown = 0;
      document.querySelectorAll("[data-entites]").forEach(function (el) {
        var match = !id || (" " + el.dataset.entites + " ").indexOf(" " + id + " ") >= 0;
        el.hidden = !match;
        if (match && el.classList.contains("tl-event")) shown += 1;
      });
      // a day heading whose events are all hidden goes too
      document.querySelectorAll(".md-content h2").forEach(function (h) {
        var cards = [];
        for (var n = h.nextElementSibling; n && n.tagName !== "H2"; n = n.nextElementSibling) {
          if (n.classList.contains("tl-event")) cards.push(n);
        }
        if (cards.length) h.hidden = id ? cards.every(function (c) { return c.hidden; }) : false;
      });
      links.forEach(function (a) {
        a.setAttribute("aria-pressed", a.dataset.filtre === id ? "true" : "false");
      });
      reset.hidden = !id;
      status.textContent = id ? nav.dataset.affiches.replace("{n}", String(shown)) : "";
    }

    links.forEach(function (a) {
      a.setAttribute("role", "button");
      a.setAttribute("aria-pressed", "false");
      a.addEventListener("click", function (event) {
        event.preventDefault();
        apply(a.getAttribute("aria-pressed") === "true" ? null : a.dataset.filtre);
      });
    });
    reset.addEventListener("click", function () { apply(null); });
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
