// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Hovering a statement in the list outlines its pieces in the article text, and the reverse.
  var pieces = function (n) { return document.querySelectorAll('.article-text [data-a="' + n + '"]'); };
  document.querySelectorAll(".stmt[id^='a-']").forEach(function (item) {
    var n = item.id.slice(2);
    item.addEventListener("mouseenter", function () { pieces(n).forEach(function (p) { p.classList.add("hl"); }); });
    item.addEventListener("mouseleave", function () { pieces(n).forEach(function (p) { p.classList.remove("hl"); }); });
  });
});
