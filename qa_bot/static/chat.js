// When an answer arrives, bring its question to the top of the conversation, so the best
// passage is what the reader sees first (Gradio's own autoscroll jumps to the last card).
(() => {
  let seen = 0;
  const scrollable = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) {
        return node;
      }
    }
    return null;
  };
  const onChange = () => {
    const rows = document.querySelectorAll("#qa-chat .message-row.user-row");
    if (rows.length === seen) return;
    const grew = rows.length > seen;
    seen = rows.length;
    if (!grew) return;
    const row = rows[rows.length - 1];
    const box = scrollable(row);
    if (!box) return;
    const offset = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTo({ top: box.scrollTop + offset - 8, behavior: "smooth" });
  };
  new MutationObserver(onChange).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
})();
