// Renders the pages' TeX with KaTeX: $$...$$ and \[...\] as display math, $...$ and \(...\) inline.
// Code and outputs (pre, code) are left alone, so a dollar sign printed by a cell stays a dollar sign.
document.addEventListener("DOMContentLoaded", function () {
  renderMathInElement(document.body, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\[", right: "\\]", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\(", right: "\\)", display: false }
    ],
    ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option"],
    throwOnError: false
  });
});
