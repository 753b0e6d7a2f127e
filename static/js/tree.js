// The strategy tree: expand or collapse every branch, and keep the reader's place when
// htmx replaces the tree after a move (collapsed branches stay collapsed, focus stays on
// the button that was pressed). Without JavaScript the tree still works: <details> opens
// and closes on its own, and the expand/collapse-all buttons stay hidden.
(function () {
  "use strict";
  document.querySelectorAll("[data-tree-tools]").forEach(function (tools) {
    tools.hidden = false;
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-tree-toggle]");
    if (!button) return;
    var open = button.getAttribute("data-tree-toggle") === "open";
    document.querySelectorAll("#tree details").forEach(function (d) { d.open = open; });
  });
  var lastMove = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.target.closest && event.target.closest(".move-form");
    if (!form) return;
    var submitter = document.activeElement;
    var closed = [];
    document.querySelectorAll("#tree details:not([open])").forEach(function (d) {
      if (d.parentElement && d.parentElement.id) closed.push(d.parentElement.id);
    });
    lastMove = { action: form.getAttribute("action"), value: submitter && submitter.value, closed: closed };
  });
  document.addEventListener("htmx:afterSwap", function () {
    if (!lastMove) return;
    lastMove.closed.forEach(function (id) {
      var item = document.getElementById(id);
      var details = item && item.querySelector(":scope > details");
      if (details) details.open = false;
    });
    var form = document.querySelector('.move-form[action="' + lastMove.action + '"]');
    if (form) {
      var button = form.querySelector('button[value="' + lastMove.value + '"]');
      if (button) button.focus();
    }
    lastMove = null;
  });
})();
