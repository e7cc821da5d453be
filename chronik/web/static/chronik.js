// A span cut into fragments (a quote running across sentences) gets its anchor id on the first
// fragment only; CSS :target marks that one, this marks the rest ("hit") and follows hash changes.
(function () {
  function mark() {
    document.querySelectorAll(".hit-frag").forEach(function (el) { el.classList.remove("hit-frag"); });
    var key = decodeURIComponent(location.hash.slice(1));
    if (!/^c\d+-\d+$/.test(key)) return;
    document.querySelectorAll('[data-span="' + key + '"]').forEach(function (el) { el.classList.add("hit-frag"); });
  }
  window.addEventListener("hashchange", mark);
  document.addEventListener("DOMContentLoaded", mark);
})();
