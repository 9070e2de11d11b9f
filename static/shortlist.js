// The shortlist: services saved in this browser (localStorage), without an account.
// Progressive enhancement: "Save" buttons and the "My shortlist (N)" link stay hidden
// without this file; the list page itself (/services/shortlist/?s=a,b) is the server's.
(() => {
  const KEY = "dalil-shortlist";
  const MAX = 30; // as organizations/shortlist.py
  const SLUG = /^[-\w]{1,160}$/;
  try {
    localStorage.getItem(KEY);
  } catch {
    return; // storage switched off: nothing to save in
  }
  const read = () => {
    try {
      const slugs = JSON.parse(localStorage.getItem(KEY) || "[]");
      if (!Array.isArray(slugs)) return [];
      return slugs.filter((slug) => typeof slug === "string" && SLUG.test(slug)).slice(0, MAX);
    } catch {
      return [];
    }
  };
  const write = (slugs) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(slugs));
    } catch {
      // full or refused: the list stays as it was
    }
  };
  const address = (path, slugs) => (slugs.length ? `${path}?s=${slugs.join(",")}` : path);

  const show = () => {
    const slugs = read();
    document.querySelectorAll(".save-button").forEach((button) => {
      button.hidden = false;
      button.setAttribute("aria-pressed", String(slugs.includes(button.dataset.save)));
    });
    document.querySelectorAll(".shortlist-link").forEach((link) => {
      link.hidden = slugs.length === 0;
      link.textContent = link.dataset.label.replace("%(count)s", slugs.length);
      link.href = address(link.pathname, slugs);
    });
  };

  document.addEventListener("click", (event) => {
    const button = event.target.closest(".save-button");
    if (button) {
      const slug = button.dataset.save;
      const slugs = read();
      if (slugs.includes(slug)) {
        write(slugs.filter((saved) => saved !== slug));
      } else if (slugs.length >= MAX) {
        let status = button.parentElement.querySelector(".save-status");
        if (!status) {
          status = document.createElement("span");
          status.className = "save-status";
          status.setAttribute("role", "status");
          button.after(status);
        }
        status.textContent = button.dataset.full;
        return;
      } else {
        write([...slugs, slug]);
      }
      show();
      return;
    }
    // "Remove" on the list page: forgotten here too; the link then shows the list without it.
    const remove = event.target.closest("[data-remove]");
    if (remove) write(read().filter((saved) => saved !== remove.dataset.remove));
  });

  if (document.querySelector(".shortlist-page")) {
    // Opened without a list (from a bookmark), the page shows this browser's.
    const saved = read();
    if (!new URLSearchParams(location.search).has("s") && saved.length) {
      location.replace(address(location.pathname, saved));
      return;
    }
    document.querySelectorAll(".print-button").forEach((button) => {
      button.hidden = false;
      button.addEventListener("click", () => window.print());
    });
  }
  show();
  window.addEventListener("storage", show); // saved or removed in another tab
})();
