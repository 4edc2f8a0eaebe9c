// Kiosk: after window.QA_IDLE_MS without a touch, key or scroll, press "start over" so the
// next visitor starts fresh. Runs in the browser only; nothing is loaded from anywhere.
(() => {
  const idleMs = window.QA_IDLE_MS || 120000;
  let timer = null;
  const startOver = () => {
    const clear = document.querySelector("#qa-clear");
    const input = document.querySelector("#qa-input textarea");
    const chat = document.querySelector("#qa-chat");
    const hasMessages = chat && chat.querySelector(".message");
    if (clear && (hasMessages || (input && input.value))) clear.click();
    document.querySelectorAll(".qa-app details[open]").forEach((d) => {
      d.open = false;
    });
    window.scrollTo({ top: 0 });
    restart();
  };
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(startOver, idleMs);
  };
  for (const type of ["pointerdown", "keydown", "input", "wheel", "touchstart", "scroll"]) {
    document.addEventListener(type, restart, { passive: true, capture: true });
  }
  restart();
})();
