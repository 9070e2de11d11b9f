// Progressive enhancement only: every page works without this file.
// "Copy the link" buttons, shown only when the browser can copy.
document.querySelectorAll("[data-copy]").forEach((button) => {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    const field = document.querySelector(button.dataset.copy);
    await navigator.clipboard.writeText(field.value);
    button.textContent = button.dataset.copied;
  });
});
