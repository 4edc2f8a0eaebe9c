// The conversation grows with the page (no scrolling panel). When an answer arrives, bring its
// question to the top of the screen, so that the answer sentence right below it is what the
// reader sees first (Gradio's own autoscroll would jump to the last card).
// Gradio names each message with its raw HTML (aria-label="bot's message: <div class=...");
// a screen reader would read the markup, so each message is named with plain text instead.
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
  // The new rows are laid out over several renders (the earlier answer's height changes as
  // Gradio re-renders it): scroll once the conversation has been still for a moment.
  let pending = null;
  let timer = null;
  const scrollToPending = () => {
    const row = pending;
    pending = null;
    if (!row || !row.isConnected) return;
    const box = scrollable(row);
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const behavior = reduce ? "auto" : "smooth";
    if (box) {
      const offset = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTo({ top: box.scrollTop + offset - 8, behavior });
    } else {
      window.scrollTo({ top: window.scrollY + row.getBoundingClientRect().top - 8, behavior });
    }
  };
  const bringIntoView = () => {
    const rows = document.querySelectorAll("#qa-chat .message-row.user-row");
    if (rows.length !== seen) {
      const grew = rows.length > seen;
      seen = rows.length;
      pending = grew ? rows[rows.length - 1] : null;
    }
    if (!pending) return;
    clearTimeout(timer);
    timer = setTimeout(scrollToPending, 150);
  };
  const plain = (el) => (el ? el.innerText.replace(/\s+/g, " ").trim() : "");
  const NAMED = "#qa-chat [data-testid='user'][aria-label], #qa-chat [data-testid='bot'][aria-label]";
  const nameMessages = () => {
    for (const message of document.querySelectorAll(NAMED)) {
      const user = message.getAttribute("data-testid") === "user";
      // An answer is named by what it says first: the answer sentence, the caution, the
      // refusal or the exam verdict; the passages are read as the message's content.
      const first = user
        ? message
        : message.querySelector(
            ".qa-verdict, .qa-status-uncertain, .qa-lead .qa-sentence, .qa-refusal-th, .qa-error, .qa-card .qa-sentence",
          ) || message;
      const text = plain(first).slice(0, 300);
      const name = (user ? "คำถาม: " : "คำตอบ: ") + text;
      if (message.getAttribute("aria-label") !== name) message.setAttribute("aria-label", name);
    }
  };
  const onChange = () => {
    nameMessages();
    bringIntoView();
  };
  new MutationObserver(onChange).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["aria-label"],
  });
})();
