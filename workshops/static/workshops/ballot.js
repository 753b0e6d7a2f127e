// Points left while a participant types (progressive enhancement: the server checks the
// sum anyway). Texts come from the page, translated: data-left / data-over with __N__.
(function () {
  "use strict";
  function update(out, inputs) {
    var budget = parseInt(out.dataset.budget, 10);
    var total = 0;
    inputs.forEach(function (input) {
      var value = parseInt(input.value, 10);
      if (!isNaN(value) && value > 0) total += value;
    });
    var left = budget - total;
    out.classList.toggle("over", left < 0);
    out.textContent = (left < 0 ? out.dataset.over : out.dataset.left).replace("__N__", Math.abs(left));
  }
  document.addEventListener("DOMContentLoaded", function () {
    var out = document.getElementById("points-left");
    if (!out) return;
    var inputs = Array.prototype.slice.call(document.querySelectorAll(".points-input"));
    out.hidden = false;
    update(out, inputs);
    inputs.forEach(function (input) {
      input.addEventListener("input", function () { update(out, inputs); });
    });
  });
})();
