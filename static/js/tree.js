// Expand or collapse every branch of the strategy tree; keep keyboard focus after a move.
(function () {
  "use strict";
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
    lastMove = { action: form.getAttribute("action"), value: submitter && submitter.value };
  });
  document.addEventListener("htmx:afterSwap", function () {
    if (!lastMove) return;
    var form = document.querySelector('.move-form[action="' + lastMove.action + '"]');
    if (form) {
      var button = form.querySelector('button[value="' + lastMove.value + '"]');
      if (button) button.focus();
    }
    lastMove = null;
  });
})();
