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
    // A long answer sentence that fits the screen but would run past its bottom (a long
    // question above it on a phone) is brought up whole, its top still on the screen.
    const by = (offset, viewTop, viewHeight) => {
      const answers = document.querySelectorAll("#qa-chat .message-row.bot-row");
      const last = answers.length ? answers[answers.length - 1] : null;
      const sentence = last && last.querySelector(".qa-lead .qa-sentence");
      if (!sentence) return offset;
      const rect = sentence.getBoundingClientRect();
      const top = rect.top - viewTop - offset;
      const over = top + rect.height + 8 - viewHeight;
      return over > 0 && rect.height + 16 <= viewHeight ? offset + Math.min(over, top - 8) : offset;
    };
    if (box) {
      const view = box.getBoundingClientRect();
      const offset = by(row.getBoundingClientRect().top - view.top - 8, view.top, box.clientHeight);
      box.scrollTo({ top: box.scrollTop + offset, behavior });
    } else {
      const offset = by(row.getBoundingClientRect().top - 8, 0, window.innerHeight);
      window.scrollTo({ top: window.scrollY + offset, behavior });
    }
  };
  // The answer arrives after its question: its sentence is brought up once it is there too.
  let answered = 0;
  const bringIntoView = () => {
    const rows = document.querySelectorAll("#qa-chat .message-row.user-row");
    if (rows.length !== seen) {
      const grew = rows.length > seen;
      seen = rows.length;
      pending = grew ? rows[rows.length - 1] : null;
    }
    const answers = document.querySelectorAll("#qa-chat .message-row.bot-row .qa-lead").length;
    if (answers > answered && rows.length) pending = rows[rows.length - 1];
    answered = answers;
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
      // refusal, the exam verdict or the line over an undecided pick; the passages are read as the message's content. A refusal
      // is named whole: Thai, English for an English question, and the sectors its chips
      // offer, in words (.qa-refusal-topics, out of sight).
      const first = user
        ? message
        : message.querySelector(
            ".qa-verdict, .qa-status-uncertain, .qa-status-covered, .qa-lead .qa-sentence, .qa-refusal, .qa-error, .qa-card .qa-sentence",
          ) || message;
      const cap = first.matches(".qa-refusal") ? 1200 : 300;
      const text = plain(first).slice(0, cap);
      const name = (user ? "คำถาม: " : "คำตอบ: ") + text;
      if (message.getAttribute("aria-label") !== name) message.setAttribute("aria-label", name);
    }
  };
  // Gradio names the conversation "chatbot conversation", in English only.
  const LOG_NAME = "บทสนทนา · Conversation";
  const nameLog = () => {
    const log = document.querySelector("#qa-chat [role='log']");
    if (log && log.getAttribute("aria-label") !== LOG_NAME) log.setAttribute("aria-label", LOG_NAME);
  };
  const onChange = () => {
    nameLog();
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
// The page is Thai first (its English lines carry lang="en"): <html lang="th">, also after
// Gradio sets lang to the browser's locale (svelte-i18n does on every locale change), so that a
// screen reader reads the answers with a Thai voice.
(() => {
  const root = document.documentElement;
  const keep = () => {
    if (root.getAttribute("lang") !== "th") root.setAttribute("lang", "th");
  };
  keep();
  new MutationObserver(keep).observe(root, { attributes: true, attributeFilter: ["lang"] });
})();
